# torch._functorch.batch_norm_replacement (mirrors torch/_functorch/batch_norm_replacement.py):
# replace_all_batch_norm_modules_ makes every BatchNorm of a module stop tracking running stats
# (running_mean/running_var become None), so that vmap over it does not update shared buffers.
from torch.nn.modules.layers import _BatchNorm


def batch_norm_without_running_stats(module):
    if isinstance(module, _BatchNorm) and module.track_running_stats:
        module.running_mean = None
        module.running_var = None
        module.num_batches_tracked = None
        module.track_running_stats = False


def replace_all_batch_norm_modules_(root):
    """In place updates :attr:`root` by setting the ``running_mean`` and ``running_var`` to be None
    and setting track_running_stats to be False for any nn.BatchNorm module in :attr:`root`"""
    # base case
    batch_norm_without_running_stats(root)
    for obj in root.modules():
        batch_norm_without_running_stats(obj)
    return root
