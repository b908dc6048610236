# torch._library: fake classes for TorchScript objects and opaque objects (see the submodules).
from torch._library import fake_class_registry
from torch._library import opaque_object
from torch._library.fake_class_registry import register_fake_class, deregister_fake_class
