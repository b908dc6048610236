// Python source generation and textual forms of a Graph.
// Mirrors torch/fx/graph.py (Graph.python_code, CodeGen._gen_python_code: _get_repr,
// _format_args, _format_target, delete_unused_values, append_stacktrace_summary, emit_node,
// gen_fn_def, generate_output; Graph.__str__) and torch/fx/node.py (Node.format_node,
// _format_arg). Re-implemented from the documented behaviour (docs/dynamo-formats.md §1.2-§1.10).
#include <functional>
#include <unordered_map>

#include "fx/graph.h"
#include "fx/pyrepr.h"
#include "python/consts.h"

namespace dp::fx {

namespace {

using Namer = std::function<std::string(Node*)>;

// Python repr() of an argument with nodes printed through `namer` (codegen _get_repr / repr).
std::string repr_with(const Argument& a, const Namer& namer) {
  switch (a.kind) {
    case Argument::Kind::None: return "None";
    case Argument::Kind::Bool: return a.b ? "True" : "False";
    case Argument::Kind::Int: return py_int_repr(a.i);
    case Argument::Kind::Float: return py_float_repr(a.f);
    case Argument::Kind::Str: return py::str_repr(a.s);
    case Argument::Kind::NodeRef: return namer(a.node);
    case Argument::Kind::Raw: return a.s;
    case Argument::Kind::Tuple: {
      if (a.items.size() == 1) {
        std::string one = "(";
        one += repr_with(a.items[0], namer);
        one += ",)";
        return one;
      }
      std::string out = "(";
      for (size_t i = 0; i < a.items.size(); ++i) {
        if (i) out += ", ";
        out += repr_with(a.items[i], namer);
      }
      return out + ")";
    }
    case Argument::Kind::List: {
      std::string out = "[";
      for (size_t i = 0; i < a.items.size(); ++i) {
        if (i) out += ", ";
        out += repr_with(a.items[i], namer);
      }
      return out + "]";
    }
    case Argument::Kind::Slice:
      return "slice(" + repr_with(a.items[0], namer) + ", " + repr_with(a.items[1], namer) + ", " +
             repr_with(a.items[2], namer) + ")";
    case Argument::Kind::Dict: {
      std::string out = "{";
      for (size_t i = 0; i < a.items.size(); ++i) {
        if (i) out += ", ";
        out += py::str_repr(a.keys[i]) + ": " + repr_with(a.items[i], namer);
      }
      return out + "}";
    }
  }
  return "";
}

std::string plain_name(Node* n) { return n->name(); }

// str() of an argument (used by format_node for defaults and the output line).
std::string str_of(const Argument& a) {
  if (a.kind == Argument::Kind::Str) return a.s;
  if (a.kind == Argument::Kind::Raw) return a.raw_str.empty() ? a.s : a.raw_str;
  return repr_with(a, plain_name);
}

// node.py _format_arg
std::string format_arg(const Argument& a) {
  switch (a.kind) {
    case Argument::Kind::List: {
      std::string out = "[";
      for (size_t i = 0; i < a.items.size(); ++i) {
        if (i) out += ", ";
        out += format_arg(a.items[i]);
      }
      return out + "]";
    }
    case Argument::Kind::Tuple: {
      std::string out = "(";
      for (size_t i = 0; i < a.items.size(); ++i) {
        if (i) out += ", ";
        out += format_arg(a.items[i]);
      }
      if (a.items.size() == 1) out += ",";
      return out + ")";
    }
    case Argument::Kind::Dict: {
      std::string out = "{";
      for (size_t i = 0; i < a.items.size(); ++i) {
        if (i) out += ", ";
        out += a.keys[i] + ": " + format_arg(a.items[i]);
      }
      return out + "}";
    }
    case Argument::Kind::NodeRef: return "%" + a.node->name();
    default: return str_of(a);
  }
}

std::string format_args_tuple(const Args& args) { return format_arg(Argument::tuple(args)); }

std::string format_kwargs_dict(const Kwargs& kwargs) {
  std::string out = "{";
  for (size_t i = 0; i < kwargs.size(); ++i) {
    if (i) out += ", ";
    out += kwargs[i].first + ": " + format_arg(kwargs[i].second);
  }
  return out + "}";
}

// graph.py _format_target
std::string format_target(const std::string& base, const std::string& target) {
  std::string r = base;
  size_t start = 0;
  while (true) {
    size_t dot = target.find('.', start);
    std::string e = target.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (!py_isidentifier(e)) r = "getattr(" + r + ", \"" + e + "\")";
    else r = r + "." + e;
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return r;
}

// str.format with positional "{}" fields.
std::string apply_template(const char* tmpl, const std::vector<std::string>& vals) {
  std::string out;
  size_t k = 0;
  for (const char* p = tmpl; *p; ++p) {
    if (p[0] == '{' && p[1] == '}') {
      if (k < vals.size()) out += vals[k];
      ++k;
      ++p;
    } else {
      out += *p;
    }
  }
  return out;
}

std::string join_dims(const std::vector<std::string>& dims) {
  std::string out = "[";
  for (size_t i = 0; i < dims.size(); ++i) {
    if (i) out += ", ";
    out += dims[i];
  }
  return out + "]";
}

std::string type_module(const std::string& type) {
  auto dot = type.rfind('.');
  return dot == std::string::npos ? std::string() : type.substr(0, dot);
}

}  // namespace

std::string argument_repr(const Argument& a) { return repr_with(a, plain_name); }
std::string argument_format(const Argument& a) { return format_arg(a); }

PythonCode Graph::python_code(const std::string& root_module, bool verbose, bool include_stride,
                              bool include_device) const {
  Namespace ns;
  PythonCode result;

  auto add_global_key = [&](const std::string& hint, const std::string& key) {
    std::string g = ns.create_name(hint, key);
    if (std::find(result.global_names.begin(), result.global_names.end(), g) == result.global_names.end())
      result.global_names.push_back(g);
    return g;
  };
  auto add_global = [&](const Target& t) -> std::string {
    if (t.from_torch()) return t.qualified_name();
    return add_global_key(t.qualified_name(), t.key());
  };
  {
    size_t count = 0;
    const char* const* names = custom_builtin_names(&count);
    for (size_t i = 0; i < count; ++i) add_global_key(names[i], std::string("g:") + names[i]);
  }
  // type_repr for node.type text: torch types print fully qualified; other types are globals
  // registered through the namespace ("int" -> "int", "foo.Bar" -> "foo_Bar").
  // (Generic / union type texts containing brackets or '|' are printed verbatim.)
  auto type_repr = [&](const std::string& type) -> std::string {
    if (type == "()" || type.find_first_of("[]| ,") != std::string::npos) return type;
    std::string mod = type_module(type);
    if (!mod.empty() && Target::function(mod, type.substr(mod.size() + 1)).from_torch()) return type;
    return add_global_key(type, "g:" + type);
  };
  Namer name_of = [&](Node* n) { return ns.create_name(n->name(), n->key()); };
  auto repr = [&](const Argument& a) { return repr_with(a, name_of); };
  auto format_args = [&](const Args& args, size_t from, const Kwargs& kwargs) {
    std::string out;
    bool first = true;
    for (size_t i = from; i < args.size(); ++i) {
      if (!first) out += ", ";
      first = false;
      out += repr(args[i]);
    }
    for (const auto& kv : kwargs) {
      if (!first) out += ", ";
      first = false;
      out += kv.first + " = " + repr(kv.second);
    }
    return out;
  };

  std::vector<Node*> all = nodes();

  // Last uses: walk in reverse, the first user seen of each node is its last use.
  std::unordered_map<Node*, Node*> node_to_last_use;
  std::unordered_map<Node*, std::vector<Node*>> user_to_last_uses;
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    for (Node* in : (*it)->all_input_nodes()) {
      if (!node_to_last_use.count(in)) {
        node_to_last_use[in] = *it;
        user_to_last_uses[*it].push_back(in);
      }
    }
  }

  std::vector<std::string> free_vars;
  std::string body;
  std::string maybe_return_annotation;
  std::optional<std::string> prev_summary;

  for (Node* node : all) {
    if (verbose && node->op() != Op::Placeholder && node->op() != Op::Output) {
      std::string annotation_str =
          node->meta.custom_annotation.empty() ? "" : " Annotation: " + node->meta.custom_annotation;
      std::string stack_str =
          node->meta.stack ? node->meta.stack->summary() : "No stacktrace found for following nodes";
      std::string summary = "\n#" + annotation_str + node->meta.recompute_info + " " + stack_str + "\n";
      if (!prev_summary || *prev_summary != summary) {
        prev_summary = summary;
        body += summary;
      }
    }

    // ---- emit_node ----
    std::string annot = node->type.empty() ? "" : " : " + type_repr(node->type);
    if (verbose) {
      if (node->meta.tensor) {
        const TensorMeta& t = *node->meta.tensor;
        std::string core = t.dtype + join_dims(t.sizes) + (include_stride ? join_dims(t.strides) : "") +
                           (include_device ? t.device : "");
        if (t.subclass.empty()) annot = ": \"" + core + "\"";
        else annot = ": \"" + t.subclass + "(" + core + ")\"";
      } else if (node->meta.sym) {
        annot = ": \"Sym(" + *node->meta.sym + ")\"";
      }
    }

    const Args& args = node->args();
    switch (node->op()) {
      case Op::Placeholder: {
        const std::string& target = node->target_str();
        std::string def = args.empty() ? "" : " = " + repr(args[0]);
        free_vars.push_back(target + annot + def);
        std::string raw_name;
        for (char c : target)
          if (c != '*') raw_name += c;
        std::string nm = name_of(node);
        if (raw_name != nm) body += nm + " = " + raw_name + "\n";
        continue;  // delete_unused_values: nothing for placeholders
      }
      case Op::CallMethod: {
        std::string nm = name_of(node);
        std::string self_repr = args.empty() ? "" : repr(args[0]);
        body += nm + annot + " = " + format_target(self_repr, node->target_str()) + "(" +
                format_args(args, 1, node->kwargs()) + ")";
        break;
      }
      case Op::CallFunction: {
        const Target& t = node->target();
        const char* magic = t.is_operator_module() ? magic_method_template(t.name) : nullptr;
        const char* inplace = t.is_operator_module() ? inplace_method_template(t.name) : nullptr;
        if (magic) {
          std::string nm = name_of(node);
          std::vector<std::string> vals;
          for (const auto& a : args) vals.push_back(repr(a));
          body += nm + annot + " = " + apply_template(magic, vals);
        } else if (inplace) {
          std::vector<std::string> vals;
          for (const auto& a : args) vals.push_back(repr(a));
          std::string stmt = apply_template(inplace, vals);
          std::string nm = name_of(node);
          body += stmt + ";  " + nm + annot + " = " + (args.empty() ? "" : repr(args[0]));
        } else {
          std::string global_name = add_global(t);
          if (global_name == "getattr" && args.size() == 2 && args[1].kind == Argument::Kind::Str &&
              py_isidentifier(args[1].s)) {
            std::string nm = name_of(node);
            body += nm + annot + " = " + format_target(repr(args[0]), args[1].s);
          } else {
            std::string nm = name_of(node);
            body += nm + annot + " = " + global_name + "(" + format_args(args, 0, node->kwargs()) + ")";
          }
        }
        break;
      }
      case Op::CallModule: {
        std::string nm = name_of(node);
        body += nm + annot + " = " + format_target(root_module, node->target_str()) + "(" +
                format_args(args, 0, node->kwargs()) + ")";
        break;
      }
      case Op::GetAttr: {
        std::string nm = name_of(node);
        body += nm + annot + " = " + format_target(root_module, node->target_str());
        break;
      }
      case Op::Output: {
        if (!node->type.empty()) maybe_return_annotation = " -> " + type_repr(node->type);
        body += "return " + (args.empty() ? std::string("None") : repr(args[0]));
        body += "\n";
        continue;
      }
    }

    // ---- delete_unused_values ----
    std::vector<Node*> to_delete;
    auto it = user_to_last_uses.find(node);
    if (it != user_to_last_uses.end()) to_delete = it->second;
    if (node->users().empty()) to_delete.push_back(node);
    if (!to_delete.empty()) {
      std::string s;
      for (Node* n : to_delete) s += name_of(n) + " = ";
      body += ";  " + s + "None\n";
    } else {
      body += "\n";
    }
  }

  if (all.empty()) body = "pass\n";

  // gen_fn_def
  if (free_vars.empty() || free_vars[0] != "self") free_vars.insert(free_vars.begin(), "self");
  std::string prologue = "def forward(";
  for (size_t i = 0; i < free_vars.size(); ++i) {
    if (i) prologue += ", ";
    prologue += free_vars[i];
  }
  prologue += ")" + maybe_return_annotation + ":";

  // code = body.lstrip("\n"), every line prefixed with 4 spaces
  size_t first = body.find_first_not_of('\n');
  std::string stripped = first == std::string::npos ? std::string() : body.substr(first);
  std::string code = "    ";
  for (char c : stripped) {
    code += c;
    if (c == '\n') code += "    ";
  }

  result.src = "\n\n\n" + prologue + "\n" + code;
  return result;
}

std::string Node::format_node() const {
  std::string maybe_typename = type.empty() ? "" : type + " ";
  std::string head = "%" + name_ + " : " + maybe_typename + "[num_users=" + std::to_string(users_.size()) + "] = ";
  switch (op_) {
    case Op::Placeholder: {
      std::string def = args_.empty() ? "" : "(default=" + str_of(args_[0]) + ")";
      return head + "placeholder[target=" + target_.name + "]" + def;
    }
    case Op::GetAttr: return head + "get_attr[target=" + target_.pretty() + "]";
    case Op::Output: return "return " + (args_.empty() ? std::string("None") : str_of(args_[0]));
    default:
      return head + op_name(op_) + "[target=" + target_.pretty() + "](args = " + format_args_tuple(args_) +
             ", kwargs = " + format_kwargs_dict(kwargs_) + ")";
  }
}

std::string Graph::str() const {
  std::string s = "graph():";
  for (const auto& n : nodes_) s += "\n    " + n->format_node();
  return s;
}

}  // namespace dp::fx
