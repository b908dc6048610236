# torch.nn.init as model code uses it: seeded initializers draw PyTorch's values.
import math
import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.empty(3, 5)
for name, f in [("uniform_", lambda t: nn.init.uniform_(t, -0.5, 0.5)), ("normal_", lambda t: nn.init.normal_(t, 0, 0.02)),
                ("constant_", lambda t: nn.init.constant_(t, 0.3)), ("ones_", nn.init.ones_), ("zeros_", nn.init.zeros_),
                ("eye_", nn.init.eye_), ("xavier_uniform_", nn.init.xavier_uniform_),
                ("xavier_normal_", lambda t: nn.init.xavier_normal_(t, gain=nn.init.calculate_gain("tanh"))),
                ("kaiming_uniform_", lambda t: nn.init.kaiming_uniform_(t, a=math.sqrt(5))),
                ("kaiming_normal_", lambda t: nn.init.kaiming_normal_(t, mode="fan_out", nonlinearity="relu"))]:
    r = f(w)
    print(name, r is w, w)
print(nn.init.calculate_gain("leaky_relu", 0.2), nn.init.calculate_gain("relu"), nn.init.calculate_gain("selu"))
for bad in [lambda: nn.init.xavier_uniform_(torch.empty(3)), lambda: nn.init.calculate_gain("cosine"),
            lambda: nn.init.kaiming_uniform_(torch.empty(2, 2), mode="fan"), lambda: nn.init.eye_(torch.empty(2, 2, 2))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
conv = nn.Conv2d(2, 4, 3)
nn.init.kaiming_normal_(conv.weight, mode="fan_out", nonlinearity="relu")
nn.init.zeros_(conv.bias)
print(conv.weight.std().item() > 0, conv.bias, conv.weight.requires_grad, conv.weight.grad_fn)
lin = nn.Linear(4, 2)
nn.init.xavier_uniform_(lin.weight)
print(lin.weight)
print(lin(torch.ones(1, 4)))
