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
  static const std::map<std::string, std::string> ids = [] {
    std::map<std::string, std::string> m;
    for (const auto& e : graph_break_registry()) m[e.gb_type] = e.id;
    return m;
  }();
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
