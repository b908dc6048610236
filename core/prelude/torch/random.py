# torch.random (torch/random.py): the default generator's seeding and state, and fork_rng.
import contextlib

from torch._generator import manual_seed, initial_seed, seed, get_rng_state, set_rng_state


@contextlib.contextmanager
def fork_rng(devices=None, enabled=True, _caller="fork_rng", _devices_kw="devices", device_type="cuda"):
    # The CPU generator's state is saved and restored around the block (the playground has no
    # other device to fork).
    if not enabled:
        yield
        return
    state = get_rng_state()
    try:
        yield
    finally:
        set_rng_state(state)
