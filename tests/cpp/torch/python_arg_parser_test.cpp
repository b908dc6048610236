// core/torch/python_arg_parser: the signature table is well-formed and names ops the registry has,
// the printed signatures are PyTorch 2.9's, the messages are raised for the calls the oracle
// corpus cannot reach (PyArg built by hand), and the keyword order is libstdc++'s.
#include <random>
#include <unordered_map>

#include "test_util.h"
#include "torch/op_registry.h"
#include "torch/python_arg_parser.h"

using namespace dp::torch;

namespace {
PyArg arg(PyArg::Kind k, const std::string& type_name) {
  PyArg a;
  a.kind = k;
  a.type_name = type_name;
  return a;
}
std::string error_of(const std::string& name, bool method, const std::vector<PyArg>& args,
                     const std::vector<PyKwarg>& kwargs = {}) {
  try {
    check_python_args(name, method, args, kwargs, 2);
  } catch (const TorchError& e) {
    return e.type + ": " + e.msg;
  }
  return "";
}
}  // namespace

TEST(PythonArgParser, TableNamesRegistryOps) {
  for (const auto& t : python_signature_tables()) {
    auto info = op_info(t.name);
    ASSERT_TRUE(info) << t.name;
    if (t.method) EXPECT_TRUE(info->is_method) << t.name;
    else EXPECT_TRUE(info->is_function) << t.name;
    EXPECT_FALSE(python_signature_strings(t.name, t.method).empty()) << t.name;
  }
}

TEST(PythonArgParser, SignaturesPrintWithDefaults) {
  auto sum = python_signature_strings("sum", false);
  ASSERT_EQ(sum.size(), 3u);
  EXPECT_EQ(sum[1],
            "(Tensor input, tuple of ints dim, bool keepdim = False, *, torch.dtype dtype = None, Tensor out = None)");
  // The deprecated add(Tensor input, Scalar alpha, Tensor other) is hidden.
  EXPECT_EQ(python_signature_strings("add", false).size(), 1u);
  EXPECT_EQ(python_signature_strings("max", true)[0], "()");
}

TEST(PythonArgParser, Messages) {
  using K = PyArg::Kind;
  PyArg tensor = arg(K::Tensor, "Tensor");
  tensor.dim = 2;
  tensor.numel = 6;
  EXPECT_EQ(error_of("add", false, {tensor, arg(K::Str, "str")}),
            "TypeError: add(): argument 'other' (position 2) must be Tensor, not str");
  // A number is a Tensor for add (should_allow_numbers_as_tensors), not for matmul.
  EXPECT_EQ(error_of("add", false, {tensor, arg(K::Int, "int")}), "");
  EXPECT_EQ(error_of("matmul", false, {tensor, arg(K::Int, "int")}),
            "TypeError: matmul(): argument 'other' (position 2) must be Tensor, not int");
  EXPECT_EQ(error_of("unsqueeze", true, {}), "TypeError: unsqueeze() missing 1 required positional arguments: \"dim\"");
  // bool is not an int.
  EXPECT_EQ(error_of("unsqueeze", true, {arg(K::Bool, "bool")}),
            "TypeError: unsqueeze(): argument 'dim' (position 1) must be int, not bool");
  // A 0-d integer tensor is an int; an __index__ object is a SymInt.
  PyArg zero_d = arg(K::Tensor, "Tensor");
  zero_d.integral = true;
  zero_d.numel = 1;
  EXPECT_EQ(error_of("unsqueeze", true, {zero_d}), "");
  EXPECT_EQ(error_of("topk", true, {arg(K::Index, "Idx")}), "");
  PyArg names = arg(K::Tuple, "tuple");
  names.elems = {arg(K::Str, "str")};
  names.elems[0].text = "b";
  EXPECT_EQ(error_of("sum", true, {names}), "RuntimeError: Name 'b' not found in Tensor[None, None].");
  EXPECT_EQ(
      error_of("sum", false, {tensor}, {{"dimm", arg(K::Int, "int")}, {"x", arg(K::Int, "int")}}),
      "TypeError: sum() received an invalid combination of arguments - got (Tensor, x=int, dimm=int), but "
      "expected one of:\n"
      " * (Tensor input, *, torch.dtype dtype = None)\n"
      "      didn't match because some of the keywords were incorrect: x, dimm\n"
      " * (Tensor input, tuple of ints dim, bool keepdim = False, *, torch.dtype dtype = None, Tensor out = None)\n"
      " * (Tensor input, tuple of names dim, bool keepdim = False, *, torch.dtype dtype = None, Tensor out = None)\n");
}

#if defined(__GLIBCXX__)
TEST(PythonArgParser, KeywordOrderIsLibstdcxxUnorderedMap) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 2000; ++trial) {
    std::vector<std::string> names;
    const int n = static_cast<int>(rng() % 30);
    for (int i = 0; i < n; ++i) {
      std::string s;
      for (int k = 0, len = 1 + static_cast<int>(rng() % 12); k < len; ++k) s += static_cast<char>('a' + rng() % 26);
      if (rng() % 5 == 0 && !names.empty()) s = names[rng() % names.size()];
      names.push_back(s);
    }
    std::unordered_map<std::string, int> m;
    for (size_t i = 0; i < names.size(); ++i) m.emplace(names[i], static_cast<int>(i));
    std::vector<std::string> expected, got;
    for (const auto& kv : m) expected.push_back(kv.first);
    for (size_t i : unordered_map_order(names)) got.push_back(names[i]);
    ASSERT_EQ(got, expected) << "trial " << trial;
  }
}
#endif
