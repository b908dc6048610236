# Mirrors torch/utils/hooks.py RemovableHandle: what Tensor.register_hook returns; remove() takes
# the hook away (the native side keeps the hooks, docs/autograd.md).
class RemovableHandle:
    def __init__(self, remover, id):
        self._remover = remover
        self.id = id

    def remove(self):
        if self._remover is not None:
            self._remover()
            self._remover = None

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.remove()
