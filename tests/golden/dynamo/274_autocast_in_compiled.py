# logs: graph_code
# eager-equal
# Spec: docs/eager-semantics.md §Mixed precision — `with torch.autocast(...)` in traced code is
# PyTorch's AutocastModeVariable: entering and leaving are `torch.amp.autocast_mode._enter_autocast`
# / `_exit_autocast` nodes without a stack trace, carrying the bound arguments (device_type, dtype,
# enabled, cache_enabled); torch.cuda.amp.autocast binds its own defaults (float16, cache True).
# Here, as in Hugging Face's rotary embedding, autocast is switched off around float32 math, and a
# CUDA autocast disables itself with its warning (printed once, as the location repeats).
import torch


class Rotary(torch.nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.register_buffer("inv_freq", 1.0 / (10000 ** (torch.arange(0, dim, 2).float() / dim)))

    def forward(self, x, position_ids):
        inv_freq_expanded = self.inv_freq[None, :, None].float().expand(position_ids.shape[0], -1, 1)
        position_ids_expanded = position_ids[:, None, :].float()
        device_type = x.device.type
        with torch.autocast(device_type=device_type, enabled=False):
            freqs = (inv_freq_expanded.float() @ position_ids_expanded.float()).transpose(1, 2)
            emb = torch.cat((freqs, freqs), dim=-1)
            cos = emb.cos()
            sin = emb.sin()
        return cos.to(dtype=x.dtype), sin.to(dtype=x.dtype)


rotary = torch.compile(Rotary(4), backend="eager")
cos, sin = rotary(torch.ones(1, 3, 4), torch.arange(3)[None, :])
print(cos)
print(sin)


@torch.compile(backend="eager")
def g(x):
    with torch.cuda.amp.autocast():
        y = x * 2
    return y


print(g(torch.ones(2)), g(torch.ones(2)))
