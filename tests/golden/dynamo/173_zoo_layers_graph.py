# logs: graph_code
# Spec: docs/models.md §Ops the zoo needs — the zoo's layers as modules: their forward methods are
# inlined, so the graph shows the functional call with the module's attributes as constants, as
# PyTorch 2.9 prints them: nn.Conv1d -> torch.conv1d(x, w, b, (1,), (1,), (1,), 1);
# nn.ConvTranspose2d -> torch.conv_transpose2d(x, w, b, (2, 2), (0, 0), (0, 0), 1, (1, 1));
# nn.AvgPool2d -> torch._C._nn.avg_pool2d(x, 2, 2, 0, False, True, None); nn.Upsample ->
# torch.nn.functional.interpolate(x, None, 2.0, 'bilinear', False, recompute_scale_factor = None).
import torch
import torch.nn as nn


class Layers(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1d = nn.Conv1d(2, 2, 3, padding=1)
        self.up_conv = nn.ConvTranspose2d(2, 1, 2, stride=2)
        self.pool = nn.AvgPool2d(2)
        self.up = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)

    def forward(self, x):
        s = self.conv1d(x.flatten(2))
        y = self.up_conv(s.view(x.shape))
        return self.up(self.pool(y))


torch.manual_seed(0)
model = Layers()
x = torch.randn(1, 2, 2, 2)
out = torch.compile(model, backend="eager")(x)
print(out.shape, "same as eager:", torch.equal(out, model(x)))
