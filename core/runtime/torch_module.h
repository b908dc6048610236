// The `torch` Python module as seen by the eager VM: tensors, dtypes, torch.Size, the op
// namespace, and the hooks the generic object protocol calls when an operand is a tensor.
// Mirrors the Python-visible surface of torch/__init__.py, torch/_tensor.py and torch/_C.
#pragma once
#include <string>

#include "runtime/interp.h"

namespace dp::rt {

void init_torch(Interp& I);  // registers the native part of the torch modules
// torch_legacy.cpp: mT/mH/H, Tensor.cpu, torch.Size(...), torch.Tensor(...) and the typed legacy
// constructors (torch.FloatTensor, ...), registered into the `torch` module dict.
void init_torch_legacy(Interp& I, Dict* torch_dict);

Value tensor_binary(Interp& I, int nb_op, Value a, Value b, bool inplace);
Value tensor_compare(Interp& I, int cmp_op, Value a, Value b);
Value tensor_unary(Interp& I, const std::string& op, Value a);
Value tensor_getitem(Interp& I, Value t, Value key);
void tensor_setitem(Interp& I, Value t, Value key, Value v);
Value tensor_iter(Interp& I, Value t);
bool tensor_truthy(Interp& I, Value t);
int64_t tensor_len(Interp& I, Value t);
int64_t tensor_index(Interp& I, Value t);
bool tensor_contains(Interp& I, Value t, Value item);

// torch.Size(...) from sizes.
Value make_size(Interp& I, const std::vector<int64_t>& sizes);
torch::Tensor& as_tensor(Interp& I, Value v);  // raises TypeError unless v is a tensor
// Raises a torch error as the Python exception of its type (RuntimeError, TypeError, ...).
[[noreturn]] void rethrow_torch(Interp& I, const torch::TorchError& e);

// torch._C's tensor helpers (torch/csrc/Module.cpp): _swap_tensor_impl(t1, t2), what
// torch.utils.swap_tensors calls last: the two Python objects exchange their tensors.
void init_torch_C_tensors(Interp& I, Module* torch_C);

}  // namespace dp::rt
