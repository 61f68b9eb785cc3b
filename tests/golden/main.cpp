#include <cmath>

#include "golden.hpp"

namespace golden {

namespace {
std::vector<Maker>& makers() {
  static std::vector<Maker> m;
  return m;
}
std::string number(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}
}  // namespace

int add(Maker m) {
  makers().push_back(std::move(m));
  return 0;
}

void Json::keyed(const char* key, const std::string& value) {
  if (!body_.empty()) body_ += ",";
  body_ += "\"" + std::string(key) + "\":" + value;
}
Json& Json::num(const char* key, double v) { return keyed(key, number(v)), *this; }
Json& Json::str(const char* key, const std::string& v) { return keyed(key, "\"" + v + "\""), *this; }
Json& Json::nullable(const char* key, long n) { return keyed(key, n < 0 ? "null" : std::to_string(n)), *this; }
Json& Json::object(const char* key, const Json& inner) { return keyed(key, inner.text()), *this; }
Json& Json::list(const char* key, const std::vector<double>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + number(v[i]);
  return keyed(key, s + "]"), *this;
}
Json& Json::rows(const char* key, const std::vector<std::vector<double>>& m) {
  std::string s = "[";
  for (std::size_t i = 0; i < m.size(); ++i) {
    s += i ? ",[" : "[";
    for (std::size_t j = 0; j < m[i].size(); ++j) s += (j ? "," : "") + number(m[i][j]);
    s += "]";
  }
  return keyed(key, s + "]"), *this;
}

}  // namespace golden

int main() {
  for (const auto& make : golden::makers())
    for (const auto& c : make())
      std::printf("{\"fn\":\"%s\",\"params\":%s,\"expect\":%s}\n", c.fn.c_str(), c.params.text().c_str(),
                  c.expect.text().c_str());
  return 0;
}
