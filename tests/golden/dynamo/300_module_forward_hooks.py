# logs: graph_code,graph_breaks
# Spec: docs/compiler-api.md §nn.Module hooks — forward pre-hooks and forward hooks run as
# Module._call_impl runs them: a pre-hook's non-None result replaces the arguments (a non-tuple is
# wrapped in one), a hook's non-None result replaces the output, with_kwargs hooks see the keyword
# arguments, prepend=True puts a hook first, a handle's remove() takes it away, ids come from one
# counter shared with Tensor.register_hook. Inside compiled code a hooked submodule's call is traced
# through _call_impl, so the hooks are in the graph (the hook's result named `hook_result`, the
# forward result keeping its op name); torch.compile(model) runs the model's own hooks outside the
# compiled forward frame, as PyTorch's OptimizedModule does.
import torch
import torch.nn as nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 3)
        self.fc2 = nn.Linear(3, 2)

    def forward(self, x, scale=1.0):
        return self.fc2(torch.relu(self.fc1(x))) * scale


net = Net()
shapes = []
h1 = net.fc1.register_forward_hook(lambda m, args, out: shapes.append(tuple(out.shape)))
h2 = net.fc2.register_forward_pre_hook(lambda m, args: args[0] * 2)
h3 = net.register_forward_hook(lambda m, args, out: out + 100)
print(h1.id, h2.id, h3.id)
x = torch.randn(2, 4)
eager = net(x)
print(eager)
print(torch.compile(net, backend="eager")(x))


@torch.compile(backend="eager")
def f(x):
    return net(x) - 1


print(f(x))
print(shapes)
h2.remove()
h3.remove()


def pre_kw(mod, args, kwargs):
    return (args[0] + 1,), {"scale": kwargs.get("scale", 1.0) * 10}


net.register_forward_pre_hook(pre_kw, with_kwargs=True)
net.fc1.register_forward_hook(lambda m, args, out: out * 0, prepend=True)
torch._dynamo.reset()
print(f(x))
print(net(x, scale=0.5))
print(shapes)
