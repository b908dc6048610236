# Mirrors torch/utils/hooks.py RemovableHandle: what Tensor.register_hook and the nn.Module
# register_*_hook methods return; remove() takes the hook away. Ids come from one counter shared by
# every handle, as in PyTorch (RemovableHandle.next_id).
class RemovableHandle:
    next_id = 0

    def __init__(self, remover):
        self._remover = remover
        self.id = RemovableHandle.next_id
        RemovableHandle.next_id += 1

    def remove(self):
        if self._remover is not None:
            self._remover()
            self._remover = None

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.remove()
