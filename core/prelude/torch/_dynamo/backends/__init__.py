# torch._dynamo.backends: the backend registry (registry.py) and the helpers custom backends are
# written with (common.py). Mirrors torch/_dynamo/backends/__init__.py.
from torch._dynamo.backends import registry
from torch._dynamo.backends import common
