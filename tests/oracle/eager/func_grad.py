# torch.func.grad and grad_and_value (docs: torch.func whirlwind tour, torch.func.grad API page):
# gradients with respect to argnums (an int, a tuple, a dict of tensors), has_aux, nested grad,
# vmap(grad(f)) per-example gradients, PyTorch's errors, and a compiled caller (a graph break in
# the playground; eager's values either way). Expected output: PyTorch 1.13's functorch through
# the torch.func shim of tests/oracle/regen.py (torch.func re-exports functorch in 2.x).
import torch
from torch.func import grad, grad_and_value, vmap

torch.manual_seed(0)
x = torch.randn([])
cos_x = grad(lambda x: torch.sin(x))(x)
print(cos_x, torch.allclose(cos_x, x.cos()))
neg_sin_x = grad(grad(lambda x: torch.sin(x)))(x)
print(neg_sin_x, torch.allclose(neg_sin_x, -x.sin()))
print(grad(grad(grad(lambda x: x ** 4)))(torch.tensor(2.0)))

def f(x, y):
    return (x * y.exp()).sum()

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([0.5, -0.5, 0.0])
print(grad(f)(a, b))
print(grad(f, argnums=1)(a, b))
print(grad(f, argnums=(0, 1))(a, b))
print(grad(f, argnums=-1)(a, b))
print(grad_and_value(f)(a, b))
print(grad_and_value(f, argnums=(1, 0))(a, b))

def loss_with_aux(y, y_pred):
    loss_per_sample = (0.5 * y_pred - y) ** 2
    loss = loss_per_sample.mean()
    return loss, (y_pred, loss_per_sample)

y_true = torch.rand(4)
y_preds = torch.rand(4)
g, aux = grad(loss_with_aux, argnums=(0, 1), has_aux=True)(y_true, y_preds)
print(g)
print(aux)
print(grad_and_value(loss_with_aux, argnums=1, has_aux=True)(y_true, y_preds))

params = {"w": torch.tensor([[1.0, 2.0], [3.0, 4.0]]), "b": torch.tensor([0.5, -1.0])}

def model_loss(params, x):
    return torch.tanh(x @ params["w"] + params["b"]).pow(2).sum()

gp = grad(model_loss)(params, torch.tensor([0.1, -0.2]))
print(sorted(gp.keys()), gp["w"], gp["b"])
print(grad(lambda p: p[0].sum() * p[1].sum())((torch.ones(2), torch.full((3,), 2.0))))

# the per-sample-gradient example of the grad API page
batch_size, feature_size = 3, 5

def model(weights, feature_vec):
    assert feature_vec.dim() == 1
    return feature_vec.dot(weights).relu()

def compute_loss(weights, example, target):
    y = model(weights, example)
    return ((y - target) ** 2).mean()

weights = torch.randn(feature_size)
examples = torch.randn(batch_size, feature_size)
targets = torch.randn(batch_size)
inputs = (weights, examples, targets)
grad_weight_per_example = vmap(grad(compute_loss), in_dims=(None, 0, 0))(*inputs)
print(grad_weight_per_example)

# kwargs are passed through, not differentiated; grad ignores an enclosing no_grad
print(grad(lambda x, scale=1.0: (x * scale).sum())(a, scale=3.0))
with torch.no_grad():
    print(grad(lambda x: (x ** 2).sum())(a))
print(grad(lambda x: x.detach().sum() + 1.0)(a))
print(grad(lambda x, y: (y ** 2).sum())(a, b))

# errors
for fn, args in [
    (grad(lambda x: x ** 2), (a,)),
    (grad(lambda x: 3.0), (a,)),
    (grad(lambda x: x.sum(), has_aux=True), (a,)),
    (grad(f, argnums=2), (a, b)),
    (grad(f, argnums=(0, 0)), (a, b)),
    (grad(f, argnums=()), (a, b)),
    (grad(f, argnums=1.0), (a, b)),
    (grad(lambda x, n: x.sum() * n, argnums=1), (a, 2.0)),
]:
    try:
        print(fn(*args))
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)

# a compiled caller gets eager's values
def wrapper_fn(x):
    return torch.func.grad(lambda x: x.sin().sum())(x)

xs = torch.linspace(-1.0, 1.0, 5)
print(torch.compile(wrapper_fn)(xs))

@torch.compile
def second(x):
    y = x * 2
    return grad(lambda t: grad(lambda s: (s.exp() * s).sum())(t).sum())(y) + 1

print(second(xs))
