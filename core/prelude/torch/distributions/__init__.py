# torch.distributions (torch/distributions/__init__.py): Normal, Categorical, Bernoulli, Uniform,
# kl_divergence and the constraints they use, as PyTorch 2.9 defines them (sampling through the
# same RNG calls, so seeded samples match). The other distributions are not provided yet.
from torch.distributions import constraints
from torch.distributions.bernoulli import Bernoulli
from torch.distributions.categorical import Categorical
from torch.distributions.distribution import Distribution
from torch.distributions.kl import kl_divergence, register_kl
from torch.distributions.normal import Normal
from torch.distributions.uniform import Uniform
