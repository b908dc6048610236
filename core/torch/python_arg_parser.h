// Mirrors torch/csrc/utils/python_arg_parser.cpp (FunctionSignature, FunctionParameter::check and
// type_name, PythonArgParser::raw_parse / print_error, PythonArgs::intlist's element conversion)
// and torch/csrc/utils/invalid_arguments.cpp (format_invalid_args): how PyTorch 2.9 checks the
// arguments of a torch.* function or Tensor method against its Python signatures, and the
// TypeError texts it raises when none fits. The signatures themselves are data
// (python_signatures.cpp, the parser tables gen_python_functions.py generates). See
// docs/eager-semantics.md, "Argument-parser messages".
#pragma once
#include <string>
#include <vector>

namespace dp::torch {

// One Python argument as the parser sees it: its kind and its type's tp_name.
struct PyArg {
  enum class Kind {
    None,
    Bool,
    Int,
    Index,
    Float,
    Complex,
    Str,
    Tensor,
    DType,
    Layout,
    Device,
    Generator,
    MemoryFormat,
    List,
    Tuple,
    Other
  };
  Kind kind = Kind::Other;
  std::string type_name;  // Py_TYPE(obj)->tp_name: "int", "list", "Tensor", "torch.dtype", ...
  // Tensors: what FunctionParameter::check looks at.
  bool integral = false;  // an integral dtype (bool included)
  bool is_bool_dtype = false;
  bool requires_grad = false;
  int64_t dim = 0;
  int64_t numel = 0;
  std::vector<PyArg> elems;  // lists and tuples
  std::string text;          // a str's value (dimension names)
};

struct PyKwarg {
  std::string name;
  PyArg value;
};

// Checks a Python call of torch.NAME (method=false) or Tensor.NAME (method=true; `args` without
// self, `self_dim` the dimensions of self) against PyTorch's signatures for it, and throws the
// TorchError PyTorch raises when they refuse it. Returns normally when PyTorch accepts the call or
// when the playground has no signature data for NAME.
void check_python_args(const std::string& name, bool method, const std::vector<PyArg>& args,
                       const std::vector<PyKwarg>& kwargs, int64_t self_dim);

// Whether the playground has PyTorch's Python signatures for torch.NAME / Tensor.NAME.
bool has_python_signatures(const std::string& name, bool method);

// The signature table (python_signatures.cpp): PyTorch's parser strings, in the generated order.
struct PythonSignatureTable {
  const char* name;
  bool method;
  std::vector<const char*> signatures;
};
const std::vector<PythonSignatureTable>& python_signature_tables();

// FunctionSignature::toString of each visible signature of torch.NAME / Tensor.NAME (the lines
// of an "invalid combination" message); empty when there is no data.
std::vector<std::string> python_signature_strings(const std::string& name, bool method);

// The order in which a libstdc++ std::unordered_map<std::string, ...> iterates over the keys
// emplaced in this order (indices into `names`, repeats dropped): PyTorch lists the keywords of an
// "invalid combination" message in that order.
std::vector<size_t> unordered_map_order(const std::vector<std::string>& names);

}  // namespace dp::torch
