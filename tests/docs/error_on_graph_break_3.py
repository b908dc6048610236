# From PyTorch 2.9 docs/source/compile/programming_model.error_on_graph_break.md, cell 3:
# Monkey patching a module's forward with error_on_graph_break(False).
import torch


class ThirdPartyModule(torch.nn.Module):
    def forward(self, x):
        x = x + 1
        torch._dynamo.graph_break()
        return x + 2


tp_mod = ThirdPartyModule()
tp_mod.forward = torch.compiler.error_on_graph_break(False)(tp_mod.forward)


@torch.compiler.error_on_graph_break(True)
@torch.compile
def fn(x):
    return tp_mod.forward(x)


# No error, but there is a graph break
print(fn(torch.ones(3)))
