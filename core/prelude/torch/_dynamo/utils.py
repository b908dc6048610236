# torch._dynamo.utils (mirrors torch/_dynamo/utils.py): `counters`, the defaultdict of Counters
# Dynamo bumps while it compiles (core/dynamo/convert_frame.cpp bump_counter). The keys the
# playground maintains, with PyTorch 2.9's meaning:
#   counters["frames"]["total"]  every frame handed to Dynamo for conversion (ConvertFrame.__call__:
#                                a first compile, a recompile, a resume function's frame);
#   counters["frames"]["ok"]     the ones converted without an exception (a frame skipped because of
#                                a graph break it cannot handle, e.g. in a loop, is not "ok");
#   counters["stats"]["unique_graphs"]   graphs handed to the backend;
#   counters["stats"]["calls_captured"]  their call_function/call_method/call_module nodes;
#   counters["graph_break"][msg]  graph breaks taken (the frame compiled up to the break), by the
#                                 graph break's message (Unsupported.msg).
# Not maintained yet (documented in docs/compiler-api.md): "unimplemented" (Unsupported exceptions
# not turned into graph breaks), "inductor", "aot_autograd", "compiled_autograd" and the other
# categories PyTorch's subsystems use.
import collections

counters = collections.defaultdict(collections.Counter)
