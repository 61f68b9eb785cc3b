// Host stand-in for Embind's registration: emscripten::function records each
// bound function in a table the replay driver calls by name. Classes
// (stateful trainers) are accepted and not replayed.
#pragma once
#include <emscripten/val.h>

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace emscripten {

using Bound = std::function<val(const std::vector<val>&)>;
std::map<std::string, Bound>& boundFunctions();

template <typename R, typename... A, std::size_t... I>
val invokeBound(R (*fn)(A...), const std::vector<val>& args, std::index_sequence<I...>) {
  auto arg = [&](std::size_t i) { return i < args.size() ? args[i] : val::undefined(); };
  if constexpr (std::is_void_v<R>) {
    fn(arg(I).template as<std::decay_t<A>>()...);
    return val::undefined();
  } else {
    return val(fn(arg(I).template as<std::decay_t<A>>()...));
  }
}

template <typename R, typename... A, typename... Policies>
void function(const char* name, R (*fn)(A...), Policies...) {
  boundFunctions()[name] = [fn](const std::vector<val>& args) {
    return invokeBound(fn, args, std::index_sequence_for<A...>{});
  };
}

struct allow_raw_pointers {};

template <typename T, typename... Bases>
struct class_ {
  explicit class_(const char*) {}
  template <typename... A, typename... P>
  class_& constructor(P...) {
    return *this;
  }
  template <typename... X>
  class_& function(const char*, X...) {
    return *this;
  }
  template <typename... X>
  class_& property(const char*, X...) {
    return *this;
  }
  template <typename... X>
  class_& class_function(const char*, X...) {
    return *this;
  }
};

}  // namespace emscripten

#define EMSCRIPTEN_BINDINGS(name)                            \
  static void stepwise_bindings_##name();                    \
  static const int stepwise_bindings_reg_##name = [] {       \
    stepwise_bindings_##name();                              \
    return 0;                                                \
  }();                                                       \
  static void stepwise_bindings_##name()
