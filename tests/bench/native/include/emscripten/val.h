// Host stand-in for emscripten::val, so the Embind glue in cpp/bindings
// compiles natively and the bench can replay a widget's bound calls there
// (tests/bench/native/replay.cpp). A val is a shared handle to a JSON-like
// node, as a JS value is a handle to an object. Only the part of the API the
// glue uses is here; anything else throws, and the bench reports the
// function as not replayable instead of timing something different.
#pragma once
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace emscripten {

template <typename T>
struct memory_view {
  std::size_t size;
  const T* data;
};
template <typename T>
memory_view<T> typed_memory_view(std::size_t size, const T* data) {
  return {size, data};
}

class val {
 public:
  enum class Kind { Undefined, Null, Bool, Number, String, Array, Object, Typed, Global };

  val() : n_(std::make_shared<Node>()) {}
  val(bool b) : val(Kind::Bool) { n_->b = b; }
  val(const char* s) : val(Kind::String) { n_->s = s; }
  val(const std::string& s) : val(Kind::String) { n_->s = s; }
  template <typename T, typename = std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>>>
  val(T x) : val(Kind::Number) {
    n_->num = static_cast<double>(x);
  }
  template <typename T>
  val(memory_view<T> m) : val(Kind::Typed) {
    n_->s = typedName<T>();
    n_->typed.assign(m.data, m.data + m.size);
  }

  static val undefined() { return val(); }
  static val null() { return val(Kind::Null); }
  static val object() { return val(Kind::Object); }
  static val array() { return val(Kind::Array); }
  template <typename T>
  static val array(const std::vector<T>& v) {
    val a = array();
    for (const T& x : v) a.n_->arr.emplace_back(x);
    return a;
  }
  static val global(const char* name) {
    val g(Kind::Global);
    g.n_->s = name;
    return g;
  }
  /** A typed array (Float64Array, ...) holding these numbers. */
  static val typed(const std::string& name, std::vector<double> data) {
    val t(Kind::Typed);
    t.n_->s = name;
    t.n_->typed = std::move(data);
    return t;
  }

  Kind kind() const { return n_->kind; }
  bool isUndefined() const { return n_->kind == Kind::Undefined; }
  bool isNull() const { return n_->kind == Kind::Null; }
  bool isNumber() const { return n_->kind == Kind::Number; }
  bool isString() const { return n_->kind == Kind::String; }
  bool isTrue() const { return n_->kind == Kind::Bool && n_->b; }
  bool isFalse() const { return n_->kind == Kind::Bool && !n_->b; }
  bool isArray() const { return n_->kind == Kind::Array; }
  val typeOf() const;
  bool instanceof(const val& ctor) const;

  val operator[](const std::string& key) const;
  val operator[](const char* key) const { return (*this)[std::string(key)]; }
  template <typename I, typename = std::enable_if_t<std::is_integral_v<I>>>
  val operator[](I i) const {
    return index(static_cast<std::size_t>(i));
  }

  template <typename K, typename V>
  void set(const K& key, const V& value) {
    setImpl(key, val(value));
  }

  template <typename T>
  T as() const {
    if constexpr (std::is_same_v<T, val>) {
      return *this;
    } else if constexpr (std::is_same_v<T, std::string>) {
      if (!isString()) throw std::runtime_error("val::as<string> on a non-string");
      return n_->s;
    } else if constexpr (std::is_same_v<T, bool>) {
      return truthy();
    } else {
      static_assert(std::is_arithmetic_v<T>, "val::as: unsupported type");
      return static_cast<T>(toNumber());
    }
  }

  template <typename R = val, typename... A>
  R call(const char* method, A&&... args) const {
    val out = callImpl(method, {val(std::forward<A>(args))...});
    if constexpr (!std::is_void_v<R>) return out.template as<R>();
  }
  template <typename... A>
  val new_(A&&... args) const {
    return construct({val(std::forward<A>(args))...});
  }

  // Read access for the replay driver.
  const std::vector<val>& elements() const { return n_->arr; }
  const std::vector<std::pair<std::string, val>>& fields() const { return n_->obj; }
  const std::vector<double>& numbers() const { return n_->typed; }
  const std::string& text() const { return n_->s; }

 private:
  struct Node {
    Kind kind = Kind::Undefined;
    bool b = false;
    double num = 0;
    std::string s;  // string value, typed-array or global name
    std::vector<val> arr;
    std::vector<std::pair<std::string, val>> obj;
    std::vector<double> typed;
  };
  explicit val(Kind k) : n_(std::make_shared<Node>()) { n_->kind = k; }

  template <typename T>
  static const char* typedName() {
    if constexpr (std::is_same_v<T, double>) return "Float64Array";
    else if constexpr (std::is_same_v<T, float>) return "Float32Array";
    else if constexpr (std::is_same_v<T, int>) return "Int32Array";
    else if constexpr (std::is_same_v<T, unsigned>) return "Uint32Array";
    else if constexpr (std::is_same_v<T, unsigned char>) return "Uint8Array";
    else static_assert(sizeof(T) == 0, "typed_memory_view: unsupported element type");
  }

  val index(std::size_t i) const;
  void setImpl(const std::string& key, const val& v);
  void setImpl(const char* key, const val& v) { setImpl(std::string(key), v); }
  template <typename I, typename = std::enable_if_t<std::is_integral_v<I>>>
  void setImpl(I i, const val& v) {
    setIndex(static_cast<std::size_t>(i), v);
  }
  void setIndex(std::size_t i, const val& v);
  double toNumber() const;
  bool truthy() const;
  val callImpl(const std::string& method, const std::vector<val>& args) const;
  val construct(const std::vector<val>& args) const;

  std::shared_ptr<Node> n_;
};

template <typename T>
std::vector<T> convertJSArrayToNumberVector(const val& v) {
  std::vector<T> out;
  const std::size_t n = v["length"].as<std::size_t>();
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) out.push_back(v[i].as<T>());
  return out;
}
template <typename T>
std::vector<T> vecFromJSArray(const val& v) {
  return convertJSArrayToNumberVector<T>(v);
}

}  // namespace emscripten
