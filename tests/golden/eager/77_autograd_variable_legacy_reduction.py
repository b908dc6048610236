# Spec: docs/eager-semantics.md — the legacy API of old tutorials: torch.autograd.Variable(t) returns
# t.detach() with requires_grad set and every tensor is an instance of Variable
# (torch/csrc/autograd/python_legacy_variable.cpp, torch/autograd/variable.py); the losses'
# size_average= / reduce= arguments map to reduction= as torch/nn/_reduction.py legacy_get_string
# does (modules and functions). Every line equals PyTorch 1.13's.
import torch
from torch.autograd import Variable


x = Variable(torch.randn(2, 3))
model = torch.nn.Sequential(torch.nn.Linear(3, 2))
print(isinstance(x, Variable), isinstance(model[0].weight, Variable), isinstance(3, Variable))
v = Variable(torch.ones(2), requires_grad=True)
print(v, v.is_leaf, Variable(v).requires_grad, Variable(v, requires_grad=True).grad_fn)
print(torch.nn.functional.mse_loss(torch.ones(3), torch.zeros(3), size_average=False),
      torch.nn.functional.l1_loss(torch.ones(3), torch.zeros(3), reduce=False),
      torch.nn.CrossEntropyLoss(size_average=False)(torch.zeros(2, 3), torch.tensor([0, 2])),
      torch.nn.NLLLoss(reduce=False)(torch.zeros(2, 3), torch.tensor([0, 2])).shape)
try:
    Variable([1, 2])
except TypeError as e:
    print(e)
