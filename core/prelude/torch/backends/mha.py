# torch.backends.mha (torch/backends/mha/__init__.py): the switch of the inference fast path of
# nn.MultiheadAttention and nn.TransformerEncoder(Layer). The playground always runs their Python
# path (docs/models.md, "Transformer layers"), whose values the fast path only rounds differently;
# the flag is kept for programs that read or set it.
_is_fastpath_enabled = True


def get_fastpath_enabled():
    return _is_fastpath_enabled


def set_fastpath_enabled(value):
    global _is_fastpath_enabled
    if not isinstance(value, bool):
        raise TypeError("set_fastpath_enabled only takes bool as input")
    _is_fastpath_enabled = value
