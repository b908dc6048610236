# The torch.func tutorial "Model ensembling" (PyTorch tutorials, intermediate/ensembling), its code
# with smaller sizes (inputs of 12 features instead of 784, 4 models, minibatches of 3):
# stack_module_state, functional_call on a copy of the model, vmap over the stacked parameters
# with the same or different minibatches, compared with the models' own outputs. Expected output:
# PyTorch 1.13's functorch through the torch.func shim of tests/oracle/regen.py (which defines
# stack_module_state as PyTorch 2.x does).
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class SimpleMLP(nn.Module):
    def __init__(self):
        super(SimpleMLP, self).__init__()
        self.fc1 = nn.Linear(12, 8)
        self.fc2 = nn.Linear(8, 8)
        self.fc3 = nn.Linear(8, 10)

    def forward(self, x):
        x = x.flatten(1)
        x = self.fc1(x)
        x = F.relu(x)
        x = self.fc2(x)
        x = F.relu(x)
        x = self.fc3(x)
        return x


device = 'cpu'
num_models = 4

data = torch.randn(6, 64, 1, 3, 4, device=device)[:, :3]
targets = torch.randint(10, (6400,), device=device)

models = [SimpleMLP().to(device) for _ in range(num_models)]

minibatches = data[:num_models]
predictions_diff_minibatch_loop = [model(minibatch) for model, minibatch in zip(models, minibatches)]

minibatch = data[0]
predictions2 = [model(minibatch) for model in models]

from torch.func import stack_module_state

params, buffers = stack_module_state(models)
print(sorted(params.keys()), buffers)
print(params["fc1.bias"].shape, params["fc3.weight"].shape)

from torch.func import functional_call

# Construct a "stateless" version of one of the models. It is "stateless" in
# the sense that the parameters are meta Tensors and do not have storage.
base_model = copy.deepcopy(models[0])


def fmodel(params, buffers, x):
    return functional_call(base_model, (params, buffers), (x,))


from torch.func import vmap

print([p.size(0) for p in params.values()])  # show the leading 'num_models' dimension
print(minibatches.shape)  # verify minibatch has leading dimension of size 'num_models'

predictions1_vmap = vmap(fmodel)(params, buffers, minibatches)

# verify the ``vmap`` predictions match the
print(torch.allclose(predictions1_vmap, torch.stack(predictions_diff_minibatch_loop), atol=1e-3, rtol=1e-5))
print(predictions1_vmap.shape)
print(predictions1_vmap[1].detach())

predictions2_vmap = vmap(fmodel, in_dims=(0, 0, None))(params, buffers, minibatch)

print(torch.allclose(predictions2_vmap, torch.stack(predictions2), atol=1e-3, rtol=1e-5))
print(predictions2_vmap[2].detach())
print(predictions2_vmap.requires_grad, params["fc1.weight"].requires_grad, params["fc1.weight"].is_leaf)

# functional_call on its own: the module keeps its parameters afterwards
m = models[1]
x = torch.ones(2, 12)
p = {k: torch.zeros_like(v) for k, v in m.named_parameters()}
print(functional_call(m, p, x))
print(functional_call(m, p, (x,)).sum().item() == 0.0, torch.equal(m(x), models[1](x)))
print(torch.equal(functional_call(m, {"fc3.bias": torch.ones(10)}, x), m.fc3(F.relu(m.fc2(F.relu(m.fc1(x))))) - m.fc3.bias + 1))
try:
    functional_call(m, ({"fc1.bias": torch.zeros(8)}, {"fc1.bias": torch.ones(8)}), (x,))
except ValueError as e:
    print(type(e).__name__, e)
