# What pytorch/tutorials recipes_source/recipes/reasoning_about_shapes.py ("Reasoning about Shapes in
# PyTorch") uses: the timeit module (CPython's Lib/timeit.py API, core/prelude/timeit.py) and the
# meta device, which the playground lacks: a factory's device="meta", Tensor.to("meta"), a module's
# device= and `with torch.device("meta")` say "not supported by the playground yet" instead of making
# CPU tensors that print data PyTorch would not have. `with torch.device("cpu")` is a no-op context
# (the CPU is the default device) that gives the device as its `as` value, as in PyTorch 2.x.
import timeit

import torch

start = timeit.default_timer()
end = timeit.default_timer()
print(end - start >= 0, timeit.default_timer is __import__("time").perf_counter)
t = timeit.Timer("x = sum(range(10))")
print(t.timeit(100) >= 0, len(t.repeat(3, 10)))
print(timeit.timeit(lambda: 1 + 1, number=10) >= 0)
print(timeit.timeit("y = a * 2", setup="a = 3", number=5) >= 0)
print(len(timeit.repeat("pass", repeat=2, number=3)))
try:
    timeit.Timer(5)
except ValueError as e:
    print("ValueError:", e)

for make in (lambda: torch.rand(2, 3, 10, 10, device="meta"),
             lambda: torch.ones(2).to("meta"),
             lambda: torch.nn.Conv2d(3, 5, 2, device="meta"),
             lambda: torch.zeros(2, device=torch.device("mps"))):
    try:
        make()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(torch.device("meta"), torch.ones(2).to("cpu", torch.float64))

with torch.device("cpu") as d:
    print(d, torch.ones(2).device)
try:
    with torch.device("meta"):
        inp = torch.randn((1024, 3, 32, 32))
except NotImplementedError as e:
    print("NotImplementedError:", e)
