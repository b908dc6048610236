# Dropout3d, AlphaDropout, FeatureAlphaDropout, mirroring torch/nn/modules/dropout.py (the alpha
# dropouts only outside training: their masks are refused in training, see F.alpha_dropout).
from torch.nn.modules.layers import Dropout as _DropoutNd
from torch.nn import functional as F


class Dropout3d(_DropoutNd):
    def forward(self, input):
        return F.dropout3d(input, self.p, self.training, self.inplace)


class AlphaDropout(_DropoutNd):
    def forward(self, input):
        return F.alpha_dropout(input, self.p, self.training)


class FeatureAlphaDropout(_DropoutNd):
    def forward(self, input):
        return F.feature_alpha_dropout(input, self.p, self.training)
