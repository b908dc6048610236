# torch._inductor: the playground has no Inductor stage (the "inductor" backend runs the graph as
# eager, docs/compiler-api.md "Backends"). What user code and tutorials touch exists so it runs:
# torch._inductor.config's settings (accepted, nothing reads them) and
# torch._inductor.utils.fresh_inductor_cache() (a context manager; there is no cache to empty).
from torch._inductor import config
from torch._inductor import utils
