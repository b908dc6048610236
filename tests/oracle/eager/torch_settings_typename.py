# Process settings programs set at the top (threads, matmul precision, deterministic algorithms,
# the default dtype), torch.typename, nn.utils.parameters_to_vector / vector_to_parameters, and the
# classes of nn modules as type() prints them (PyTorch's module files).
import torch
torch.set_num_threads(1)
print(torch.get_num_threads())
torch.set_float32_matmul_precision("high")
print(torch.get_float32_matmul_precision())
torch.use_deterministic_algorithms(True)
print(torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled(), torch.get_deterministic_debug_mode())
torch.use_deterministic_algorithms(False)
torch.set_deterministic_debug_mode("warn"); print(torch.get_deterministic_debug_mode())
torch.set_deterministic_debug_mode(0)
print(torch.is_complex(torch.ones(1)), torch.is_signed(torch.ones(1, dtype=torch.uint8)), torch.ones(1).is_signed(), torch.ones(2).get_device(), torch.is_same_size(torch.ones(2), torch.zeros(2)))
torch.set_default_dtype(torch.float32)
print(torch.get_default_dtype(), torch.is_storage(torch.ones(1)), torch.is_warn_always_enabled())
for bad in (lambda: torch.set_default_dtype(torch.int64), lambda: torch.set_deterministic_debug_mode("x")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
import torch.nn as nn
torch.manual_seed(0)
m = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))
v = nn.utils.parameters_to_vector(m.parameters())
print(v)
nn.utils.vector_to_parameters(torch.arange(13.), m.parameters())
print(m[0].weight, m[1].bias)
print(nn.utils.parameters_to_vector(m[0].weight))
try:
    nn.utils.vector_to_parameters([1, 2], m.parameters())
except TypeError as e:
    print(e)
print(torch.typename(torch.ones(1)), torch.typename(3), torch.typename(m))
print(torch.typename(torch.ones(1, dtype=torch.long)), torch.typename(torch.nn.Linear), torch.typename(len), torch.typename("s"), torch.typename(print))
def f(): pass
print(torch.typename(f), torch.typename(torch.float32))
mods = [nn.Linear(1, 1), nn.Identity(), nn.ReLU(), nn.Flatten(), nn.Sequential(), nn.ModuleList(), nn.ModuleDict(), nn.Dropout(), nn.LayerNorm(2), nn.GroupNorm(1, 2),
        nn.Embedding(2, 2), nn.MSELoss(), nn.CrossEntropyLoss(), nn.Conv2d(1, 1, 1), nn.BatchNorm2d(2), nn.MaxPool2d(2), nn.AdaptiveAvgPool2d(1), nn.InstanceNorm1d(2),
        nn.Softmax(dim=1), nn.LogSoftmax(dim=1), nn.SiLU(), nn.GELU(), nn.Tanh(), nn.Sigmoid(), nn.LeakyReLU(), nn.ELU(), nn.Softplus(), nn.Hardtanh(), nn.ReLU6(),
        nn.Unflatten(1, (1, 1)), nn.Dropout1d(), nn.Dropout2d(), nn.BatchNorm1d(2), nn.InstanceNorm2d(2), nn.L1Loss(), nn.BCELoss(), nn.BCEWithLogitsLoss(), nn.NLLLoss(),
        nn.SmoothL1Loss(), nn.HuberLoss(), nn.KLDivLoss(), nn.Conv1d(1, 1, 1), nn.ConvTranspose2d(1, 1, 1), nn.LSTM(1, 1), nn.GRU(1, 1), nn.RNN(1, 1), nn.MultiheadAttention(2, 1),
        nn.TransformerEncoderLayer(2, 1), nn.Upsample(scale_factor=2), nn.PixelShuffle(2), nn.ZeroPad2d(1), nn.ReflectionPad1d(1), nn.AvgPool2d(2), nn.MaxPool1d(2),
        nn.CosineSimilarity(), nn.ParameterList(), nn.ParameterDict(), nn.Bilinear(1, 1, 1), nn.PReLU(), nn.Mish(), nn.Hardswish(), nn.Softsign(), nn.Threshold(0.1, 0.0),
        nn.Unfold(2), nn.EmbeddingBag(2, 2), nn.LSTMCell(1, 1)]
for m in mods:
    print(type(m))
