# torch.export (torch/export/__init__.py): ahead-of-time graph capture is not supported by the
# playground yet; torch.compile is (the playground's subject).


def export(*args, **kwargs):
    raise NotImplementedError("not supported by the playground yet: torch.export.export "
                              "(the playground traces with torch.compile)")


class Dim:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("not supported by the playground yet: torch.export.Dim")
