# torch.testing: assert_close for tensors.
import torch


def assert_close(actual, expected, *, rtol=None, atol=None, msg=None):
    if rtol is None:
        rtol = 1.3e-6
    if atol is None:
        atol = 1e-5
    if not torch.allclose(actual, expected, rtol=rtol, atol=atol):
        raise AssertionError(msg or "Tensor-likes are not close!")
