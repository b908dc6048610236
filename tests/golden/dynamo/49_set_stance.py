# Spec: torch.compiler.set_stance("force_eager") runs compiled functions eagerly without compiling
import torch
from torch._dynamo.testing import CompileCounter

cnt = CompileCounter()


@torch.compile(backend=cnt)
def f(x):
    return x + 10


torch.compiler.set_stance("force_eager")
print(f(torch.zeros(1)), cnt.frame_count)
torch.compiler.set_stance("default")
print(f(torch.zeros(1)), cnt.frame_count)
torch.compiler.set_stance("force_eager")
print(f(torch.ones(1)), cnt.frame_count)
torch.compiler.set_stance("default")
print(f(torch.ones(1)), cnt.frame_count)
