// Test helpers: build tensors from Python literal text, exactly as torch.tensor(<literal>) would
// ("[[1., 2.], [3, 4]]", "True", "[float('nan')]" is spelled "nan"), and shorthand call helpers.
#pragma once
#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <string>

#include "torch/op_registry.h"
#include "torch/tensor_str.h"

namespace dp::torch::testing {

class LiteralParser {
 public:
  explicit LiteralParser(const std::string& s) : s_(s) {}
  Value parse() {
    skip();
    if (peek() == '[' || peek() == '(') {
      char close = peek() == '[' ? ']' : ')';
      pos_++;
      Value::List l;
      skip();
      while (peek() != close) {
        l.push_back(parse());
        skip();
        if (peek() == ',') pos_++;
        skip();
      }
      pos_++;
      return l;
    }
    size_t start = pos_;
    while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.' ||
                                s_[pos_] == '-' || s_[pos_] == '+')) {
      pos_++;
    }
    std::string tok = s_.substr(start, pos_ - start);
    if (tok == "True") return true;
    if (tok == "False") return false;
    if (tok == "nan") return std::nan("");
    if (tok == "inf") return HUGE_VAL;
    if (tok == "-inf") return -HUGE_VAL;
    if (tok.find_first_of(".e") != std::string::npos) return std::strtod(tok.c_str(), nullptr);
    return static_cast<int64_t>(std::stoll(tok));
  }

 private:
  char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
  void skip() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) pos_++;
  }
  std::string s_;
  size_t pos_ = 0;
};

inline Value lit(const std::string& s) { return LiteralParser(s).parse(); }

// torch.tensor(<python literal>, dtype=...)
inline Tensor T(const std::string& literal) { return call_t("tensor", {lit(literal)}); }
inline Tensor T(const std::string& literal, DType dt) { return call_t("tensor", {lit(literal)}, {{"dtype", dt}}); }

inline std::string R(const Tensor& t) { return repr(t); }
inline std::string R(const Value& v) { return repr(v.tensor()); }

// Expects call(...) to throw TorchError of the given type and message.
#define EXPECT_TORCH_ERROR(stmt, etype, emsg)                \
  do {                                                       \
    try {                                                    \
      (void)(stmt);                                          \
      ADD_FAILURE() << "expected " << etype << ": " << emsg; \
    } catch (const ::dp::torch::TorchError& e) {             \
      EXPECT_EQ(e.type, etype);                              \
      EXPECT_EQ(e.msg, emsg);                                \
    }                                                        \
  } while (0)

}  // namespace dp::torch::testing
// Note for C++ callers: `call("f", {Value::List{a, b}})` is parsed as the argument vector itself
// (a single braced element of the vector's own type copy-constructs it); wrap it:
// `call("f", {Value(Value::List{a, b})})`.
