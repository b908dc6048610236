# torch.nn.utils: gradient clipping (torch/nn/utils/clip_grad.py, the single-tensor path), rnn,
# parametrize / parametrizations, and the hook-based weight_norm and spectral_norm
# (torch/nn/utils/__init__.py's imports).
from torch.nn.utils.clip_grad import clip_grad_norm_, clip_grad_value_
from torch.nn.utils import rnn
from torch.nn.utils.convert_parameters import parameters_to_vector, vector_to_parameters
from torch.nn.utils import parametrize, parametrizations
from torch.nn.utils.weight_norm import weight_norm, remove_weight_norm
from torch.nn.utils.spectral_norm import spectral_norm, remove_spectral_norm
