// Engine self-inspection for the leak tests: how much of the WASM heap malloc
// has handed out and not taken back. Takes a params object like every bound
// function (ignored), so generic callers need no special case.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

namespace {

emscripten::val engineMemory(emscripten::val) {
  const struct mallinfo info = mallinfo();
  emscripten::val out = emscripten::val::object();
  out.set("heap_used", static_cast<double>(info.uordblks));
  out.set("heap_reserved", static_cast<double>(info.arena));
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(diagnostics) { emscripten::function("engineMemory", &engineMemory); }
