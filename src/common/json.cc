#include "common/json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "text/utf8.h"

namespace detente {

const JsonValue* JsonValue::Find(std::string_view key) const {
  if (type_ != Type::kObject) return nullptr;
  for (const auto& [k, v] : object_)
    if (k == key) return &v;
  return nullptr;
}

JsonValue JsonValue::String(std::string s) {
  JsonValue v;
  v.type_ = Type::kString;
  v.string_ = std::move(s);
  return v;
}

JsonValue JsonValue::Number(double d) {
  JsonValue v;
  v.type_ = Type::kNumber;
  v.number_ = d;
  return v;
}

class JsonParser {
 public:
  explicit JsonParser(std::string_view t) : t_(t) {}

  Result<JsonValue> ParseDocument() {
    JsonValue v;
    SkipSpace();
    if (!ParseValue(&v, 0)) return DataError(error_);
    SkipSpace();
    if (pos_ != t_.size()) return DataError(At(pos_) + "unexpected text after the JSON value");
    return v;
  }

 private:
  static std::string At(size_t pos) { return "byte " + std::to_string(pos + 1) + ": "; }
  bool Fail(const std::string& m) {
    if (error_.empty()) error_ = At(pos_) + m;
    return false;
  }
  void SkipSpace() {
    while (pos_ < t_.size() && (t_[pos_] == ' ' || t_[pos_] == '\t' || t_[pos_] == '\n' || t_[pos_] == '\r')) ++pos_;
  }
  bool Literal(std::string_view word) {
    if (t_.substr(pos_, word.size()) != word) return Fail("invalid literal");
    pos_ += word.size();
    return true;
  }

  bool ParseValue(JsonValue* v, int depth) {
    if (depth > 64) return Fail("nesting deeper than 64 levels");
    if (pos_ >= t_.size()) return Fail("unexpected end of input (truncated JSON?)");
    char c = t_[pos_];
    switch (c) {
      case '{': return ParseObject(v, depth);
      case '[': return ParseArray(v, depth);
      case '"': v->type_ = JsonValue::Type::kString; return ParseString(&v->string_);
      case 't': v->type_ = JsonValue::Type::kBool; v->bool_ = true; return Literal("true");
      case 'f': v->type_ = JsonValue::Type::kBool; v->bool_ = false; return Literal("false");
      case 'n': v->type_ = JsonValue::Type::kNull; return Literal("null");
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber(v);
        return Fail(std::string("unexpected character '") + (c >= 32 && c < 127 ? std::string(1, c) : "?") + "'");
    }
  }

  bool ParseObject(JsonValue* v, int depth) {
    v->type_ = JsonValue::Type::kObject;
    ++pos_;
    SkipSpace();
    if (pos_ < t_.size() && t_[pos_] == '}') { ++pos_; return true; }
    for (;;) {
      SkipSpace();
      if (pos_ >= t_.size()) return Fail("unexpected end of input inside an object (truncated JSON?)");
      if (t_[pos_] != '"') return Fail("expected a quoted object key");
      std::string key;
      if (!ParseString(&key)) return false;
      SkipSpace();
      if (pos_ >= t_.size() || t_[pos_] != ':') return Fail("expected ':' after object key");
      ++pos_;
      SkipSpace();
      JsonValue member;
      if (!ParseValue(&member, depth + 1)) return false;
      v->object_.emplace_back(std::move(key), std::move(member));
      SkipSpace();
      if (pos_ >= t_.size()) return Fail("unexpected end of input inside an object (truncated JSON?)");
      if (t_[pos_] == ',') { ++pos_; continue; }
      if (t_[pos_] == '}') { ++pos_; return true; }
      return Fail("expected ',' or '}' in object");
    }
  }

  bool ParseArray(JsonValue* v, int depth) {
    v->type_ = JsonValue::Type::kArray;
    ++pos_;
    SkipSpace();
    if (pos_ < t_.size() && t_[pos_] == ']') { ++pos_; return true; }
    for (;;) {
      SkipSpace();
      JsonValue item;
      if (!ParseValue(&item, depth + 1)) return false;
      v->array_.push_back(std::move(item));
      SkipSpace();
      if (pos_ >= t_.size()) return Fail("unexpected end of input inside an array (truncated JSON?)");
      if (t_[pos_] == ',') { ++pos_; continue; }
      if (t_[pos_] == ']') { ++pos_; return true; }
      return Fail("expected ',' or ']' in array");
    }
  }

  bool Hex4(uint32_t* out) {
    if (pos_ + 4 > t_.size()) return Fail("truncated \\u escape");
    uint32_t x = 0;
    for (int i = 0; i < 4; ++i) {
      char c = t_[pos_++];
      x <<= 4;
      if (c >= '0' && c <= '9') x |= c - '0';
      else if (c >= 'a' && c <= 'f') x |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') x |= c - 'A' + 10;
      else return Fail("invalid hex digit in \\u escape");
    }
    *out = x;
    return true;
  }

  bool ParseString(std::string* out) {
    ++pos_;  // opening quote
    for (;;) {
      if (pos_ >= t_.size()) return Fail("unterminated string (truncated JSON?)");
      unsigned char c = static_cast<unsigned char>(t_[pos_]);
      if (c == '"') { ++pos_; return true; }
      if (c < 0x20) return Fail("control character inside a string");
      if (c != '\\') { out->push_back(static_cast<char>(c)); ++pos_; continue; }
      ++pos_;
      if (pos_ >= t_.size()) return Fail("unterminated escape");
      char e = t_[pos_++];
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo = 0;
            if (t_.substr(pos_, 2) != "\\u") return Fail("unpaired surrogate in \\u escape");
            pos_ += 2;
            if (!Hex4(&lo)) return false;
            if (lo < 0xDC00 || lo > 0xDFFF) return Fail("unpaired surrogate in \\u escape");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return Fail("unpaired surrogate in \\u escape");
          }
          AppendUtf8(static_cast<char32_t>(cp), out);
          break;
        }
        default: return Fail("invalid escape");
      }
    }
  }

  bool ParseNumber(JsonValue* v) {
    size_t start = pos_;
    if (t_[pos_] == '-') ++pos_;
    auto digits = [&] {
      size_t s = pos_;
      while (pos_ < t_.size() && t_[pos_] >= '0' && t_[pos_] <= '9') ++pos_;
      return pos_ > s;
    };
    if (!digits()) return Fail("invalid number");
    if (pos_ < t_.size() && t_[pos_] == '.') { ++pos_; if (!digits()) return Fail("invalid number"); }
    if (pos_ < t_.size() && (t_[pos_] == 'e' || t_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < t_.size() && (t_[pos_] == '+' || t_[pos_] == '-')) ++pos_;
      if (!digits()) return Fail("invalid number");
    }
    v->type_ = JsonValue::Type::kNumber;
    v->number_ = std::strtod(std::string(t_.substr(start, pos_ - start)).c_str(), nullptr);
    return true;
  }

  std::string_view t_;
  size_t pos_ = 0;
  std::string error_;
};

Result<JsonValue> ParseJson(std::string_view text) { return JsonParser(text).ParseDocument(); }

void AppendJsonString(std::string* out, std::string_view s) {
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out->append(buf);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

std::string JsonQuote(std::string_view s) {
  std::string out;
  AppendJsonString(&out, s);
  return out;
}

std::string JsonNumber(double d) {
  if (!std::isfinite(d)) return "null";
  char buf[32];
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  return buf;
}

}  // namespace detente
