# From PyTorch 2.9 docs/source/compile/programming_model.where_to_apply_compile.md, cell 1
# ("inference"): compile the top-level nn.Module and call it in the loop. Adapted: the page's
# `...` are a small MLP, N_ITERS = 3 and inputs of a fixed size; each output is checked against
# the eager module's.
import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 2))
N_ITERS = 3

# inference
opt_model = torch.compile(model)

for _ in range(N_ITERS):
    inp = torch.randn(3, 4)
    out = opt_model(inp)
    print(out.shape, torch.allclose(out, model(inp)))
print(type(opt_model).__name__, opt_model._orig_mod is model)
