// Mirrors torch/_dynamo/graph_break_registry.json: the gb_types of PyTorch's Dynamo that the
// playground raises, each with its registry id (the graph break's page on the registry site is
// built from it; exc.cpp graph_break_url). This list is the only place a PyTorch gb_type is
// declared: tests/cpp/core/honest_limits_test.cpp checks that every `unimplemented(...)` call site
// and every GraphBreak built in core/dynamo uses a gb_type listed here, or the playground's own
// "Not supported by the playground yet" (exc.cpp unimplemented_in_playground), and that no call
// site under a PyTorch gb_type talks about the playground (a limitation dressed as Dynamo's).
// An empty id: a gb_type PyTorch raises (the file is named) whose registry entry was not found in
// the registry version read; the message then has no "For more details" link. docs/dynamo-formats.md
// §Graph-break messages explains the link.
#include "dynamo/exc.h"

namespace dp::dynamo {

const std::vector<GraphBreakRegistryEntry>& graph_break_registry() {
  static const std::vector<GraphBreakRegistryEntry> entries = {
      {"GB0003", "Attempt to trace generator"},
      {"GB0007", "Attempted to call function marked as skipped"},
      {"GB0014", "Attempted to wrap RNN, GRU, or LSTM"},
      {"GB0222", "Attempted to wrap a set with tensors"},
      {"GB0008", "Attempted to inline function marked as skipped"},
      {"GB0025", "Call to `torch._dynamo.graph_break()`"},
      {"", "Call to `torch._dynamo.skip_frame()`"},  // variables/misc.py
      {"GB0033", "Data dependent operator"},
      {"GB0039", "Dynamo recompile limit exceeded"},
      {"GB0055", "Failed to convert args/kwargs to proxy"},
      {"GB0059", "Failed to trace builtin operator"},
      {"GB0045", "Encountered tensor.is_inference() during tracing"},
      {"GB0046", "Encountered torch.is_inference_mode_enabled during tracing"},
      {"GB0062", "Failed to unpack object for UNPACK_EX"},
      {"GB0063", "Failed to unpack object for UNPACK_SEQUENCE"},
      {"GB0064", "Fake tensor propagation exception"},
      {"GB0066", "Graph break under GenericContextWrappingVariable"},
      {"GB0078", "Limitation of `nonstrict_trace"},
      {"GB0082", "Missing bytecode handler"},
      {"GB0086", "Not a Python constant"},
      {"GB0088", "Observed exception"},
      {"GB0098", "Skip calling `torch.compiler.disable()`d function"},
      {"GB0099", "Skip inlining `torch.compiler.disable()`d function"},
      {"GB0092", "Reconstruction failure"},
      {"", "Generator reconstruction with mutations"},  // side_effects.py check_allowed_side_effect
      {"GB0109", "Tensor.tolist() with non-integer tensor"},
      {"GB0111", "TypeError from user code"},
      {"GB0112", "TypeError when making fake tensor call"},
      {"GB0123", "Unsupported Tensor.backward() call"},
      {"GB0124", "Unsupported Tensor.item() call with capture_scalar_outputs=False"},
      {"GB0142", "Unsupported context manager"},
      {"GB0236", "Invalid input type for nonstrict_trace-ed function"},
      {"GB0251", "Unsupported output type for nonstrict_trace-ed function"},
      {"GB0147", "Unsupported function call"},
      {"GB0156", "Unsupported method call"},
      {"GB0170", "Data-dependent branching"},
      {"GB0208", "torch.* op returned non-Tensor"},
      {"GB0213", "unimplemented builtin op on tensor arguments"},
      {"GB0219", "Backend compiler exception"},
      {"GB0265", "FakeScriptObject missing method implementation"},
      {"GB0266", "Weird method call on TorchScript object"},
      {"GB0267", "Attempted to access non-callable attribute of TorchScript object"},
      {"GB0306", "unsupported HigherOrderOperator"},
      {"GB0307", "unsupported HigherOrderOperator function call"},
      {"GB0362", "Attempted to access attributes/methods on an OpaqueObject"},
      {"GB4315", "RuntimeError when making fake tensor call"},
      {"GB0036", "Dynamic shape operator"},
      {"GB7000", "graph break in loop"},
      {"", "Unsupported graph break in try block"},       // convert_frame.py
      {"", "getattr() with non-constant name argument"},  // variables/builtin.py
  };
  return entries;
}

}  // namespace dp::dynamo
