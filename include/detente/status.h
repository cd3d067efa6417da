// Status and Result<T>: how every Detente call that reads input reports failure.
//
//   detente::Result<detente::Lexicon> lex = detente::Lexicon::Load("data");
//   if (!lex.ok()) { std::cerr << lex.status().ToString() << "\n"; return 1; }
//   const detente::Lexicon& l = *lex;
//
// No exception crosses the public API: errors caused by input (a bad line, invalid UTF-8, an
// unknown code) come back as a Status whose message names the input and the position.
#ifndef DETENTE_STATUS_H_
#define DETENTE_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace detente {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller's request is malformed (bad flag, bad date)
  kDataError,        // input data is malformed (bad UTF-8, bad JSON, bad dictionary line)
  kNotFound,         // a file, document or actor does not exist
  kIoError,          // the operating system refused (open, read, write)
  kStoreError,       // the database refused or is inconsistent
  kInternal,         // a bug: an invariant did not hold
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "data error: docs.jsonl:3: invalid UTF-8 at byte 17"
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status DataError(std::string m) { return {StatusCode::kDataError, std::move(m)}; }
inline Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
inline Status StoreError(std::string m) { return {StatusCode::kStoreError, std::move(m)}; }
inline Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

// A value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok()) status_ = Internal("Result constructed from an OK status without a value");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace detente

// Propagate a failed Status from an expression returning Status.
#define DETENTE_RETURN_IF_ERROR(expr)         \
  do {                                        \
    ::detente::Status _st = (expr);           \
    if (!_st.ok()) return _st;                \
  } while (0)

#endif  // DETENTE_STATUS_H_
