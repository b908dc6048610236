# The torch.func tutorial "Jacobians, Hessians, hvp, vhp, and more: composing function transforms"
# (PyTorch tutorials, intermediate/jacobians_hessians), its code with smaller sizes (D = 4,
# batch 3): Jacobians by autograd rows, vjp + vmap, jacrev (argnums), jacfwd, batched Jacobians,
# Hessians (hessian, jacfwd(jacfwd), jacrev(jacrev)) and hvp through jvp(grad). Expected output:
# PyTorch 1.13's functorch through the torch.func shim of tests/oracle/regen.py.
import torch
import torch.nn.functional as F
from functools import partial

_ = torch.manual_seed(0)


def predict(weight, bias, x):
    return F.linear(x, weight, bias).tanh()


D = 4
weight = torch.randn(D, D)
bias = torch.randn(D)
x = torch.randn(D)  # feature vector


def compute_jac(xp):
    jacobian_rows = [torch.autograd.grad(predict(weight, bias, xp), xp, vec)[0] for vec in unit_vectors]
    return torch.stack(jacobian_rows)


xp = x.clone().requires_grad_()
unit_vectors = torch.eye(D)

jacobian = compute_jac(xp)

print(jacobian.shape)
print(jacobian[0])  # show first row

from torch.func import vmap, vjp

_, vjp_fn = vjp(partial(predict, weight, bias), x)

ft_jacobian, = vmap(vjp_fn)(unit_vectors)

# let's confirm both methods compute the same result
print(torch.allclose(ft_jacobian, jacobian), torch.equal(ft_jacobian, jacobian))

from torch.func import jacrev

ft_jacobian = jacrev(predict, argnums=2)(weight, bias, x)
print(torch.allclose(ft_jacobian, jacobian), torch.equal(ft_jacobian, jacobian))
print(ft_jacobian)

# note the change in input via ``argnums`` parameters of 0,1 to map to weight and bias
ft_jac_weight, ft_jac_bias = jacrev(predict, argnums=(0, 1))(weight, bias, x)
print(ft_jac_weight.shape, ft_jac_bias.shape)
print(ft_jac_weight[1])
print(ft_jac_bias)

from torch.func import jacfwd

jacfwd_jac = jacfwd(predict, argnums=2)(weight, bias, x)
print(torch.allclose(jacfwd_jac, jacobian))
print(jacfwd_jac)
print(jacfwd(predict, argnums=(0, 1))(weight, bias, x)[1])


def predict_with_output_summed(weight, bias, x):
    return predict(weight, bias, x).sum(0)


batch_size = 3
Din = 3
Dout = 2

weight = torch.randn(Dout, Din)
bias = torch.randn(Dout)
x = torch.randn(batch_size, Din)

compute_batch_jacobian = vmap(jacrev(predict, argnums=2), in_dims=(None, None, 0))
batch_jacobian0 = compute_batch_jacobian(weight, bias, x)
print(batch_jacobian0.shape)
print(batch_jacobian0)

batch_jacobian1 = jacrev(predict_with_output_summed, argnums=2)(weight, bias, x).movedim(1, 0)
print(torch.allclose(batch_jacobian0, batch_jacobian1))

from torch.func import hessian

Din = 3
Dout = 2
weight = torch.randn(Dout, Din)
bias = torch.randn(Dout)
x = torch.randn(Din)

hess_api = hessian(predict, argnums=2)(weight, bias, x)
hess_fwdfwd = jacfwd(jacfwd(predict, argnums=2), argnums=2)(weight, bias, x)
hess_revrev = jacrev(jacrev(predict, argnums=2), argnums=2)(weight, bias, x)
print(hess_api.shape)
print(hess_api)
print(torch.allclose(hess_api, hess_fwdfwd), torch.allclose(hess_api, hess_revrev))

compute_batch_hessian = vmap(hessian(predict, argnums=2), in_dims=(None, None, 0))
batch_hess = compute_batch_hessian(weight, bias, torch.randn(2, Din))
print(batch_hess.shape)
print(batch_hess)

from torch.func import jvp, grad, vjp


def hvp(f, primals, tangents):
    return jvp(grad(f), primals, tangents)[1]


def f(x):
    return x.sin().sum()


x = torch.randn(6)
tangent = torch.randn(6)

result = hvp(f, (x,), (tangent,))
print(result)
print(torch.allclose(result, -x.sin() * tangent))


def hvp_revrev(f, primals, tangents):
    _, vjp_fn = vjp(grad(f), *primals)
    return vjp_fn(*tangents)


result_revrev = hvp_revrev(f, (x,), (tangent,))
print(result_revrev)
print(torch.allclose(result, result_revrev[0]))
