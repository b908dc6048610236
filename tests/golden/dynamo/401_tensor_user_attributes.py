# logs: graph_code,graph_breaks,guards
# eager-equal
# Spec: attributes of the user's own on tensors under torch.compile, as PyTorch 2.9's Dynamo
# handles them (torch/_dynamo/variables/builtin.py call_setattr, tensor.py dynamic_getattr,
# builder.py handle_traced_output's "[Side effect tracking for newly constructed tensor]"): an
# attribute stored on a tensor made in the trace is a side effect (read back in the trace, set on
# the returned tensor after the graph); an input's attribute set before the call is read from the
# real tensor with a guard on its value (L['x'].scale); storing one on an input tensor is the
# "Failed to trace builtin operator" graph break (2.9 does not track input tensors for attribute
# mutation; pytorch/pytorch#177467 added that in 2026); tensor.is_inference() is a graph break
# (config.fake_tensor_disable_inference_mode), and so is torch.is_inference_mode_enabled() (torch.py
# handle_is_inference_mode_enabled). stdout: PyTorch 1.13 with torch.compile as identity.
import torch


@torch.compile(backend="eager")
def scaled(x):
    return x * x.scale


x = torch.ones(2)
x.scale = 3
print(scaled(x))


@torch.compile(backend="eager")
def tagged(x):
    y = x + 1
    y.tag = "made in the graph"
    y.count = len(y.tag)
    return y * 2, y


out, y = tagged(torch.zeros(2))
print(out, y, y.tag, y.count, y.__dict__, hasattr(out, "tag"))


@torch.compile(backend="eager")
def tag_input(x):
    x.seen = True
    return x + 1


z = torch.ones(1)
print(tag_input(z), z.seen)


@torch.compile(backend="eager")
def check(x):
    if x.is_inference():
        return x + 1
    return x - 1


with torch.inference_mode():
    i = torch.ones(1)
print(check(i), check(torch.ones(1)))


@torch.compile(backend="eager")
def in_mode(x):
    if torch.is_inference_mode_enabled():
        return x * 10
    return x


print(in_mode(torch.ones(1)))
with torch.inference_mode():
    print(in_mode(torch.ones(1)))
