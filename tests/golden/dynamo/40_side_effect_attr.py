# Spec: docs/dynamo-formats.md §5; attribute stores on objects from outside the frame are replayed after the graph
# eager-equal
import torch


class State:
    def __init__(self):
        self.count = 0
        self.last = None


state = State()


def step(x):
    state.count = state.count + 1
    state.last = x * 2
    return state.last + state.count


cf = torch.compile(step, backend="eager")
print(cf(torch.ones(2)))
print(state.count, state.last)
print(cf(torch.ones(2)))
print(state.count, state.last)
