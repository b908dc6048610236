# From PyTorch 2.9 docs/source/compile/programming_model.where_to_apply_compile.md, cell 4:
# `torch.compile(model)` wraps the module in an OptimizedModule; `model.compile()` compiles the
# module's forward in place; compiling a function that calls the module also traces it.
# Adapted: MyModel and inp are a small module and input.
import torch


class MyModel(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(3, 3)

    def forward(self, x):
        return torch.relu(self.lin(x)) + 1


torch.manual_seed(0)
inp = torch.randn(2, 3)

# DO NOT DO THIS
model = MyModel()
model = torch.compile(model)
out1 = model(inp)
print(type(model).__name__)

# DO THIS
model = MyModel()
model.compile()
out2 = model(inp)
print(type(model).__name__)

# this is also acceptable
@torch.compile
def fn(model, inp):
    return model(inp)
model = MyModel()
out3 = fn(model, inp)

print(out1.shape, out2.shape, out3.shape)
print(torch.allclose(out3, model(inp)))
