# logs: recompiles
# eager-equal
# Mirrors pytorch/tutorials recipes_source/regional_compilation.py ("Reducing torch.compile cold
# start compilation time with regional compilation"), pasted as written, on the CPU. Adapted:
# torch.manual_seed(0); .cuda() / device="cuda" and torch.cuda.synchronize() dropped;
# measure_latency returns the output instead of the time, and the outputs' sums are printed (the
# same as Debian's PyTorch 1.13 prints eagerly). The 64 compiled Layer instances share one compile
# (no recompiles logged: parameters are graph inputs, inline_inbuilt_nn_modules);
# torch._inductor.utils.fresh_inductor_cache() is a no-op context manager here (no Inductor cache).
import torch
import torch.nn as nn
from time import perf_counter

torch.manual_seed(0)

class Layer(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear1 = torch.nn.Linear(10, 10)
        self.relu1 = torch.nn.ReLU()
        self.linear2 = torch.nn.Linear(10, 10)
        self.relu2 = torch.nn.ReLU()

    def forward(self, x):
        a = self.linear1(x)
        a = self.relu1(a)
        a = torch.sigmoid(a)
        b = self.linear2(a)
        b = self.relu2(b)
        return b

class Model(torch.nn.Module):
    def __init__(self, apply_regional_compilation):
        super().__init__()
        self.linear = torch.nn.Linear(10, 10)
        if apply_regional_compilation:
            self.layers = torch.nn.ModuleList([torch.compile(Layer()) for _ in range(64)])
        else:
            self.layers = torch.nn.ModuleList([Layer() for _ in range(64)])

    def forward(self, x):
        x = self.linear(x)
        for layer in self.layers:
            x = layer(x)
        return x

model = Model(apply_regional_compilation=False)
full_compiled_model = torch.compile(model)
regional_compiled_model = Model(apply_regional_compilation=True)

def measure_latency(fn, input):
    torch.compiler.reset()
    with torch._inductor.utils.fresh_inductor_cache():
        start = perf_counter()
        out = fn(input)
        end = perf_counter()
        return out

input = torch.randn(10, 10)
a = measure_latency(full_compiled_model, input)
b = measure_latency(regional_compiled_model, input)
print(a.sum(), b.sum(), torch.equal(a, model(input)))
