# Spec: docs/eager-semantics.md §torch.distributions — Normal, Categorical, Bernoulli, Uniform and
# kl_divergence as PyTorch 2.9 defines them: seeded samples through the same RNG calls, log_prob,
# entropy, reprs and the validation errors. Checked against PyTorch 1.13 line by line except the
# 2-D Categorical sample, which 2.x draws with multinomial's one-sample fast path (exponential
# draws, argmax; 1.13 drew one uniform per row), and so every sample after it.
import torch
from torch.distributions import Normal, Categorical, Bernoulli, Uniform, kl_divergence
torch.manual_seed(0)
n = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
print(n, n.batch_shape, n.event_shape)
s = n.sample((3,))
print(s)
print(n.rsample())
print(n.log_prob(torch.tensor([0.5, -1.0])), n.entropy(), n.cdf(torch.tensor([0.0, 0.0])))
print(Normal(0.0, 1.0), Normal(0.0, 1.0).sample(), Normal(0.0, 1.0).log_prob(torch.tensor(0.3)))
c = Categorical(probs=torch.tensor([0.1, 0.2, 0.7]))
print(c, c.sample((5,)), c.log_prob(torch.tensor([0, 2])), c.entropy(), c.logits)
c2 = Categorical(logits=torch.tensor([[1.0, 2.0], [0.5, 0.5]]))
print(c2, c2.probs, c2.sample(), c2.mode)
b = Bernoulli(probs=torch.tensor([0.3, 0.9]))
print(b, b.sample(), b.log_prob(torch.tensor([1.0, 0.0])), b.entropy())
u = Uniform(0.0, 2.0)
print(u, u.sample((2,)), u.log_prob(torch.tensor(1.0)), u.entropy())
print(kl_divergence(n, Normal(torch.zeros(2), torch.ones(2))), kl_divergence(c, Categorical(logits=torch.zeros(3))))
for bad in [lambda: Normal(torch.tensor([0.0]), torch.tensor([-1.0])), lambda: Categorical(), lambda: Uniform(1.0, 0.0), lambda: n.log_prob(torch.ones(3)), lambda: Bernoulli(probs=torch.tensor([1.5])), lambda: c.log_prob(torch.tensor([5]))]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
loc = torch.tensor([0.5], requires_grad=True)
d = Normal(loc, torch.tensor([1.0]))
lp = d.log_prob(torch.tensor([2.0])).sum()
lp.backward()
print(loc.grad)
