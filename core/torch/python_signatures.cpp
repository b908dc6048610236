// Mirrors the parser tables PyTorch 2.9 generates from aten/src/ATen/native/native_functions.yaml
// (tools/autograd/gen_python_functions.py -> python_torch_functions_*.cpp for torch.NAME,
// python_variable_methods.cpp for Tensor.NAME; torch.tensor from python_torch_functions_manual.cpp):
// each op's Python signatures in torchgen's PythonSignature.signature_str form, in the generated
// order. The rules that turn a schema into one of these strings (self -> input outside methods,
// SymInt[] -> SymIntArrayRef, the out= variant folded in as `*, Tensor out=None`, the factory
// options, hidden `|deprecated` signatures) are written down in docs/eager-semantics.md,
// "Argument-parser messages". python_arg_parser.cpp parses them as FunctionSignature does.
//
// Only ops listed here get PyTorch's argument checking and messages; the others keep the
// registry's own binding (op_registry.cpp). torch.tensor is left out: its `PyObject* data` takes
// anything, and describing a large data list element by element would cost more than the check.
#include "torch/python_arg_parser.h"

namespace dp::torch {

namespace {
// The tensor-options keywords of a factory function (gen_python_functions: tensor_options_args).
#define DP_FACTORY_OPTIONS \
  "ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=False, bool? requires_grad=False"
}  // namespace

const std::vector<PythonSignatureTable>& python_signature_tables() {
  static const std::vector<PythonSignatureTable> tables = {
      // ---- torch.NAME -------------------------------------------------------------------------
      {"add",
       false,
       {"add(Tensor input, Tensor other, *, Scalar alpha=1, Tensor out=None)",
        "add(Tensor input, Scalar alpha, Tensor other, *, Tensor out=None)|deprecated"}},
      {"arange",
       false,
       {"arange(Scalar end, *, Tensor out=None, " DP_FACTORY_OPTIONS ")",
        "arange(Scalar start, Scalar end, *, " DP_FACTORY_OPTIONS ")",
        "arange(Scalar start, Scalar end, Scalar step=1, *, Tensor out=None, " DP_FACTORY_OPTIONS ")"}},
      {"cat",
       false,
       {"cat(TensorList tensors, int64_t dim=0, *, Tensor out=None)",
        "cat(TensorList tensors, Dimname dim, *, Tensor out=None)"}},
      {"clamp",
       false,
       {"clamp(Tensor input, Tensor? min=None, Tensor? max=None, *, Tensor out=None)",
        "clamp(Tensor input, Scalar? min=None, Scalar? max=None, *, Tensor out=None)"}},
      {"cumsum",
       false,
       {"cumsum(Tensor input, int64_t dim, *, ScalarType? dtype=None, Tensor out=None)",
        "cumsum(Tensor input, Dimname dim, *, ScalarType? dtype=None, Tensor out=None)"}},
      {"full",
       false,
       {"full(IntArrayRef size, Scalar fill_value, *, DimnameList? names, " DP_FACTORY_OPTIONS ")",
        "full(SymIntArrayRef size, Scalar fill_value, *, Tensor out=None, " DP_FACTORY_OPTIONS ")"}},
      {"matmul", false, {"matmul(Tensor input, Tensor other, *, Tensor out=None)"}},
      {"max",
       false,
       {"max(Tensor input, *, Tensor out=None)", "max(Tensor input, Tensor other, *, Tensor out=None)",
        "max(Tensor input, int64_t dim, bool keepdim=False, *, TensorList[2] out=None)",
        "max(Tensor input, Dimname dim, bool keepdim=False, *, TensorList[2] out=None)"}},
      {"mean",
       false,
       {"mean(Tensor input, *, ScalarType? dtype=None, Tensor out=None)",
        "mean(Tensor input, IntArrayRef[1]? dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor out=None)",
        "mean(Tensor input, DimnameList[1] dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor out=None)"}},
      {"mul", false, {"mul(Tensor input, Tensor other, *, Tensor out=None)"}},
      {"ones",
       false,
       {"ones(IntArrayRef size, *, DimnameList? names, " DP_FACTORY_OPTIONS ")",
        "ones(SymIntArrayRef size, *, Tensor out=None, " DP_FACTORY_OPTIONS ")"}},
      {"randint",
       false,
       {"randint(SymInt high, SymIntArrayRef size, *, Generator? generator, Tensor out=None, " DP_FACTORY_OPTIONS ")",
        "randint(SymInt high, SymIntArrayRef size, *, Tensor out=None, " DP_FACTORY_OPTIONS ")",
        "randint(SymInt low, SymInt high, SymIntArrayRef size, *, Generator? generator, Tensor out=None, " DP_FACTORY_OPTIONS
        ")",
        "randint(SymInt low, SymInt high, SymIntArrayRef size, *, Tensor out=None, " DP_FACTORY_OPTIONS ")"}},
      {"reshape", false, {"reshape(Tensor input, SymIntArrayRef shape)"}},
      {"softmax",
       false,
       {"softmax(Tensor input, int64_t dim, ScalarType? dtype=None, *, Tensor out=None)",
        "softmax(Tensor input, Dimname dim, *, ScalarType? dtype=None)"}},
      {"sum",
       false,
       {"sum(Tensor input, *, ScalarType? dtype=None)",
        "sum(Tensor input, IntArrayRef[1]? dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor out=None)",
        "sum(Tensor input, DimnameList[1] dim, bool keepdim=False, *, ScalarType? dtype=None, Tensor out=None)"}},
      {"topk",
       false,
       {"topk(Tensor input, SymInt k, int64_t dim=-1, bool largest=True, bool sorted=True, *, "
        "TensorList[2] out=None)"}},
      {"transpose",
       false,
       {"transpose(Tensor input, int64_t dim0, int64_t dim1)", "transpose(Tensor input, Dimname dim0, Dimname dim1)"}},
      {"unsqueeze", false, {"unsqueeze(Tensor input, int64_t dim)"}},
      {"zeros",
       false,
       {"zeros(IntArrayRef size, *, DimnameList? names, " DP_FACTORY_OPTIONS ")",
        "zeros(SymIntArrayRef size, *, Tensor out=None, " DP_FACTORY_OPTIONS ")"}},
      // ---- Tensor.NAME (no self) --------------------------------------------------------------
      {"add", true, {"add(Tensor other, *, Scalar alpha=1)", "add(Scalar alpha, Tensor other)|deprecated"}},
      {"clamp", true, {"clamp(Tensor? min=None, Tensor? max=None)", "clamp(Scalar? min=None, Scalar? max=None)"}},
      {"cumsum",
       true,
       {"cumsum(int64_t dim, *, ScalarType? dtype=None)", "cumsum(Dimname dim, *, ScalarType? dtype=None)"}},
      {"expand", true, {"expand(SymIntArrayRef size, *, bool implicit=False)"}},
      {"matmul", true, {"matmul(Tensor other)"}},
      {"max",
       true,
       {"max()", "max(Tensor other)", "max(int64_t dim, bool keepdim=False)", "max(Dimname dim, bool keepdim=False)"}},
      {"mean",
       true,
       {"mean(*, ScalarType? dtype=None)", "mean(IntArrayRef[1]? dim, bool keepdim=False, *, ScalarType? dtype=None)",
        "mean(DimnameList[1] dim, bool keepdim=False, *, ScalarType? dtype=None)"}},
      {"mul", true, {"mul(Tensor other)"}},
      {"repeat", true, {"repeat(SymIntArrayRef repeats)"}},
      {"reshape", true, {"reshape(SymIntArrayRef shape)"}},
      {"softmax",
       true,
       {"softmax(int64_t dim, ScalarType? dtype=None)", "softmax(Dimname dim, *, ScalarType? dtype=None)"}},
      {"sum",
       true,
       {"sum(*, ScalarType? dtype=None)", "sum(IntArrayRef[1]? dim, bool keepdim=False, *, ScalarType? dtype=None)",
        "sum(DimnameList[1] dim, bool keepdim=False, *, ScalarType? dtype=None)"}},
      {"topk", true, {"topk(SymInt k, int64_t dim=-1, bool largest=True, bool sorted=True)"}},
      {"transpose", true, {"transpose(int64_t dim0, int64_t dim1)", "transpose(Dimname dim0, Dimname dim1)"}},
      {"unsqueeze", true, {"unsqueeze(int64_t dim)"}},
      {"view", true, {"view(ScalarType dtype)", "view(SymIntArrayRef size)"}},
  };
  return tables;
}

}  // namespace dp::torch
