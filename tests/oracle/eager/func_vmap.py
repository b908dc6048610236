# torch.func.vmap / torch.vmap (docs: torch.func whirlwind tour, torch.vmap API page): in_dims and
# out_dims (ints, None, tuples, nested dicts, negative), kwargs, nested vmap, vmap of grad,
# over the mapped dimension (docs/autograd.md "torch.func"). Expected output: PyTorch 1.13's
# functorch.vmap through the torch.func shim of tests/oracle/regen.py. The errors whose texts
# changed after 1.13, chunk_size and out_dims=None are in tests/golden/eager/116_func_transforms_2x.py.
import torch
from torch.func import vmap, grad

torch.manual_seed(0)
x, y = torch.randn(2, 5), torch.randn(2, 5)
batched_dot = torch.func.vmap(torch.dot)
print(batched_dot(x, y))
print(torch.vmap(torch.vmap(torch.dot))(torch.randn(2, 3, 5), torch.randn(2, 3, 5)))
print(torch.vmap(torch.dot, in_dims=1)(x, y))
print(torch.vmap(torch.dot, in_dims=(0, None))(x, torch.randn(5)))
f = lambda dict: torch.dot(dict['x'], dict['y'])
print(torch.vmap(f, in_dims=({'x': 0, 'y': None},))({'x': x, 'y': y[0]}))
print(torch.vmap(lambda x: x ** 2, out_dims=1)(x))
print(torch.vmap(lambda x: x ** 2, in_dims=-1, out_dims=-1)(x))

def fn(x, scale=4.):
    return x * scale

batched_pow = torch.vmap(fn)
print(torch.allclose(batched_pow(x), x * 4))
print(batched_pow(x, scale=x).shape)

# several outputs, out_dims per output, an unbatched output
def two(x):
    return x.sum(), x * 2, torch.ones(2)

s, d, o = vmap(two, out_dims=(0, 1, 0))(torch.arange(6.).view(3, 2))
print(s, d, o, sep="\n")
print(vmap(lambda t: {"a": t.mean(), "b": (t.max(), t.min())})(torch.arange(6.).view(2, 3)))
print(vmap(lambda t, n: t * n, in_dims=(0, None))(torch.arange(4.).view(2, 2), 3))
print(vmap(torch.mv, in_dims=(None, 0))(torch.arange(6.).view(2, 3), torch.arange(12.).view(4, 3)))
print(vmap(vmap(lambda a, b: a * b, in_dims=(0, None)), in_dims=(None, 0))(torch.arange(3.), torch.arange(2.)))

# the whirlwind tour's model and per-example gradients
batch_size, feature_size = 3, 5
weights = torch.randn(feature_size)

def model(feature_vec):
    return feature_vec.dot(weights).relu()

examples = torch.randn(batch_size, feature_size)
print(torch.vmap(model)(examples))

def compute_loss(weights, example, target):
    y = example.dot(weights).relu()
    return ((y - target) ** 2).mean()

targets = torch.randn(batch_size)
print(vmap(grad(compute_loss), in_dims=(None, 0, 0))(weights, examples, targets))
print(vmap(grad(compute_loss, argnums=(0, 1)), in_dims=(None, 0, 0))(weights, examples, targets))

# randomness
torch.manual_seed(1)
print(vmap(lambda t: t + torch.rand(3), randomness="same")(torch.zeros(2, 3)))
print(torch.rand(2))
torch.manual_seed(1)
print(vmap(lambda t: t + torch.rand(3), randomness="different")(torch.zeros(2, 3)).shape)

# errors
cases = [
    lambda: vmap(torch.dot)(torch.ones(2, 3), torch.ones(3, 3)),
    lambda: vmap(torch.sin, in_dims=2)(torch.ones(2, 3)),
    lambda: vmap(torch.sin, in_dims=-3)(torch.ones(2, 3)),
    lambda: vmap(torch.sin)(),
    lambda: vmap(torch.sin, in_dims=[0])(torch.ones(2)),
    lambda: vmap(torch.sin, in_dims=(0.5,))(torch.ones(2)),
    lambda: vmap(lambda t, n: t * n, in_dims=(0, 0))(torch.ones(2), 3),
    lambda: vmap(lambda t, n: t * n, in_dims=None)(torch.ones(2), 3),
    lambda: vmap(torch.sin, randomness="sometimes")(torch.ones(2)),
    lambda: vmap(lambda t: t + torch.rand(3))(torch.zeros(2, 3)),
]
for case in cases:
    try:
        print(case())
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)

def my_fn(x):
    return torch.vmap(lambda x: x.sum(1))(x)

print(torch.compile(my_fn)(torch.arange(8.).view(2, 2, 2)))
