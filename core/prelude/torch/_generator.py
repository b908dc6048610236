# torch._C.Generator for the default CPU generator (torch/csrc/Generator.cpp) and
# torch.manual_seed / torch.seed / torch.initial_seed (torch/random.py). The generator's state
# lives natively (core/torch/random.h). Generators of one's own (torch.Generator()) are not
# supported by the playground yet.
import torch

# Seeding inside a compiled function must happen when the function runs, not while it is traced:
# Dynamo does not trace torch.manual_seed (trace_rules marks it skipped), so a call graph-breaks
# and runs eagerly between the graphs.
__dynamo_skip__ = "torch.manual_seed and the default generator's methods are skipped by trace_rules"

_native_manual_seed = torch.manual_seed
_native_initial_seed = torch.initial_seed


class Generator:
    __module__ = "torch._C"

    def __init__(self, device="cpu"):
        raise NotImplementedError("not supported by the playground yet: torch.Generator() objects other than "
                                  "torch.default_generator")

    @property
    def device(self):
        return torch.device("cpu")

    def manual_seed(self, seed):
        seed = int(seed)
        _native_manual_seed(seed % (1 << 64) - (1 << 64) if seed % (1 << 64) >= (1 << 63) else seed % (1 << 64))
        return self

    def initial_seed(self):
        s = _native_initial_seed()
        return s + (1 << 64) if s < 0 else s


default_generator = object.__new__(Generator)


def manual_seed(seed):
    seed = int(seed)
    return default_generator.manual_seed(seed)


def initial_seed():
    return default_generator.initial_seed()
