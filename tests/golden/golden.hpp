// Golden cases: the native build computes each case and prints
//   {"fn": <bound function>, "params": {...}, "expect": {...}}
// one JSON object per line; tests/wasm/native-agreement.test.ts calls the same
// bound function in the WASM module and compares every expected field.
// A chapter adds cases in tests/golden/<chapter>.cpp with GOLDEN_CASE.
#pragma once
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace golden {

// A tiny JSON object writer (the golden program only ever writes).
class Json {
 public:
  Json& num(const char* key, double v);
  Json& str(const char* key, const std::string& v);
  Json& list(const char* key, const std::vector<double>& v);
  Json& rows(const char* key, const std::vector<std::vector<double>>& m);
  Json& nullable(const char* key, long n);  // -1 -> null
  Json& object(const char* key, const Json& inner);
  std::string text() const { return "{" + body_ + "}"; }

 private:
  void keyed(const char* key, const std::string& value);
  std::string body_;
};

struct Case {
  std::string fn;
  Json params;
  Json expect;
};

using Maker = std::function<std::vector<Case>()>;
int add(Maker m);

}  // namespace golden

#define GOLDEN_CONCAT2(a, b) a##b
#define GOLDEN_CONCAT(a, b) GOLDEN_CONCAT2(a, b)
#define GOLDEN_CASES static const int GOLDEN_CONCAT(golden_reg_, __LINE__) = golden::add
