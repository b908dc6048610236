# torch._C.Generator for the default CPU generator (torch/csrc/Generator.cpp) and
# torch.manual_seed / torch.seed / torch.initial_seed / get_rng_state / set_rng_state
# (torch/random.py). The generators' states live natively (core/torch/random.h); a Generator
# holds its id there (0: the default generator), which ops' generator= arguments receive.
import torch

# Seeding inside a compiled function must happen when the function runs, not while it is traced:
# Dynamo does not trace torch.manual_seed (trace_rules marks it skipped), so a call graph-breaks
# and runs eagerly between the graphs.
__dynamo_skip__ = "torch.manual_seed and the default generator's methods are skipped by trace_rules"



def _to_signed(seed):
    seed = int(seed) % (1 << 64)
    return seed - (1 << 64) if seed >= (1 << 63) else seed


def _to_unsigned(s):
    return s + (1 << 64) if s < 0 else s


class Generator:
    __module__ = "torch._C"

    def __init__(self, device="cpu"):
        if str(device) != "cpu":
            raise RuntimeError("not supported by the playground yet: torch.Generator(device=" + repr(str(device)) + ")")
        self._gen_id = torch._generator_new()

    @property
    def device(self):
        return torch.device("cpu")

    def manual_seed(self, seed):
        torch._generator_manual_seed(self._gen_id, _to_signed(seed))
        return self

    def initial_seed(self):
        return _to_unsigned(torch._generator_initial_seed(self._gen_id))

    def seed(self):
        return _to_unsigned(torch._generator_seed(self._gen_id))

    def get_state(self):
        return torch._generator_get_state(self._gen_id)

    def set_state(self, new_state):
        if not isinstance(new_state, torch.Tensor):
            raise TypeError("expected a torch.ByteTensor, but got " + type(new_state).__name__)
        torch._generator_set_state(self._gen_id, new_state)
        return self


default_generator = object.__new__(Generator)
default_generator._gen_id = 0


def manual_seed(seed):
    seed = int(seed)
    return default_generator.manual_seed(seed)


def initial_seed():
    return default_generator.initial_seed()


def seed():
    return default_generator.seed()


def get_rng_state():
    return default_generator.get_state()


def set_rng_state(new_state):
    default_generator.set_state(new_state)
