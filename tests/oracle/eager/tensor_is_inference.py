# Tensor.is_inference() / torch.is_inference (c10 InferenceMode, python_variable.cpp): a tensor
# allocated inside torch.inference_mode() is an inference tensor, and so are its views and its
# detach(); a view of a normal tensor taken in inference mode, a normal tensor changed in place
# there, tensors made under no_grad or inference_mode(False), and results computed from inference
# tensors outside the mode are normal tensors.
import torch

x = torch.ones(2, 3)
print(x.is_inference(), torch.is_inference(x))
with torch.inference_mode():
    y = torch.ones(2, 3)
    z = x * 2
    v = x[0]
    x.add_(1)
    w = y.view(6)
    print(y.is_inference(), z.is_inference(), v.is_inference(), x.is_inference(), w.is_inference())
    print(torch.is_inference_mode_enabled(), y.requires_grad)
print(torch.is_inference_mode_enabled())
print(y.detach().is_inference(), y[1].is_inference(), y.t().is_inference())
print((y + 1).is_inference(), y.clone().is_inference())
with torch.no_grad():
    n = torch.zeros(1)
print(n.is_inference())
with torch.inference_mode(False):
    f = torch.zeros(1)
print(f.is_inference())


@torch.inference_mode()
def make():
    return torch.arange(3.)


m = make()
print(m, m.is_inference(), m.requires_grad)
with torch.inference_mode():
    with torch.inference_mode(False):
        g = torch.zeros(1)
    h = torch.zeros(1)
print(g.is_inference(), h.is_inference())
try:
    torch.is_inference(1)
except TypeError as e:
    print(type(e).__name__, e)
