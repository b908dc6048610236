# torch.utils: the parts the playground has (hooks.RemovableHandle).
