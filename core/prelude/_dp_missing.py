# What the playground says when an attribute or a module is missing and PyTorch 2.9 or CPython 3.11
# has it (docs/upstream-names.md): the usual AttributeError / ModuleNotFoundError text, followed by
# a note, so that a learner does not take a playground gap for something PyTorch or Python lacks.
# The runtime calls these only for public names (no leading underscore) of torch's modules,
# tensors, nn.Module and for failed imports; the names come from _dp_upstream (generated).
import _dp_upstream


def attribute_note(owner, name):
    """The note for `owner.name` (owner: a key of _dp_upstream.ATTRIBUTES), or ''."""
    names = _dp_upstream.ATTRIBUTES.get(owner)
    if names is not None and name not in names and owner + "." + name in _dp_upstream.TORCH_MODULES:
        # A submodule (private ones too: torch._subclasses), reached as an attribute.
        return " (not supported by the playground yet: " + owner + "." + name + " exists in PyTorch 2.9)"
    if names is None or name not in names:
        return ""
    label = owner
    if owner == "torch.Tensor":
        label = "Tensor"
    elif owner == "torch.nn.Module":
        label = "nn.Module"
    return " (not supported by the playground yet: " + label + "." + name + " exists in PyTorch 2.9)"


def module_note(dotted):
    """The note for a module that could not be imported, or ''."""
    top = dotted.split(".")[0]
    if top == "torch":
        if dotted in _dp_upstream.TORCH_MODULES:
            return " (not supported by the playground yet: " + dotted + " exists in PyTorch 2.9)"
        return ""
    if top in _dp_upstream.STDLIB_MODULES:
        return " (not supported by the playground yet: " + dotted + " is in Python 3.11's standard library)"
    if top.startswith("_"):
        return ""
    return " (not supported by the playground yet: packages other than torch and Python's standard library)"
