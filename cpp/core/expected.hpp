// A value or an error that names the offending parameter. The engine never
// throws across the WASM boundary: every checked function returns this.
#pragma once
#include <optional>
#include <string>
#include <utility>

namespace sw {

struct Error {
  std::string param;    // the parameter to blame, as named in the widget schema
  std::string message;  // a sentence a reader can act on
};

template <class T>
class Expected {
 public:
  Expected(T value) : value_(std::move(value)) {}
  Expected(Error error) : error_(std::move(error)) {}

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& operator*() const& { return *value_; }
  const T* operator->() const { return &*value_; }
  const Error& error() const { return *error_; }

 private:
  std::optional<T> value_;
  std::optional<Error> error_;
};

}  // namespace sw
