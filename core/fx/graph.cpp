// Graph / Node construction and mutation. Mirrors torch/fx/node.py (Node, _update_args_kwargs,
// replace_all_uses_with, _rename, _get_qualified_name, _pretty_print_target) and
// torch/fx/graph.py (Graph.create_node, erase_node, inserting_before/after, _target_to_str,
// eliminate_dead_code, magic_methods / inplace_methods tables), re-implemented from their
// documented behaviour.
#include "fx/graph.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace dp::fx {

// ------------------------------------------------------------------------------------------
// Argument
// ------------------------------------------------------------------------------------------
Argument Argument::tuple(std::vector<Argument> elems) {
  Argument a;
  a.kind = Kind::Tuple;
  a.items = std::move(elems);
  return a;
}

Argument Argument::list(std::vector<Argument> elems) {
  Argument a;
  a.kind = Kind::List;
  a.items = std::move(elems);
  return a;
}

Argument Argument::slice(Argument start, Argument stop, Argument step) {
  Argument a;
  a.kind = Kind::Slice;
  a.items = {std::move(start), std::move(stop), std::move(step)};
  return a;
}

Argument Argument::dict(std::vector<std::pair<std::string, Argument>> entries) {
  Argument a;
  a.kind = Kind::Dict;
  for (auto& e : entries) {
    a.keys.push_back(e.first);
    a.items.push_back(std::move(e.second));
  }
  return a;
}

Argument Argument::raw(std::string repr_text, std::string str_text) {
  Argument a;
  a.kind = Kind::Raw;
  a.s = std::move(repr_text);
  a.raw_str = std::move(str_text);
  return a;
}

// ------------------------------------------------------------------------------------------
// Target
// ------------------------------------------------------------------------------------------
Target Target::str(std::string text) {
  Target t;
  t.callable = false;
  t.name = std::move(text);
  return t;
}

Target Target::function(std::string module, std::string name) {
  Target t;
  t.callable = true;
  t.module = std::move(module);
  t.name = std::move(name);
  return t;
}

Target Target::torch(const std::string& dotted) {
  auto dot = dotted.rfind('.');
  if (dot == std::string::npos) return function("torch", dotted);
  return function(dotted.substr(0, dot), dotted.substr(dot + 1));
}

Target Target::op(std::string name) { return function("_operator", std::move(name)); }

Target Target::builtin(std::string name) { return function("builtins", std::move(name)); }

Target Target::hop(std::string name, bool side_effect) {
  Target t = function("torch.ops.higher_order", std::move(name));
  t.side_effect = side_effect;
  return t;
}

Target Target::custom_op(const std::string& ns, std::string name, bool side_effect) {
  Target t = function("torch.ops." + ns, std::move(name));
  t.side_effect = side_effect;
  return t;
}

Target Target::op_overload(const std::string& ns, const std::string& op, const std::string& overload,
                           bool side_effect) {
  Target t = function("torch._ops." + ns, op + "." + overload);
  t.side_effect = side_effect;
  return t;
}

std::string Target::qualified_name() const {
  if (!callable) return name;
  if (!qualname.empty()) return qualname;
  if (module == "builtins") return name;  // getattr(builtins, name) is func
  std::string mod = module;
  auto p = mod.find("torch._ops");
  if (p != std::string::npos) mod.replace(p, 10, "torch.ops");
  if (mod == "torch" && name == "segment_reduce") return "torch._segment_reduce";
  return mod + "." + name;
}

std::string Target::pretty() const {
  if (!callable) return name;
  if (module == "builtins") return "builtins." + name;
  if (is_operator_module()) return "operator." + name;
  return qualified_name();
}

bool Target::from_torch() const {
  if (!callable) return false;
  // ^torch(?:\.(?!_dynamo\.|_inductor\.)[^.]+)*$
  const std::string& m = module;
  if (m.rfind("torch", 0) != 0) return false;
  if (m.size() == 5) return true;
  if (m[5] != '.') return false;
  size_t pos = 6;
  while (true) {
    size_t next = m.find('.', pos);
    std::string seg = m.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
    if (seg.empty()) return false;
    if (next != std::string::npos && (seg == "_dynamo" || seg == "_inductor")) return false;
    if (next == std::string::npos) return true;
    pos = next + 1;
  }
}

const char* magic_method_template(const std::string& name) {
  static const std::unordered_map<std::string, const char*> table = {
      {"eq", "{} == {}"}, {"ne", "{} != {}"},  {"lt", "{} < {}"},        {"gt", "{} > {}"},      {"le", "{} <= {}"},
      {"ge", "{} >= {}"}, {"pos", "+{}"},      {"neg", "-{}"},           {"invert", "~{}"},      {"add", "{} + {}"},
      {"sub", "{} - {}"}, {"mul", "{} * {}"},  {"floordiv", "{} // {}"}, {"truediv", "{} / {}"}, {"div", "{} / {}"},
      {"mod", "{} % {}"}, {"pow", "{} ** {}"}, {"lshift", "{} << {}"},   {"rshift", "{} >> {}"}, {"and_", "{} & {}"},
      {"or_", "{} | {}"}, {"xor", "{} ^ {}"},  {"getitem", "{}[{}]"},    {"matmul", "{} @ {}"},
  };
  auto it = table.find(name);
  return it == table.end() ? nullptr : it->second;
}

const char* inplace_method_template(const std::string& name) {
  static const std::unordered_map<std::string, const char*> table = {
      {"iadd", "{} += {}"},  {"iand", "{} &= {}"},       {"ifloordiv", "{} //= {}"}, {"ilshift", "{} <<= {}"},
      {"imod", "{} %= {}"},  {"imul", "{} *= {}"},       {"imatmul", "{} @= {}"},    {"ior", "{} |= {}"},
      {"ipow", "{} **= {}"}, {"irshift", "{} >>= {}"},   {"isub", "{} -= {}"},       {"itruediv", "{} /= {}"},
      {"ixor", "{} ^= {}"},  {"setitem", "{}[{}] = {}"},
  };
  auto it = table.find(name);
  return it == table.end() ? nullptr : it->second;
}

std::string dtype_abbr(const std::string& dtype_name) {
  static const std::unordered_map<std::string, std::string> table = {
      {"bfloat16", "bf16"},
      {"float64", "f64"},
      {"double", "f64"},
      {"float32", "f32"},
      {"float", "f32"},
      {"float16", "f16"},
      {"half", "f16"},
      {"float8_e4m3fn", "f8e4m3fn"},
      {"float8_e5m2", "f8e5m2"},
      {"float8_e4m3fnuz", "f8e4m3fnuz"},
      {"float8_e5m2fnuz", "f8e5m2fnuz"},
      {"float8_e8m0fnu", "f8e8m0fnu"},
      {"complex32", "c32"},
      {"complex64", "c64"},
      {"complex128", "c128"},
      {"int8", "i8"},
      {"int16", "i16"},
      {"int32", "i32"},
      {"int64", "i64"},
      {"long", "i64"},
      {"int", "i32"},
      {"bool", "b8"},
      {"uint8", "u8"},
      {"uint16", "u16"},
      {"uint32", "u32"},
      {"uint64", "u64"},
      {"bits16", "b16"},
      {"bits1x8", "b1x8"},
  };
  std::string n = dtype_name;
  if (n.rfind("torch.", 0) == 0) n = n.substr(6);
  auto it = table.find(n);
  return it == table.end() ? std::string() : it->second;
}

std::optional<StackSummary> parse_stack_trace(const std::string& stack_trace) {
  // strip, split on '\n', scan backwards from the second-to-last line for
  // ^File "(.+)", line (\d+), in (.+)$ ; the next line is the code.
  auto is_ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  size_t b = 0, e = stack_trace.size();
  while (b < e && is_ws(stack_trace[b])) ++b;
  while (e > b && is_ws(stack_trace[e - 1])) --e;
  std::string st = stack_trace.substr(b, e - b);
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    size_t nl = st.find('\n', start);
    lines.push_back(st.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  auto strip = [&](const std::string& s) {
    size_t x = 0, y = s.size();
    while (x < y && is_ws(s[x])) ++x;
    while (y > x && is_ws(s[y - 1])) --y;
    return s.substr(x, y - x);
  };
  // Matches ^File "(.+)", line (\d+), in (.+)$ as std::regex_match would (the greedy file name
  // ends at the last '", line N, in ' that fits), without <regex> (a large part of the wasm).
  auto match = [](const std::string& line, StackSummary& s) {
    static const std::string head = "File \"", mid = "\", line ";
    if (line.compare(0, head.size(), head) != 0) return false;
    for (size_t p = line.rfind(mid); p != std::string::npos && p > head.size(); p = line.rfind(mid, p - 1)) {
      size_t d = p + mid.size(), e = d;
      while (e < line.size() && line[e] >= '0' && line[e] <= '9') ++e;
      if (e == d || line.compare(e, 5, ", in ") != 0 || e + 5 >= line.size()) continue;
      if (line.find_first_of("\n\r", head.size()) != std::string::npos) return false;
      s.file = line.substr(head.size(), p - head.size());
      s.lineno = line.substr(d, e - d);
      s.name = line.substr(e + 5);
      return true;
    }
    return false;
  };
  for (int idx = static_cast<int>(lines.size()) - 2; idx >= 0; --idx) {
    std::string line = strip(lines[static_cast<size_t>(idx)]);
    StackSummary s;
    if (match(line, s)) {
      s.code = strip(lines[static_cast<size_t>(idx) + 1]);
      return s;
    }
  }
  return std::nullopt;
}

const char* op_name(Op op) {
  switch (op) {
    case Op::Placeholder: return "placeholder";
    case Op::CallFunction: return "call_function";
    case Op::CallMethod: return "call_method";
    case Op::CallModule: return "call_module";
    case Op::GetAttr: return "get_attr";
    case Op::Output: return "output";
  }
  return "?";
}

// ------------------------------------------------------------------------------------------
// Node
// ------------------------------------------------------------------------------------------
namespace {

void collect_nodes(const Argument& a, std::vector<Node*>& out) {
  switch (a.kind) {
    case Argument::Kind::NodeRef:
      if (std::find(out.begin(), out.end(), a.node) == out.end()) out.push_back(a.node);
      break;
    case Argument::Kind::Tuple:
    case Argument::Kind::List:
    case Argument::Kind::Slice:
    case Argument::Kind::Dict:
      for (const auto& x : a.items) collect_nodes(x, out);
      break;
    default: break;
  }
}

void replace_in(Argument& a, Node* from, Node* to) {
  if (a.kind == Argument::Kind::NodeRef) {
    if (a.node == from) a.node = to;
    return;
  }
  for (auto& x : a.items) replace_in(x, from, to);
}

void erase_from(std::vector<Node*>& v, Node* n) {
  auto it = std::find(v.begin(), v.end(), n);
  if (it != v.end()) v.erase(it);
}

}  // namespace

Node::Node(Graph* g, uint64_t id, std::string name, Op op, Target target, Args args, Kwargs kwargs, std::string type_)
    : type(std::move(type_)), graph_(g), id_(id), name_(std::move(name)), op_(op), target_(std::move(target)) {
  update_args_kwargs(std::move(args), std::move(kwargs));
}

void Node::update_args_kwargs(Args a, Kwargs k) {
  args_ = std::move(a);
  kwargs_ = std::move(k);
  for (Node* old_use : input_nodes_) erase_from(old_use->users_, this);
  input_nodes_.clear();
  for (const auto& x : args_) collect_nodes(x, input_nodes_);
  for (const auto& kv : kwargs_) collect_nodes(kv.second, input_nodes_);
  for (Node* n : input_nodes_)
    if (std::find(n->users_.begin(), n->users_.end(), this) == n->users_.end()) n->users_.push_back(this);
}

void Node::set_args(Args a) { update_args_kwargs(std::move(a), kwargs_); }
void Node::set_kwargs(Kwargs k) { update_args_kwargs(args_, std::move(k)); }

void Node::update_arg(size_t idx, Argument a) {
  Args copy = args_;
  if (idx >= copy.size()) throw std::out_of_range("update_arg index");
  copy[idx] = std::move(a);
  set_args(std::move(copy));
}

void Node::update_kwarg(const std::string& key, Argument a) {
  Kwargs copy = kwargs_;
  bool found = false;
  for (auto& kv : copy)
    if (kv.first == key) {
      kv.second = a;
      found = true;
    }
  if (!found) copy.emplace_back(key, std::move(a));
  set_kwargs(std::move(copy));
}

std::vector<Node*> Node::replace_all_uses_with(Node* replacement) {
  std::vector<Node*> to_process = users_;
  for (Node* use : to_process) {
    Args a = use->args_;
    Kwargs k = use->kwargs_;
    for (auto& x : a) replace_in(x, this, replacement);
    for (auto& kv : k) replace_in(kv.second, this, replacement);
    use->update_args_kwargs(std::move(a), std::move(k));
  }
  return to_process;
}

void Node::replace_input_with(Node* old_input, Node* new_input) {
  Args a = args_;
  Kwargs k = kwargs_;
  for (auto& x : a) replace_in(x, old_input, new_input);
  for (auto& kv : k) replace_in(kv.second, old_input, new_input);
  update_args_kwargs(std::move(a), std::move(k));
}

void Node::rename(const std::string& candidate) {
  if (candidate == name_) return;
  std::string n = graph_->ns_.create_name(candidate, "");
  name_ = n;
  graph_->ns_.rename_object(key(), n);
}

// ------------------------------------------------------------------------------------------
// Graph
// ------------------------------------------------------------------------------------------
Graph::Graph() = default;
Graph::~Graph() = default;

std::string Graph::target_to_str(const Target& t) {
  std::string op = t.name;
  if (!t.callable && is_magic_name(op)) op = op.substr(2, op.size() - 4);
  return snake_case(op);
}

void Graph::insert(std::unique_ptr<Node> n) {
  Node* raw = n.get();
  std::list<std::unique_ptr<Node>>::iterator where;
  if (insert_mode_ == kBefore && insert_anchor_ != nullptr) {
    where = insert_anchor_->pos_;
  } else if (insert_mode_ == kAfter) {
    where = insert_anchor_ ? std::next(insert_anchor_->pos_) : nodes_.begin();
  } else {
    where = nodes_.end();
  }
  raw->pos_ = nodes_.insert(where, std::move(n));
}

Node* Graph::create_node(Op op, Target target, Args args, Kwargs kwargs, std::optional<std::string> name,
                         std::string type) {
  if (op == Op::CallFunction && !target.callable)
    throw std::invalid_argument("call_function target must be a callable Target");
  if (op != Op::CallFunction && target.callable)
    throw std::invalid_argument("non-call_function targets must be strings");
  std::string candidate = name ? *name : target_to_str(target);
  std::string final_name = ns_.create_name(candidate, "");
  uint64_t id = next_id_++;
  std::unique_ptr<Node> n(
      new Node(this, id, final_name, op, std::move(target), std::move(args), std::move(kwargs), std::move(type)));
  ns_.associate_name_with_obj(final_name, n->key());
  Node* raw = n.get();
  insert(std::move(n));
  return raw;
}

Node* Graph::placeholder(const std::string& target, std::string type, std::optional<Argument> default_value) {
  Args a;
  if (default_value) a.push_back(*default_value);
  return create_node(Op::Placeholder, Target::str(target), std::move(a), {}, std::nullopt, std::move(type));
}

Node* Graph::call_function(Target fn, Args args, Kwargs kwargs, std::optional<std::string> name, std::string type) {
  return create_node(Op::CallFunction, std::move(fn), std::move(args), std::move(kwargs), std::move(name),
                     std::move(type));
}

Node* Graph::call_method(const std::string& method, Args args, Kwargs kwargs, std::string type) {
  return create_node(Op::CallMethod, Target::str(method), std::move(args), std::move(kwargs), std::nullopt,
                     std::move(type));
}

Node* Graph::call_module(const std::string& module_path, Args args, Kwargs kwargs, std::string type) {
  return create_node(Op::CallModule, Target::str(module_path), std::move(args), std::move(kwargs), std::nullopt,
                     std::move(type));
}

Node* Graph::get_attr(const std::string& qualified_name, std::string type) {
  return create_node(Op::GetAttr, Target::str(qualified_name), {}, {}, std::nullopt, std::move(type));
}

Node* Graph::output(Argument result, std::string type) {
  return create_node(Op::Output, Target::str("output"), {std::move(result)}, {}, std::nullopt, std::move(type));
}

Graph::InsertGuard::InsertGuard(Graph* g, int mode, Node* anchor)
    : g_(g), saved_mode_(g->insert_mode_), saved_anchor_(g->insert_anchor_) {
  g->insert_mode_ = mode;
  g->insert_anchor_ = anchor;
}

Graph::InsertGuard::InsertGuard(InsertGuard&& o) noexcept
    : g_(o.g_), saved_mode_(o.saved_mode_), saved_anchor_(o.saved_anchor_) {
  o.g_ = nullptr;
}

Graph::InsertGuard::~InsertGuard() {
  if (g_) {
    g_->insert_mode_ = saved_mode_;
    g_->insert_anchor_ = saved_anchor_;
  }
}

Graph::InsertGuard Graph::inserting_before(Node* n) {
  if (n == nullptr) return InsertGuard(this, kAfter, nullptr);  // after the sentinel
  return InsertGuard(this, kBefore, n);
}

Graph::InsertGuard Graph::inserting_after(Node* n) {
  if (n == nullptr) return InsertGuard(this, kAtEnd, nullptr);  // before the sentinel
  return InsertGuard(this, kAfter, n);
}

Graph::InsertGuard Graph::inserting_before_output() {
  Node* out = output_node();
  if (out) return InsertGuard(this, kBefore, out);
  return InsertGuard(this, kAtEnd, nullptr);
}

void Graph::set_insert_before(Node* n) {
  if (n == nullptr) {
    insert_mode_ = kAfter;
    insert_anchor_ = nullptr;
  } else {
    insert_mode_ = kBefore;
    insert_anchor_ = n;
  }
}

void Graph::set_insert_at_end() {
  insert_mode_ = kAtEnd;
  insert_anchor_ = nullptr;
}

std::vector<Node*> Graph::nodes() const {
  std::vector<Node*> out;
  out.reserve(nodes_.size());
  for (const auto& n : nodes_) out.push_back(n.get());
  return out;
}

Node* Graph::output_node() const {
  for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it)
    if ((*it)->op_ == Op::Output) return it->get();
  return nullptr;
}

std::vector<Node*> Graph::find_nodes(Op op) const {
  std::vector<Node*> out;
  for (const auto& n : nodes_)
    if (n->op_ == op) out.push_back(n.get());
  return out;
}

void Graph::erase_node(Node* n) {
  if (!n || n->graph_ != this) throw std::runtime_error("Attempting to remove a node from the wrong graph");
  if (n->erased_) return;
  if (!n->users_.empty())
    throw std::runtime_error("Tried to erase Node " + n->name_ + " but it still had " +
                             std::to_string(n->users_.size()) + " users in the graph");
  if (insert_anchor_ == n) set_insert_at_end();
  erased_.splice(erased_.end(), nodes_, n->pos_);
  n->pos_ = std::prev(erased_.end());
  n->erased_ = true;
  n->update_args_kwargs({}, {});
}

std::vector<std::string> Graph::prune_unused_placeholders() {
  std::vector<std::string> removed;
  for (Node* n : nodes()) {
    if (n->op_ == Op::Placeholder && n->users_.empty()) {
      removed.push_back(n->target_.name);
      erase_node(n);
    }
  }
  return removed;
}

// An in-place op (x.add_(1), torch.relu_(x), x += y, x[i] = v) mutates its input: unused or not,
// it must stay (Node.is_impure of torch/fx/node.py, with Dynamo's mutation tracking).
// An `out=` argument (torch.add(a, b, out=a)) is written in place as well.
static bool mutates_input(const Node& n) {
  for (const auto& kw : n.kwargs())
    if (kw.first == "out") return true;
  const std::string& name = n.target().name;
  bool trailing_underscore = name.size() > 1 && name.back() == '_' && name.rfind("__", 0) != 0;
  if (n.op() == Op::CallMethod) return trailing_underscore;
  if (n.op() != Op::CallFunction) return false;
  if (n.target().module == "_operator")
    return name == "setitem" || name == "delitem" ||
           (name.size() > 1 && name[0] == 'i' && name != "is_" && name != "is_not" && name != "invert" &&
            name != "index");
  return trailing_underscore && n.target().module.rfind("torch", 0) == 0;
}

bool Graph::eliminate_dead_code() {
  bool changed = false;
  auto all = nodes();
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    Node* n = *it;
    bool impure = n->op_ == Op::Placeholder || n->op_ == Op::Output ||
                  (n->op_ == Op::CallFunction && n->target_.side_effect) || mutates_input(*n);
    if (!impure && n->users_.empty()) {
      erase_node(n);
      changed = true;
    }
  }
  return changed;
}

}  // namespace dp::fx
