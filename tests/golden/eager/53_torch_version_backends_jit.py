# Spec: docs/eager-semantics.md §Device and build queries — torch.__version__ (a TorchVersion that
# compares with strings and tuples), torch.version, torch.backends on a CPU-only build (settable
# flags), torch.jit's decorators and queries around TorchScript (compiling to TorchScript and
# torch.export say they are not supported by the playground yet), torch.random.fork_rng.
import torch
print(torch.__version__, type(torch.__version__).__name__, torch.__version__ >= "2.0", torch.__version__ < (2, 10), torch.__version__ == "2.9.0+cpu", torch.version.cuda)
torch.backends.cudnn.benchmark = True
torch.backends.cuda.matmul.allow_tf32 = True
device = "cuda" if torch.cuda.is_available() else ("mps" if torch.backends.mps.is_available() else "cpu")
print(device, torch.backends.cudnn.is_available(), torch.backends.mkldnn.is_available())
print(torch.jit.is_scripting(), torch.jit.annotate(int, 3))
class M(torch.nn.Module):
    @torch.jit.ignore
    def helper(self, x):
        return x * 2
    def forward(self, x):
        if not torch.jit.is_scripting():
            x = self.helper(x)
        return x
print(torch.compile(M(), backend="eager")(torch.ones(2)))
with torch.random.fork_rng():
    a = torch.rand(1)
b = torch.rand(1)
print(torch.equal(a, b))
try:
    torch.jit.script(M())
except NotImplementedError as e:
    print(e)
try:
    torch.export.export(M(), (torch.ones(2),))
except NotImplementedError as e:
    print(e)
