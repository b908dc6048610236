# Spec: docs/eager-semantics.md §Output layout — an elementwise result is laid out as ATen's
# TensorIterator lays it: contiguous when every input is, the inputs' strides when they share a
# non-overlapping and dense layout, otherwise the dimensions ordered by the first input whose
# strides tell them apart; clone / *_like / to / the dtype methods keep a dense input's strides
# (memory_format=torch.preserve_format) unless asked for torch.contiguous_format; random fills
# (rand_like, uniform_, normal_, random_) lay their sequence down in that iteration order, which
# is memory order. Checked line by line against PyTorch 1.13.
import torch
import torch.nn.functional as F
x = torch.arange(24.).reshape(2, 3, 2, 2)
print((x.transpose(0, 1) + 1).stride())
a = torch.ones(2, 3).t()
print((a + 1).stride(), (a * a).is_contiguous(), torch.relu(a).stride(), (a > 0).stride(), torch.where(a > 0, a, 0.0).stride())
b = torch.ones(4, 6)[:, ::2]
print((b + 1).stride(), (b + b).stride(), (1 - a).stride(), (2 / a).stride(), a.clamp(0, 1).stride(), torch.sigmoid(a).stride())
c = torch.ones(3, 1).expand(3, 4)
print((c + 1).stride(), (a + torch.ones(3, 2)).stride(), (torch.ones(3, 2) + a).stride())
p = torch.randn(2, 3, 4).permute(2, 0, 1)
print((p * 2).stride(), (p + torch.ones(4, 2, 3)).stride(), (p + torch.ones(3)).stride(), (p.exp() + p).stride())
q = torch.randn(2, 1, 4).permute(2, 1, 0)
print((q + 1).stride(), (q + torch.ones(4, 5, 2)).stride())
y = a * 2
print(y.t().view(-1))
a = torch.ones(2, 3).t()
b = torch.ones(4, 6)[:, ::2]
c = torch.ones(3, 1).expand(3, 4)
for t in (a, b, c):
    print(t.clone().stride(), torch.empty_like(t).stride(), torch.zeros_like(t).stride(), torch.ones_like(t).stride(), torch.full_like(t, 2).stride(), torch.rand_like(t).stride(), t.double().stride(), t.to(torch.int64).stride(), t.clone(memory_format=torch.contiguous_format).stride())
    print(F.gelu(t).stride(), F.softmax(t, -1).stride(), F.dropout(t, 0.0).stride(), torch.addcmul(t, t, t).stride(), torch.lerp(t, t, 0.5).stride(), torch.pow(t, 2).stride(), F.silu(t).stride(), F.leaky_relu(t).stride(), torch.tanh(t).stride(), t.abs().stride(), (-t).stride(), t.neg().stride())
    print(F.layer_norm(t, t.shape[-1:]).stride(), t.sum(0, keepdim=True).stride(), t.cumsum(0).stride(), torch.nan_to_num(t).stride(), F.elu(t).stride(), F.hardtanh(t).stride(), t.masked_fill(t > 0, 1).stride(), t.sqrt().stride(), torch.maximum(t, t).stride())
torch.manual_seed(0)
a = torch.ones(2, 3).t()
print(torch.rand_like(a))
print(torch.randn_like(a))
x = torch.zeros(3, 4).t()
x.uniform_()
print(x)
x.normal_()
print(x)
y = torch.zeros(4, 6)[:, ::2]
y.uniform_()
print(y)
print(torch.bernoulli(torch.full((3, 2), 0.5).t()))
z = torch.zeros(5, 4).t()
z.random_(0, 10)
print(z)
print(torch.nn.init.kaiming_uniform_(torch.empty(4, 3).t()))
print(a.clone(memory_format=torch.contiguous_format).stride(), torch.empty_like(a, memory_format=torch.contiguous_format).stride())
