# The model-zoo layers where PyTorch 2.x prints differently from the 1.13 that checks
# tests/oracle/eager/ops_zoo_conv.py (the values are checked there): nn.Upsample's repr quotes the
# mode (2.x upsampling.py uses repr(self.mode)); F.interpolate's results have grad_fn
# UpsampleNearest2DBackward0 / UpsampleBilinear2DBackward0 (2.x decomposes the .vec overloads,
# 1.13 printed ...Backward1); avg_pool2d checks its padding in pooling_output_shape, with the
# "effective kernel size" text; a negative int repeat_interleave is checked by 2.x's int overload
# ("Repeats must be non-negative"; 1.13 went through the tensor overload); the grad_fn names of conv1d, conv_transpose2d, avg_pool2d, scatter,
# scatter_add and repeat_interleave (2.x flattens an expanded copy: ViewBackward0);
# F.scaled_dot_product_attention's argument checks (validate_sdpa_input; 1.13 has no SDPA), whose
# dtypes print as caffe2 TypeMeta names ("float", "long int").
import torch
import torch.nn as nn
import torch.nn.functional as F

print(nn.Upsample(scale_factor=2, mode="nearest"), nn.Upsample(size=(4, 4), mode="bilinear"))
print(nn.Upsample(scale_factor=(2, 3)))
x = torch.arange(16.).reshape(1, 1, 4, 4).requires_grad_()
print(F.interpolate(x, scale_factor=2).grad_fn.name())
print(F.interpolate(x, size=(3, 3), mode="bilinear", align_corners=True).grad_fn.name())
print(F.avg_pool2d(x, 2).grad_fn.name())
print(F.conv1d(x[0], torch.ones(2, 4, 1)).grad_fn.name())
print(F.conv_transpose2d(x, torch.ones(1, 2, 2, 2)).grad_fn.name())
print(torch.zeros(2, 4).scatter(0, torch.tensor([[1, 0]]), x[0, 0, :1, :2]).grad_fn.name())
print(x.scatter(2, torch.tensor([[[[1], [0]]]]), 2.0).grad_fn.name())
print(torch.zeros(2, 4).scatter_add(0, torch.tensor([[1, 0]]), x[0, 0, :1, :2]).grad_fn.name())
print(x.repeat_interleave(2, dim=3).grad_fn.name(), x.repeat_interleave(torch.tensor([1, 2, 0, 1]), dim=2).grad_fn.name())
try:
    F.avg_pool2d(torch.randn(1, 1, 4, 4), 2, padding=2)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.tensor([1, 2]).repeat_interleave(-1)
except RuntimeError as e:
    print(type(e).__name__, e)
q = torch.ones(2, 3)
for kw in [dict(key=torch.ones(2, 3, dtype=torch.float64)), dict(query=torch.ones(3), key=torch.ones(3), value=torch.ones(3)),
           dict(attn_mask=torch.ones(2, 2, dtype=torch.long)),
           dict(attn_mask=torch.ones(2, 2, dtype=torch.bool), is_causal=True)]:
    args = dict(query=q, key=q, value=q)
    args.update(kw)
    try:
        F.scaled_dot_product_attention(**args)
    except RuntimeError as e:
        print(type(e).__name__, e)
