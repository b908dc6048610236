# Opaque objects (the legacy, ScriptObject-based kind): a payload wrapped in a ScriptObject of
# class aten::OpaqueObject. Mirrors the older torch/_library/opaque_object.py
# (make_opaque, get_payload, set_payload, FakeOpaqueObject; docs/torchbind.md §8).
import torch

OpaqueTypeStr = "__torch__.torch.classes.aten.OpaqueObject"


class FakeOpaqueObject:
    def __init__(self):
        pass

    @classmethod
    def __obj_unflatten__(cls, flattened_ctx):
        raise RuntimeError("FakeOpaqueObject should not be created through __obj_unflatten__ "
                           "and should be special handled. Please file an issue to Github.")


def make_opaque(payload=None):
    return torch.classes.aten.OpaqueObject(payload)


def get_payload(opaque_object):
    if not is_opaque_type(opaque_object):
        raise ValueError("Tried to get the payload from a non-OpaqueObject.")
    return torch._C._script_object_impl(opaque_object).payload


def set_payload(opaque_object, payload):
    if not is_opaque_type(opaque_object):
        raise ValueError("Tried to set the payload from a non-OpaqueObject.")
    torch._C._script_object_impl(opaque_object).payload = payload


def is_opaque_type(obj):
    return torch._C._is_script_object(obj) and obj._type().qualified_name() == OpaqueTypeStr


torch._library.fake_class_registry.register_fake_class("aten::OpaqueObject", FakeOpaqueObject)
