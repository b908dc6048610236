# torch._subclasses.fake_tensor.FakeTensorMode, reduced to what the playground's fake mode gives
# (the mode Dynamo traces in): inside `with FakeTensorMode():` factories and ops make fake tensors
# (metadata only, printed `FakeTensor(..., size=(2, 3))`), and custom operators run their fake
# kernels (register_fake). Not modelled: from_tensor (converting real tensors), FakeTensor as a
# class to check with isinstance, the mode's options (allow_non_fake_inputs, shape_env, ...).
import torch


class FakeTensorMode:
    def __init__(self, *, allow_fallback_kernels=True, allow_non_fake_inputs=False, shape_env=None,
                 static_shapes=None, export=False):
        self._prev = []

    def __enter__(self):
        self._prev.append(torch._C._dynamo._set_fake_mode(True))
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        torch._C._dynamo._set_fake_mode(self._prev.pop())
        return False
