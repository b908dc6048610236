// GraphModule printing helpers. Mirrors torch/fx/graph_module.py (_print_readable,
// GraphModule.print_readable / code), torch/nn/modules/module.py (_addindent),
// torch/_dynamo/testing.py (normalize_gm) and the TORCH_LOGS=graph_code message of
// torch/_dynamo/output_graph.py (docs/dynamo-formats.md §1.11, §1.12, §2.5). Re-implemented from the
// documented behaviour.
#include <cstdio>

#include "fx/graph.h"

namespace dp::fx {

namespace {

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t nl = s.find('\n', start);
    out.push_back(s.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i) out += '\n';
    out += lines[i];
  }
  return out;
}

bool is_py_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string rstrip(const std::string& s) {
  size_t e = s.size();
  while (e > 0 && is_py_space(s[e - 1])) --e;
  return s.substr(0, e);
}

}  // namespace

std::string addindent(const std::string& s, int num_spaces) {
  std::vector<std::string> lines = split_lines(s);
  if (lines.size() == 1) return s;
  std::string pad(static_cast<size_t>(num_spaces), ' ');
  std::string out = lines[0];
  for (size_t i = 1; i < lines.size(); ++i) out += "\n" + pad + lines[i];
  return out;
}

void GraphModule::add_submodule(const std::string& name, std::shared_ptr<GraphModule> child) {
  for (auto& c : children)
    if (c.first == name) {
      c.second = std::move(child);
      return;
    }
  children.emplace_back(name, std::move(child));
}

GraphModule* GraphModule::get_submodule(const std::string& name) const {
  for (const auto& c : children)
    if (c.first == name) return c.second.get();
  return nullptr;
}

std::string GraphModule::print_readable_as(const std::string& module_name, bool include_stride,
                                           bool include_device) const {
  std::string module_code = graph->python_code("self", true, include_stride, include_device).src;
  size_t first = module_code.find_first_not_of('\n');
  module_code = first == std::string::npos ? std::string() : module_code.substr(first);
  std::string header = "class ";
  header += module_name;
  header += "(torch.nn.Module):\n";
  module_code.insert(0, header);
  module_code = addindent(module_code, 4);

  std::string submodule_code;  // "\n".join([""] + children)
  for (const auto& c : children) {
    if (!c.second) continue;
    submodule_code += '\n';
    submodule_code += c.second->print_readable_as(c.first, include_stride, include_device);
  }
  submodule_code = addindent(submodule_code, 4);
  return module_code + submodule_code;
}

std::string GraphModule::print_readable(bool print_output, bool include_stride, bool include_device) const {
  std::string out = print_readable_as(class_name, include_stride, include_device);
  if (print_output) {  // stdio rather than <iostream>: keeps iostreams out of the wasm
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fputc('\n', stdout);
  }
  return out;
}

std::string GraphModule::module_repr() const {
  std::vector<std::string> child_lines;
  for (const auto& c : children) {
    if (!c.second) continue;
    std::string line = "(";
    line += c.first;
    line += "): ";
    line += addindent(c.second->module_repr(), 2);
    child_lines.push_back(line);
  }
  std::string out = class_name + "(";
  if (!child_lines.empty()) {
    out += "\n  ";
    for (size_t i = 0; i < child_lines.size(); ++i) {
      if (i) out += "\n  ";
      out += child_lines[i];
    }
    out += "\n";
  }
  out += ")";
  return out;
}

std::string GraphModule::str() const {
  return module_repr() + "\n" + code() + "\n" + "# To see more debug info, please use `graph_module.print_readable()`";
}

std::string normalize_gm(const std::string& s) {
  // strip_comment: re.sub(r"(?m)^ *#.*\n?", "", code)
  std::vector<std::string> lines = split_lines(s);
  std::string no_comments;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    size_t k = 0;
    while (k < l.size() && l[k] == ' ') ++k;
    bool last = i + 1 == lines.size();
    if (k < l.size() && l[k] == '#') continue;  // drop the line together with its newline
    no_comments += l;
    if (!last) no_comments += '\n';
  }
  // remove_trailing_space
  std::vector<std::string> out_lines;
  for (const auto& l : split_lines(no_comments)) out_lines.push_back(rstrip(l));
  // _squash_blank_lines: keep at most one blank line in a row
  std::vector<std::string> squashed;
  bool saw_blank = false;
  for (const auto& l : out_lines) {
    bool blank = l.find_first_not_of(" \t\r\f\v") == std::string::npos;
    if (blank) {
      if (saw_blank) continue;
      saw_blank = true;
    } else {
      saw_blank = false;
    }
    squashed.push_back(l);
  }
  return join_lines(squashed);
}

std::string graph_code_log_body(const GraphModule& gm, const std::string& compiled_fn_name,
                                const std::string& filename) {
  return "TRACED GRAPH\n ===== " + compiled_fn_name + " =====\n " + filename + " " +
         gm.print_readable(false, true, true) + "\n";
}

}  // namespace dp::fx
