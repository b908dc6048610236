# torch.nn: Module, Parameter and a few layers (the Python parts of PyTorch's torch/nn).
import torch
from torch.nn import functional
from torch.nn import utils
from torch.nn import init
from torch.nn.modules.module import Module
from torch.nn.modules.layers import Linear, ReLU, Sequential, Identity, Flatten, Unflatten, Softmax, GELU, Tanh, Sigmoid, ModuleList
from torch.nn.modules.layers import ModuleDict, Conv2d, BatchNorm1d, BatchNorm2d, MaxPool2d, AdaptiveAvgPool2d
from torch.nn.modules.layers import (Dropout, LeakyReLU, ELU, Softplus, Hardtanh, ReLU6, SiLU, LogSoftmax, LayerNorm,
                                     Embedding, MSELoss, NLLLoss, CrossEntropyLoss, L1Loss, BCELoss,
                                     BCEWithLogitsLoss)

from torch.nn.modules.conv import Conv1d, ConvTranspose2d
from torch.nn.modules.fold import Fold, Unfold
from torch.nn.modules.pooling import AvgPool2d, MaxUnpool2d, MaxPool1d, AvgPool1d, AdaptiveAvgPool1d
from torch.nn.modules.layers import InstanceNorm1d, InstanceNorm2d, Dropout1d, Dropout2d
from torch.nn.modules.layers import SmoothL1Loss, HuberLoss, KLDivLoss, GroupNorm
from torch.nn.modules.upsampling import Upsample
from torch.nn.modules.padding import (CircularPad1d, CircularPad2d, ConstantPad1d, ConstantPad2d, ConstantPad3d,
                                      ReflectionPad1d, ReflectionPad2d, ReplicationPad1d, ReplicationPad2d, ZeroPad1d,
                                      ZeroPad2d)
from torch.nn.modules.distance import PairwiseDistance, CosineSimilarity
from torch.nn.modules.activation import (MultiheadAttention, Threshold, Hardsigmoid, Hardswish, Mish, SELU, CELU,
                                         Hardshrink, Softshrink, LogSigmoid, Softsign, Tanhshrink, Softmin, PReLU,
                                         GLU)
from torch.nn.modules.transformer import (Transformer, TransformerEncoder, TransformerDecoder, TransformerEncoderLayer,
                                          TransformerDecoderLayer)
from torch.nn.modules.pixelshuffle import PixelShuffle, PixelUnshuffle
from torch.nn.modules.sparse import EmbeddingBag
from torch.nn.modules.rnn import RNNBase, RNN, LSTM, GRU, RNNCellBase, RNNCell, LSTMCell, GRUCell
from torch.nn.modules.container import ParameterList, ParameterDict
from torch.nn.modules.linear import Bilinear
from torch.nn import parallel
from torch.nn.parallel import DataParallel

Parameter = torch._Parameter

# torch.pixel_shuffle / torch.pixel_unshuffle are the functions F.pixel_shuffle / F.pixel_unshuffle.
torch.pixel_shuffle = functional.pixel_shuffle
torch.pixel_unshuffle = functional.pixel_unshuffle
