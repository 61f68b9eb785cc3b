// Native replay of a widget's bound calls, for `npm run bench`. The bench
// records the calls a widget's compute makes through the WASM engine on its
// default parameters, then asks this driver (same C++, same glue, host val)
// how long the same calls take natively. Protocol, one JSON document a line:
//   in:  {"calls":[{"fn":"lrStability","params":{...}}, ...], "minMs":50}
//   out: {"ms":0.0123,"reps":4000}  or  {"error":"..."}
// A typed array is written {"$typed":"Float64Array","data":[...]}.
// `replay --list` prints the bound function names, one a line.
#include <emscripten/bind.h>

#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

using emscripten::val;

namespace {

struct Parser {
  const std::string& s;
  std::size_t i = 0;

  void ws() {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  }
  [[noreturn]] void fail() { throw std::runtime_error("bad JSON at " + std::to_string(i)); }
  bool eat(char c) {
    ws();
    if (i < s.size() && s[i] == c) return ++i, true;
    return false;
  }
  std::string str() {
    if (!eat('"')) fail();
    std::string out;
    while (i < s.size() && s[i] != '"') {
      char c = s[i++];
      if (c == '\\') {
        c = s[i++];
        if (c == 'n') c = '\n';
        else if (c == 't') c = '\t';
        else if (c == 'u') {  // the bench sends ASCII keys; keep \uXXXX as '?'
          i += 4;
          c = '?';
        }
      }
      out += c;
    }
    ++i;
    return out;
  }
  val value() {
    ws();
    if (i >= s.size()) fail();
    const char c = s[i];
    if (c == '"') return val(str());
    if (c == '[') {
      ++i;
      val a = val::array();
      std::size_t n = 0;
      if (!eat(']')) do a.set(n++, value());
        while (eat(','));
      if (!eat(']') && n) fail();
      return a;
    }
    if (c == '{') {
      ++i;
      val o = val::object();
      if (!eat('}')) {
        do {
          ws();
          const std::string k = str();
          if (!eat(':')) fail();
          o.set(k, value());
        } while (eat(','));
        if (!eat('}')) fail();
      }
      if (o["$typed"].isString()) {
        std::vector<double> d;
        for (const val& x : o["data"].elements()) d.push_back(x.isNull() ? NAN : x.as<double>());
        return val::typed(o["$typed"].as<std::string>(), d);
      }
      return o;
    }
    if (s.compare(i, 4, "true") == 0) return i += 4, val(true);
    if (s.compare(i, 5, "false") == 0) return i += 5, val(false);
    if (s.compare(i, 4, "null") == 0) return i += 4, val::null();
    char* end = nullptr;
    const double d = std::strtod(s.c_str() + i, &end);
    if (end == s.c_str() + i) fail();
    i = static_cast<std::size_t>(end - s.c_str());
    return val(d);
  }
};

std::string quote(const std::string& t) {
  std::string out = "\"";
  for (char c : t) out += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  return out + "\"";
}

std::string replay(const std::string& line) {
  Parser p{line};
  const val req = p.value();
  struct Call {
    emscripten::Bound* fn;
    val params;
  };
  std::vector<Call> calls;
  for (const val& c : req["calls"].elements()) {
    const std::string name = c["fn"].as<std::string>();
    auto it = emscripten::boundFunctions().find(name);
    if (it == emscripten::boundFunctions().end()) return "{\"error\":" + quote("no native " + name) + "}";
    calls.push_back({&it->second, c["params"]});
  }
  const double minMs = req["minMs"].isNumber() ? req["minMs"].as<double>() : 50;
  using clock = std::chrono::steady_clock;
  auto once = [&] {
    for (auto& c : calls) {
      const val out = (*c.fn)({c.params});
      if (out.kind() == val::Kind::Object && out["error"].isString())
        throw std::runtime_error(out["error"].as<std::string>());
    }
  };
  once();  // warm-up, and a check that the calls succeed natively
  long reps = 0;
  const auto t0 = clock::now();
  double ms = 0;
  do {
    once();
    ++reps;
    ms = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
  } while (ms < minMs);
  return "{\"ms\":" + std::to_string(ms / reps) + ",\"reps\":" + std::to_string(reps) + "}";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--list") {
    for (const auto& [name, fn] : emscripten::boundFunctions()) std::cout << name << "\n";
    return 0;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    std::string out;
    try {
      out = replay(line);
    } catch (const std::exception& e) {
      out = "{\"error\":" + quote(e.what()) + "}";
    }
    std::cout << out << std::endl;
  }
}
