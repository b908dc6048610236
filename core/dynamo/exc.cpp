// See exc.h.
#include "dynamo/exc.h"

#include <map>

#include "dynamo/graph_break_hints.h"

namespace dp::dynamo {

namespace {

// textwrap.indent(s, "    ") then lstrip of the first line.
std::string indent_continuation(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    if (s[i] == '\n' && i + 1 < s.size() && s[i + 1] != '\n') out += "    ";
  }
  return out;
}

}  // namespace

std::string graph_break_id(const std::string& gb_type) {
  static const std::map<std::string, std::string> ids = {
      {"Attempted to call function marked as skipped", "GB0007"},
      {"Attempted to inline function marked as skipped", "GB0008"},
      {"Call to `torch._dynamo.graph_break()`", "GB0025"},
      {"Data dependent operator", "GB0033"},
      {"Tensor.tolist() with non-integer tensor", "GB0109"},
      {"Dynamo recompile limit exceeded", "GB0039"},
      {"Failed to trace builtin operator", "GB0059"},
      {"Failed to unpack object for UNPACK_SEQUENCE", "GB0063"},
      {"Fake tensor propagation exception", "GB0064"},
      {"Graph break under GenericContextWrappingVariable", "GB0066"},
      {"Limitation of `nonstrict_trace", "GB0078"},
      {"Missing bytecode handler", "GB0082"},
      {"Not a Python constant", "GB0086"},
      {"Observed exception", "GB0088"},
      {"Skip calling `torch.compiler.disable()`d function", "GB0098"},
      {"Skip inlining `torch.compiler.disable()`d function", "GB0099"},
      {"Reconstruction failure", "GB0092"},
      {"TypeError from user code", "GB0111"},
      {"TypeError when making fake tensor call", "GB0112"},
      {"Unsupported Tensor.backward() call", "GB0123"},
      {"Unsupported Tensor.item() call with capture_scalar_outputs=False", "GB0124"},
      {"Unsupported context manager", "GB0142"},
      {"Unsupported function call", "GB0147"},
      {"Unsupported method call", "GB0156"},
      {"Data-dependent branching", "GB0170"},
      {"torch.* op returned non-Tensor", "GB0208"},
      {"Invalid input type for nonstrict_trace-ed function", "GB0236"},
      {"Unsupported output type for nonstrict_trace-ed function", "GB0251"},
      {"unimplemented builtin op on tensor arguments", "GB0213"},
      {"Backend compiler exception", "GB0219"},
      {"FakeScriptObject missing method implementation", "GB0265"},
      {"Weird method call on TorchScript object", "GB0266"},
      {"Attempted to access non-callable attribute of TorchScript object", "GB0267"},
      {"unsupported HigherOrderOperator", "GB0306"},
      {"unsupported HigherOrderOperator function call", "GB0307"},
      {"Attempted to access attributes/methods on an OpaqueObject", "GB0362"},
      {"RuntimeError when making fake tensor call", "GB4315"},
      {"Data dependent operator", "GB0033"},
      {"Dynamic shape operator", "GB0036"},
      {"graph break in loop", "GB7000"},
  };
  auto it = ids.find(gb_type);
  return it == ids.end() ? "" : it->second;
}

std::string graph_break_url(const std::string& gb_type) {
  std::string id = graph_break_id(gb_type);
  if (id.empty()) return "";
  return "https://meta-pytorch.github.io/compile-graph-break-site/gb/gb" + id.substr(2) + ".html";
}

std::string format_graph_break_message(const GraphBreak& gb) {
  std::string msg = gb.gb_type;
  if (!gb.hop_name.empty()) msg += "\n  Higher Order Operator: " + gb.hop_name;
  msg += "\n  Explanation: " + indent_continuation(gb.explanation) + "\n";
  std::string hint_block;
  for (size_t i = 0; i < gb.hints.size(); ++i) {
    if (i) hint_block += "\n";
    hint_block += "  Hint: " + indent_continuation(gb.hints[i]);
  }
  msg += hint_block + "\n\n  Developer debug context: " + indent_continuation(gb.context);
  std::string url = graph_break_url(gb.gb_type);
  if (!url.empty()) msg += "\n\n For more details about this graph break, please visit: " + url;
  return msg;
}

std::string Unsupported::message() const { return format_graph_break_message(gb); }

const char* Unsupported::what() const noexcept {
  what_ = message();
  return what_.c_str();
}

void unimplemented(const std::string& gb_type, const std::string& context, const std::string& explanation,
                   const std::vector<std::string>& hints, bool skip_frame) {
  throw Unsupported(GraphBreak{gb_type, context, explanation, hints, ""}, skip_frame);
}

void observed_exception_graph_break(const std::string& context, bool cannot_resume) {
  Unsupported u(GraphBreak{"Observed exception",
                           context,
                           "Dynamo found no exception handler at the top-level compiled function when encountering an "
                           "exception. Exception will propagate outside the compiled region.",
                           {graph_break_hints::USER_ERROR, graph_break_hints::SUPPORTABLE},
                           ""});
  u.cannot_resume = cannot_resume;
  throw u;
}

void raise_observed_exception(const std::string& exception, const void* exception_object) {
  try {
    observed_exception_graph_break(exception);
  } catch (Unsupported& u) {
    u.folded_exception = exception;
    u.folded_exception_object = exception_object;
    throw;
  }
}

void unimplemented_in_playground(const std::string& what, const std::string& context) {
  unimplemented(
      "Not supported by the playground yet", context,
      "Not supported by the playground yet: " + what +
          ". PyTorch's Dynamo traces this; the playground stops the graph here instead, as it would at a graph break.",
      {});
}

}  // namespace dp::dynamo
