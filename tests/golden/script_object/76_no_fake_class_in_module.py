# Spec: docs/torchbind.md §3.1 step 5 (no fake class registered for _ContainsTensor: RuntimeError
# with the leading space), §4.1 (rewrapped as InternalTorchDynamoError "RuntimeError: ...", ending
# with augment_exc_message's newline), from a module attribute.
import torch


class M(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.obj = torch.classes._TorchScriptTesting._ContainsTensor(torch.ones(2))

    def forward(self, x):
        return self.obj.get() + x


m = M()
print(m(torch.ones(2)))
try:
    torch.compile(m, backend="eager")(torch.ones(2))
except RuntimeError as e:
    print(type(e).__name__)
    print(repr(str(e)))
