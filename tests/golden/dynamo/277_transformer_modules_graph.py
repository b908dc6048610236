# logs: graph_code
# eager-equal
# Spec: docs/models.md §Transformer layers — nn.TransformerEncoderLayer traces like other modules:
# its MultiheadAttention is one torch.nn.functional.multi_head_attention_forward node (PyTorch's
# trace_rules list it as an in-graph function; need_weights=False from _sa_block), then dropout,
# layer_norm, linear and relu nodes from its submodules; a MultiheadAttention called directly returns
# the node's two outputs (the head-averaged weights); nn.EmbeddingBag is one
# torch.nn.functional.embedding_bag node and nn.PixelShuffle one torch.pixel_shuffle node (a C
# builtin in PyTorch). Each compiled call returns what eager returns.
import torch
import torch.nn as nn


torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=4, nhead=2, dim_feedforward=8, dropout=0.0, batch_first=True)
mha = nn.MultiheadAttention(4, 2)
bag = nn.EmbeddingBag(6, 2, mode="max")
shuffle = nn.PixelShuffle(2)


def encode(x):
    return layer(x)


def attend(q, kpm):
    return mha(q, q, q, key_padding_mask=kpm)


def pool(idx, offsets):
    return bag(idx, offsets)


def upscale(img):
    return shuffle(img)


x = torch.randn(2, 3, 4)
print("encoder layer same as eager:", torch.equal(torch.compile(encode, backend="eager")(x), encode(x)))

q = torch.randn(3, 1, 4)
kpm = torch.tensor([[False, False, True]])
out, weights = torch.compile(attend, backend="eager")(q, kpm)
eager_out, eager_weights = attend(q, kpm)
print("attention same as eager:", torch.equal(out, eager_out), torch.equal(weights, eager_weights))

idx = torch.tensor([0, 5, 2, 2, 1])
offsets = torch.tensor([0, 2])
print("embedding bag same as eager:", torch.equal(torch.compile(pool, backend="eager")(idx, offsets), pool(idx, offsets)))

img = torch.randn(1, 4, 2, 2)
print("pixel shuffle same as eager:", torch.equal(torch.compile(upscale, backend="eager")(img), upscale(img)))
