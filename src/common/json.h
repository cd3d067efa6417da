// A small strict JSON reader (RFC 8259) with byte positions in its errors, and string escaping
// for the writers. Input documents are flat objects, scenario and floor files small: a DOM is
// enough, and owning the parser lets every error name the byte where the input went wrong.
#ifndef DETENTE_COMMON_JSON_H_
#define DETENTE_COMMON_JSON_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "detente/status.h"

namespace detente {

class JsonValue {
 public:
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };

  JsonValue() = default;
  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  bool is_string() const { return type_ == Type::kString; }
  bool is_number() const { return type_ == Type::kNumber; }
  bool is_object() const { return type_ == Type::kObject; }
  bool is_array() const { return type_ == Type::kArray; }
  bool is_bool() const { return type_ == Type::kBool; }

  const std::string& str() const { return string_; }
  double number() const { return number_; }
  bool boolean() const { return bool_; }
  const std::vector<JsonValue>& items() const { return array_; }
  const std::vector<std::pair<std::string, JsonValue>>& members() const { return object_; }
  // nullptr when absent (or not an object).
  const JsonValue* Find(std::string_view key) const;

  static JsonValue String(std::string s);
  static JsonValue Number(double d);

 private:
  friend class JsonParser;
  Type type_ = Type::kNull;
  bool bool_ = false;
  double number_ = 0;
  std::string string_;
  std::vector<JsonValue> array_;
  std::vector<std::pair<std::string, JsonValue>> object_;
};

// Parses exactly one JSON value (surrounding whitespace allowed). Errors read
// "byte 17: expected ':' after object key". Nesting deeper than 64 levels is refused.
Result<JsonValue> ParseJson(std::string_view text);

// Appends `s` as a quoted JSON string ("..."), escaping as needed. `s` must be valid UTF-8.
void AppendJsonString(std::string* out, std::string_view s);
std::string JsonQuote(std::string_view s);
// Shortest round-tripping decimal for a double ("1", "-3.25"); NaN/inf become null.
std::string JsonNumber(double d);

}  // namespace detente

#endif  // DETENTE_COMMON_JSON_H_
