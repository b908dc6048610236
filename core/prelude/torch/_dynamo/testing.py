# Test helpers used as backends. Mirrors torch/_dynamo/testing.py (CompileCounter,
# CompileCounterWithBackend, EagerAndRecordGraphs, normalize_gm).
import torch


class CompileCounter:
    def __init__(self):
        self.frame_count = 0
        self.op_count = 0

    def __call__(self, gm, example_inputs):
        self.frame_count += 1
        for node in gm.graph.nodes:
            if "call" in node.op:
                self.op_count += 1
        return gm.forward

    def clear(self):
        self.frame_count = 0
        self.op_count = 0


class CompileCounterWithBackend:
    def __init__(self, backend):
        self.frame_count = 0
        self.op_count = 0
        self.backend = backend
        self.graphs = []

    def __call__(self, gm, example_inputs):
        self.frame_count += 1
        for node in gm.graph.nodes:
            if "call" in node.op:
                self.op_count += 1
        self.graphs.append(gm)
        if isinstance(self.backend, str):
            return gm.forward
        return self.backend(gm, example_inputs)


class EagerAndRecordGraphs:
    def __init__(self):
        self.graphs = []

    def __call__(self, gm, example_inputs):
        self.graphs.append(gm)
        return gm.forward


class AotEagerAndRecordGraphs(EagerAndRecordGraphs):
    pass


def _strip_comment(code):
    lines = [line for line in code.split("\n") if not line.lstrip().startswith("#")]
    return "\n".join(lines)


def _remove_trailing_space(code):
    return "\n".join([line.rstrip() for line in code.split("\n")])


def normalize_gm(gm_str):
    return _remove_trailing_space(_strip_comment(gm_str))
