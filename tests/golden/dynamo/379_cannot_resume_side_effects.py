# logs: graph_breaks,graph_code,recompiles
# eager-equal
# Spec: docs/compiler-api.md "A graph break Dynamo cannot resume from" — the side effects traced
# before the checkpoint (an attribute store on an input object, a list append, a dict store) are
# replayed after the partial graph, before the rest of the frame runs eagerly; the ones after the
# checkpoint happen in the eager rest. The restarted trace sees the frame afresh, so nothing traced
# past the checkpoint in the first trace leaks into the graph or its side effects. The partial
# graph read `st.steps`, so a later call with another value recompiles, again up to the checkpoint.
import torch

log = []
seen = {}


class State:
    def __init__(self):
        self.steps = 0


def step(x, st, other):
    st.steps = st.steps + 1
    log.append("before")
    seen["n"] = st.steps
    y = x * 2
    y = y + st.steps
    if st is other:
        log.append("same")
    log.append("after")
    st.steps = st.steps + 10
    return y.sum() + seen["n"]


st = State()
f = torch.compile(step, backend="eager")
print(f(torch.ones(2), st, State()), st.steps, log, seen)
print(f(torch.ones(2), st, st), st.steps, log, seen)
