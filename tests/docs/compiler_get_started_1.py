# From PyTorch 2.9 docs/source/user_guide/torch_compiler/torch.compiler_get_started.md, the first
# example (cos then sin, compiled with inductor), on the CPU as the page's note says (the
# `.to(device="cuda:0")` removed; torch.randn made torch.ones so the value can be printed), and the
# page's `torch.compiler.list_backends()`. The page's resnet50 (torch.hub), BERT (transformers) and
# TIMM examples download models: tests/golden/eager/59_tutorial_limits.py shows their errors.
import torch
def fn(x):
   a = torch.cos(x)
   b = torch.sin(a)
   return b
new_fn = torch.compile(fn, backend="inductor")
input_tensor = torch.ones(10000)
a = new_fn(input_tensor)
print(a)
print(torch.compiler.list_backends())
