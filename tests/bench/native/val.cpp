// The host val's behaviour: JS semantics for the operations the glue uses.
#include <emscripten/bind.h>

#include <cmath>

namespace emscripten {

std::map<std::string, Bound>& boundFunctions() {
  static std::map<std::string, Bound> table;
  return table;
}

namespace {
[[noreturn]] void unsupported(const std::string& what) { throw std::runtime_error("host val: unsupported " + what); }
}  // namespace

val val::typeOf() const {
  switch (n_->kind) {
    case Kind::Undefined: return val("undefined");
    case Kind::Bool: return val("boolean");
    case Kind::Number: return val("number");
    case Kind::String: return val("string");
    case Kind::Global: return val("function");
    default: return val("object");
  }
}

bool val::instanceof(const val& ctor) const {
  if (ctor.n_->kind != Kind::Global) unsupported("instanceof a non-constructor");
  const std::string& c = ctor.n_->s;
  if (c == "Object") return n_->kind == Kind::Object || n_->kind == Kind::Array || n_->kind == Kind::Typed;
  if (c == "Array") return n_->kind == Kind::Array;
  return n_->kind == Kind::Typed && n_->s == c;
}

val val::operator[](const std::string& key) const {
  switch (n_->kind) {
    case Kind::Object:
      for (const auto& [k, v] : n_->obj)
        if (k == key) return v;
      return undefined();
    case Kind::Array:
      if (key == "length") return val(n_->arr.size());
      break;
    case Kind::Typed:
      if (key == "length") return val(n_->typed.size());
      break;
    case Kind::String:
      if (key == "length") return val(n_->s.size());
      break;
    case Kind::Undefined:
    case Kind::Null:
      unsupported("property read on null or undefined");
    default:
      break;
  }
  if (!key.empty() && key.find_first_not_of("0123456789") == std::string::npos) return index(std::stoul(key));
  return undefined();
}

val val::index(std::size_t i) const {
  if (n_->kind == Kind::Array) return i < n_->arr.size() ? n_->arr[i] : undefined();
  if (n_->kind == Kind::Typed) return i < n_->typed.size() ? val(n_->typed[i]) : undefined();
  if (n_->kind == Kind::Object) return (*this)[std::to_string(i)];
  unsupported("indexing a non-array");
}

void val::setImpl(const std::string& key, const val& v) {
  if (n_->kind == Kind::Array && !key.empty() && key.find_first_not_of("0123456789") == std::string::npos)
    return setIndex(std::stoul(key), v);
  if (n_->kind != Kind::Object) unsupported("set on a non-object");
  for (auto& [k, old] : n_->obj)
    if (k == key) {
      old = v;
      return;
    }
  n_->obj.emplace_back(key, v);
}

void val::setIndex(std::size_t i, const val& v) {
  if (n_->kind == Kind::Array) {
    if (i >= n_->arr.size()) n_->arr.resize(i + 1);
    n_->arr[i] = v;
  } else if (n_->kind == Kind::Typed) {
    if (i < n_->typed.size()) n_->typed[i] = v.toNumber();
  } else {
    setImpl(std::to_string(i), v);
  }
}

double val::toNumber() const {
  switch (n_->kind) {
    case Kind::Number: return n_->num;
    case Kind::Bool: return n_->b ? 1 : 0;
    case Kind::Null: return 0;
    case Kind::String: {
      try {
        std::size_t used = 0;
        const double d = std::stod(n_->s, &used);
        return used == n_->s.size() ? d : NAN;
      } catch (...) {
        return n_->s.empty() ? 0 : NAN;
      }
    }
    default: return NAN;
  }
}

bool val::truthy() const {
  switch (n_->kind) {
    case Kind::Undefined:
    case Kind::Null: return false;
    case Kind::Bool: return n_->b;
    case Kind::Number: return n_->num != 0 && !std::isnan(n_->num);
    case Kind::String: return !n_->s.empty();
    default: return true;
  }
}

val val::callImpl(const std::string& method, const std::vector<val>& args) const {
  const auto arg = [&](std::size_t i) { return i < args.size() ? args[i] : undefined(); };
  if (n_->kind == Kind::Global) {
    const std::string& g = n_->s;
    if (g == "Array" && method == "isArray") return val(arg(0).isArray());
    if (g == "Number" && method == "isFinite") return val(arg(0).isNumber() && std::isfinite(arg(0).n_->num));
    if (g == "Number" && method == "isInteger")
      return val(arg(0).isNumber() && std::isfinite(arg(0).n_->num) && std::floor(arg(0).n_->num) == arg(0).n_->num);
    if (g == "Object" && method == "keys") {
      val keys = array();
      for (const auto& [k, v] : arg(0).n_->obj) keys.n_->arr.emplace_back(k);
      return keys;
    }
  }
  if (n_->kind == Kind::Typed && method == "slice") return typed(n_->s, n_->typed);
  if (n_->kind == Kind::Array && method == "push") {
    for (const val& a : args) n_->arr.push_back(a);
    return val(n_->arr.size());
  }
  // marshal's entriesAreNumbers: every(Number.isFinite), the one predicate it passes.
  if (method == "every" && n_->kind == Kind::Array) {
    for (const val& e : n_->arr)
      if (!e.isNumber() || !std::isfinite(e.n_->num)) return val(false);
    return val(true);
  }
  if (method == "every" && n_->kind == Kind::Typed) {
    for (double e : n_->typed)
      if (!std::isfinite(e)) return val(false);
    return val(true);
  }
  if (n_->kind == Kind::Object && method == "hasOwnProperty") {
    for (const auto& [k, v] : n_->obj)
      if (k == arg(0).n_->s) return val(true);
    return val(false);
  }
  unsupported("call of " + method);
}

val val::construct(const std::vector<val>& args) const {
  if (n_->kind != Kind::Global) unsupported("new on a non-constructor");
  const std::string& c = n_->s;
  if (c == "Object") return object();
  if (c == "Array") return array();
  if (c.size() > 5 && c.compare(c.size() - 5, 5, "Array") == 0) {
    const val a = args.empty() ? val(0) : args[0];
    if (a.isNumber()) return typed(c, std::vector<double>(static_cast<std::size_t>(a.n_->num), 0.0));
    if (a.n_->kind == Kind::Typed) return typed(c, a.n_->typed);
    if (a.isArray()) {
      std::vector<double> d;
      for (const val& x : a.n_->arr) d.push_back(x.toNumber());
      return typed(c, d);
    }
  }
  unsupported("new " + c);
}

}  // namespace emscripten
