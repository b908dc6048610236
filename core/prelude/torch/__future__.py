# Mirrors torch/__future__.py: the two flags of how nn.Module._apply (Module.to(), .float(), ...)
# replaces parameters. The playground's _apply keeps each parameter's identity whichever is set
# (what PyTorch does for plain tensors too: `param.data = new` without the flags, swap_tensors with
# swap_module_params_on_conversion).
_overwrite_module_params_on_conversion: bool = False
_swap_module_params_on_conversion: bool = False


def set_overwrite_module_params_on_conversion(value: bool) -> None:
    global _overwrite_module_params_on_conversion
    _overwrite_module_params_on_conversion = value


def get_overwrite_module_params_on_conversion() -> bool:
    return _overwrite_module_params_on_conversion


def set_swap_module_params_on_conversion(value: bool) -> None:
    global _swap_module_params_on_conversion
    _swap_module_params_on_conversion = value


def get_swap_module_params_on_conversion() -> bool:
    return _swap_module_params_on_conversion
