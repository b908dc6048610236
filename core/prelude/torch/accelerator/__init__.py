# torch.accelerator as seen on a machine without an accelerator (the playground runs on the CPU
# only): mirrors the answers of torch/accelerator/__init__.py there, so the tutorials' `device =
# torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else "cpu"`
# picks the CPU as it does under PyTorch.


def is_available():
    return False


def device_count():
    return 0


def current_accelerator(check_available=False):
    return None
