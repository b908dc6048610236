// See eval_frame.h. Also hosts the native helpers the Python prelude calls
// (torch._C._dynamo.*) and the GraphModule object handed to backends.
#include "dynamo/eval_frame.h"

#include <functional>

#include "dynamo/exc.h"
#include "dynamo/variables/builder.h"
#include "runtime/prelude.h"
#include "runtime/script_object.h"
#include "runtime/torch_module.h"
#include "torch/op_registry.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

Value run_with_dynamo(rt::Interp& I, rt::Function* fn, std::shared_ptr<rt::Frame> frame, const CompileConfig& cfg);

DynamoState& state(rt::Interp& I) { return *I.dynamo; }

LogConfig LogConfig::parse(const std::string& spec) {
  LogConfig c;
  size_t start = 0;
  while (start <= spec.size()) {
    size_t comma = spec.find(',', start);
    if (comma == std::string::npos) comma = spec.size();
    std::string item = spec.substr(start, comma - start);
    size_t b = item.find_first_not_of(" \t"), e = item.find_last_not_of(" \t");
    item = b == std::string::npos ? "" : item.substr(b, e - b + 1);
    bool plus = !item.empty() && item[0] == '+';
    if (plus || (!item.empty() && item[0] == '-')) item = item.substr(1);
    if (item == "graph_code") c.graph_code = true;
    else if (item == "graph") c.graph = true;
    else if (item == "graph_breaks") c.graph_breaks = true;
    else if (item == "guards") c.guards = true;
    else if (item == "recompiles" || item == "recompiles_verbose") c.recompiles = true;
    else if (item == "trace_bytecode") c.trace_bytecode = true;
    else if (item == "trace_source") c.trace_source = true;
    else if (item == "bytecode") {
      c.bytecode = true;
      c.unsupported.push_back(item);
    }
    else if (item == "dynamic") {
      c.dynamic = true;
      c.dynamic_debug = plus;
    } else if (item == "dynamo") {
      c.dynamo = true;
      c.dynamo_debug = plus;
      if (plus) c.trace_bytecode = c.trace_source = true;
    } else {
      static const char* const kLater[] = {"aot",          "inductor",         "output_code",      "kernel_code",
                                           "fusion",       "schedule",         "perf_hints",       "aot_graphs",
                                           "aot_joint_graphs", "post_grad_graphs", "cudagraphs",    "graph_sizes"};
      for (const char* n : kLater)
        if (item == n) c.unsupported.push_back(item);
    }
    start = comma + 1;
  }
  return c;
}

void DynamoState::log(const std::string& artifact, const std::string& compile_id, const std::string& text) {
  if (silent) return;
  bool on = (artifact == "graph_code" && logs.graph_code) || (artifact == "graph" && logs.graph) ||
            (artifact == "graph_breaks" && logs.graph_breaks) || (artifact == "guards" && logs.guards) ||
            (artifact == "recompiles" && logs.recompiles) || (artifact == "trace_bytecode" && logs.trace_bytecode) ||
            (artifact == "trace_source" && logs.trace_source) || (artifact == "dynamo" && logs.dynamo) ||
            (artifact == "dynamic" && logs.dynamic) || (artifact == "dynamic_debug" && logs.dynamic_debug);
  if (log_records.size() < 20000 && artifact != "trace_bytecode" && artifact != "trace_source")
    log_records.push_back(LogRecord{artifact, compile_id, text});
  if (on && interp) interp->write_stderr(text + "\n");
}

// ---------------------------------------------------------------------------------------------
// GraphModule (torch.fx.GraphModule) as the backend sees it

namespace {

struct GraphModuleObj : rt::Object {
  std::shared_ptr<GraphProgram> prog;
  Value graph_obj;
  GraphModuleObj(rt::Type* t, std::shared_ptr<GraphProgram> p) : rt::Object(t, Kind::Other), prog(std::move(p)) {}
  DP_SNAPSHOT_STATE(GraphModuleObj)
  void trace_refs(rt::RefVisitor& v) const override {
    v.visit(graph_obj);
    if (prog)
      for (const auto& [node, e] : prog->exec) v.visit(e.callable);
  }
};

rt::Type* gm_type(rt::Interp& I);

// gm.graph (torch.fx.Graph as a backend reads it): an instance whose __str__ and print_tabular
// texts are made when asked for, from the GraphModule it belongs to (docs/memory.md).
struct GraphObj : rt::Instance {
  GraphModuleObj* gm;
  std::unordered_map<const fx::Node*, Value> node_values;  // the Node objects, for node.args
  std::unordered_map<std::string, Value> names;            // one str per op name, shared by the nodes
  GraphObj(rt::Type* t, GraphModuleObj* m) : rt::Instance(t), gm(m) {}
  DP_SNAPSHOT_STATE(GraphObj)
  void trace_refs(rt::RefVisitor& v) const override {
    rt::Instance::trace_refs(v);
    v.visit(gm);
    for (const auto& [n, x] : node_values) v.visit(x);
    for (const auto& [n, x] : names) v.visit(x);
  }
};
// A node of gm.graph (torch.fx.Node): op, name, target, args and kwargs are made from the
// fx::Node when first read (properties of the Node type), then kept, so that every read gives the
// same object, as attribute reads do in PyTorch; assigning one replaces it (docs/memory.md).
struct NodeObj : rt::Instance {
  GraphObj* graph;
  const fx::Node* node;
  Value op, name, target, args, kwargs;
  NodeObj(rt::Type* t, GraphObj* g, const fx::Node* n) : rt::Instance(t), graph(g), node(n) {}
  DP_SNAPSHOT_STATE(NodeObj)
  void trace_refs(rt::RefVisitor& v) const override {
    rt::Instance::trace_refs(v);
    v.visit(graph);
    for (const Value* x : {&op, &name, &target, &args, &kwargs}) v.visit(*x);
  }
};
std::string graph_tabular(rt::Interp& I, GraphModuleObj* gm);

GraphModuleObj* as_gm(rt::Interp& I, Value v) {
  if (!(v.is_obj() && v.o->type == gm_type(I))) I.raise(I.TypeError, "expected a GraphModule");
  return static_cast<GraphModuleObj*>(v.o);
}

void gm_method(rt::Interp& I, rt::Type* t, const std::string& name, rt::NativeFn fn) {
  auto* b = static_cast<rt::Builtin*>(I.builtin(name, std::move(fn), "torch.fx.graph_module").o);
  b->is_method = true;
  b->qualname = "GraphModule." + name;
  I.dict_set_str(t->dict, name, Value::obj(b));
}

void gm_property(rt::Interp& I, rt::Type* t, const std::string& name, rt::NativeFn fn) {
  auto* p = I.make<rt::Property>(I.property_type);
  p->fget = I.builtin(name, std::move(fn), "torch.fx.graph_module");
  p->fset = Value::none();
  I.dict_set_str(t->dict, name, Value::obj(p));
}

// node.target: the string of placeholder / call_method / get_attr / output nodes; for a
// call_function node the callable itself (the torch function, the operator module's function, the
// custom op packet) as a backend compares and prints it. Higher-order operators stay their
// qualified name (not supported by the playground yet: HigherOrderOperator objects).
static Value target_value(rt::Interp& I, const GraphModuleObj* gm, const fx::Node* n) {
  const fx::Target& t = n->target();
  if (!t.callable) return I.str(t.name);
  if (t.module == "_operator") {
    Value f = I.getattr_opt(I.import_module("operator"), t.name);
    if (!f.is_null()) return f;
  }
  if (t.module != "torch.ops.higher_order") {
    auto it = gm->prog->exec.find(n);
    if (it != gm->prog->exec.end() && it->second.kind == NodeExec::Kind::CallValue) return it->second.callable;
    if (t.module == "torch") {
      Value f = I.getattr_opt(I.import_module("torch"), t.name);
      if (!f.is_null()) return f;
    }
  }
  return I.str(t.qualified_name());
}

// str(node.target) as Graph.print_tabular shows it: the text of a string target; for a callable,
// its repr in PyTorch (`<built-in function add>` for operator functions, `<built-in method sin of
// type object at 0x...>` for torch functions, `<function relu at 0x...>` for Python functions).
static std::string target_str(rt::Interp& I, const GraphModuleObj* gm, const fx::Node* n) {
  const fx::Target& t = n->target();
  if (!t.callable) return t.name;
  if (t.module == "_operator") return "<built-in function " + t.name + ">";
  Value fn;
  auto it = gm->prog->exec.find(n);
  if (it != gm->prog->exec.end() && it->second.kind == NodeExec::Kind::CallValue) fn = it->second.callable;
  if (fn.is_null() && t.module == "torch") fn = I.getattr_opt(I.import_module("torch"), t.name);
  if (fn.is_obj() && fn.o->kind == Kind::Builtin && static_cast<rt::Builtin*>(fn.o)->module == "torch") {
    char addr[32];
    // One type object holds them all (torch._C._VariableFunctionsClass): one address.
    std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(I.address_of(I.type_of(fn))));
    return "<built-in method " + t.name + " of type object at " + addr + ">";
  }
  if (!fn.is_null()) return I.repr(fn);
  return "<built-in function " + t.name + ">";
}

// tabulate(rows, headers=[...]) in its default "simple" format, as Graph.print_tabular prints the
// nodes: every column left-aligned (no cell is a number), as wide as its widest cell or its header
// plus 2, columns two spaces apart, a dashed line under the header, no trailing spaces
// (docs/compiler-api.md "Custom backends and print_tabular").
static std::string tabulate_simple(const std::vector<std::string>& headers,
                                   const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> width;
  for (const auto& h : headers) width.push_back(h.size() + 2);
  for (const auto& r : rows)
    for (size_t c = 0; c < r.size(); ++c) width[c] = std::max(width[c], r[c].size());
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c) s += "  ";
      s += cells[c] + std::string(width[c] - cells[c].size(), ' ');
    }
    return s.substr(0, s.find_last_not_of(' ') + 1);  // _build_simple_row strips the line's end
  };
  std::vector<std::string> dashes;
  for (size_t w : width) dashes.push_back(std::string(w, '-'));
  std::string out = line(headers) + "\n" + line(dashes);
  for (const auto& r : rows) out += "\n" + line(r);
  return out;
}

// node.args / node.kwargs as Python values: nodes as the Node objects, constants as themselves.
static Value arg_value(rt::Interp& I, GraphObj* g, const fx::Argument& a) {
  switch (a.kind) {
    case fx::Argument::Kind::None: return Value::none();
    case fx::Argument::Kind::Bool: return Value::boolean(a.b);
    case fx::Argument::Kind::Int: return Value::integer(a.i);
    case fx::Argument::Kind::Float: return Value::flt(a.f);
    case fx::Argument::Kind::Str: return I.str(a.s);
    case fx::Argument::Kind::NodeRef: {
      auto it = g->node_values.find(a.node);
      return it == g->node_values.end() ? I.str(a.node->name()) : it->second;
    }
    case fx::Argument::Kind::Tuple:
    case fx::Argument::Kind::List:
    case fx::Argument::Kind::Slice: {
      std::vector<Value> items;
      for (const auto& e : a.items) items.push_back(arg_value(I, g, e));
      if (a.kind == fx::Argument::Kind::List) return I.list(items);
      if (a.kind == fx::Argument::Kind::Slice)
        return Value::obj(I.make<rt::Slice>(I.slice_type, items[0], items[1], items[2]));
      return I.tuple(items);
    }
    case fx::Argument::Kind::Dict: {
      rt::Dict* d = I.new_dict();
      for (size_t k = 0; k < a.keys.size(); ++k) I.dict_set(d, I.str(a.keys[k]), arg_value(I, g, a.items[k]));
      return Value::obj(d);
    }
    case fx::Argument::Kind::Raw: return I.str(a.raw_str.empty() ? a.s : a.raw_str);
  }
  return Value::none();
}

// The Node properties: which attribute, its value (made on first read) and its slot.
enum class NodeAttr { Op, Name, Target, Args, Kwargs };

static Value& node_slot(NodeObj* n, NodeAttr w) {
  switch (w) {
    case NodeAttr::Op: return n->op;
    case NodeAttr::Name: return n->name;
    case NodeAttr::Target: return n->target;
    case NodeAttr::Args: return n->args;
    case NodeAttr::Kwargs: break;
  }
  return n->kwargs;
}

static Value node_attr(rt::Interp& I, NodeObj* n, NodeAttr w) {
  Value& v = node_slot(n, w);
  if (!v.is_null()) return v;
  const fx::Node* fn = n->node;
  switch (w) {
    case NodeAttr::Op: {
      Value& shared = n->graph->names[fn->op_str()];
      if (shared.is_null()) shared = I.str(fn->op_str());
      v = shared;
      break;
    }
    case NodeAttr::Name: v = I.str(fn->name()); break;
    case NodeAttr::Target: v = target_value(I, n->graph->gm, fn); break;
    case NodeAttr::Args: {
      std::vector<Value> args;
      for (const auto& a : fn->args()) args.push_back(arg_value(I, n->graph, a));
      v = I.tuple(args);
      break;
    }
    case NodeAttr::Kwargs: {
      rt::Dict* kw = I.new_dict();
      for (const auto& [k, a] : fn->kwargs()) I.dict_set(kw, I.str(k), arg_value(I, n->graph, a));
      v = Value::obj(kw);
      break;
    }
  }
  return v;
}

static NodeObj* as_node(rt::Interp& I, rt::CallArgs& a, const char* attr) {
  auto* n = a.size() > 0 && a[0].is_obj() ? dynamic_cast<NodeObj*>(a[0].o) : nullptr;
  if (!n)
    I.raise(I.TypeError, std::string("descriptor '") + attr + "' for 'Node' objects doesn't apply to a '" +
                             (a.size() > 0 ? I.type_of(a[0])->name : std::string("NoneType")) + "' object");
  return n;
}

static void node_property(rt::Interp& I, rt::Type* t, const char* attr, NodeAttr w) {
  auto* p = I.make<rt::Property>(I.property_type);
  p->fget = I.builtin(
      attr, [attr, w](rt::Interp& I2, rt::CallArgs& a) { return node_attr(I2, as_node(I2, a, attr), w); },
      "torch.fx.node");
  p->fset = I.builtin(
      attr,
      [attr, w](rt::Interp& I2, rt::CallArgs& a) {
        NodeObj* n = as_node(I2, a, attr);
        node_slot(n, w) = a.size() > 1 ? a[1] : Value::none();
        return Value::none();
      },
      "torch.fx.node");
  I.dict_set_str(t->dict, attr, Value::obj(p));
}

Value graph_object(rt::Interp& I, GraphModuleObj* gm) {
  if (!gm->graph_obj.is_null()) return gm->graph_obj;
  // Types made once per interpreter; they live in it (I.named_types), so a later run never sees them.
  rt::Type*& graph_t = I.named_types["torch.fx.Graph"];
  rt::Type*& node_t = I.named_types["torch.fx.Node"];
  std::pair<rt::Type*&, rt::Type*&> tt{graph_t, node_t};
  if (!tt.first) {
    tt.first = I.new_type("Graph", I.object_type, Kind::Instance, "torch.fx.graph");
    tt.second = I.new_type("Node", I.object_type, Kind::Instance, "torch.fx.node");
    auto* s = static_cast<rt::Builtin*>(I.builtin("__str__", [](rt::Interp& I2, rt::CallArgs& a) {
                                           auto* g = a.size() > 0 && a[0].is_obj() ? dynamic_cast<GraphObj*>(a[0].o)
                                                                                   : nullptr;
                                           if (!g)
                                             I2.raise(I2.TypeError, "descriptor '__str__' requires a 'Graph' object");
                                           return I2.str(g->gm->prog->gm->graph->str());
                                         }).o);
    s->is_method = true;
    I.dict_set_str(tt.first->dict, "__str__", Value::obj(s));
    auto* r = static_cast<rt::Builtin*>(
        I.builtin("__repr__", [](rt::Interp& I2, rt::CallArgs& a) { return I2.getattr(a[0], "name"); }).o);
    r->is_method = true;
    I.dict_set_str(tt.second->dict, "__repr__", Value::obj(r));
    node_property(I, tt.second, "op", NodeAttr::Op);
    node_property(I, tt.second, "name", NodeAttr::Name);
    node_property(I, tt.second, "target", NodeAttr::Target);
    node_property(I, tt.second, "args", NodeAttr::Args);
    node_property(I, tt.second, "kwargs", NodeAttr::Kwargs);
    auto* pt =
        static_cast<rt::Builtin*>(I.builtin("print_tabular", [](rt::Interp& I2, rt::CallArgs& a) {
                                     auto* g =
                                         a.size() > 0 && a[0].is_obj() ? dynamic_cast<GraphObj*>(a[0].o) : nullptr;
                                     if (!g)
                                       I2.raise(I2.TypeError, "descriptor 'print_tabular' requires a 'Graph' object");
                                     I2.write_stdout(graph_tabular(I2, g->gm) + "\n");
                                     return Value::none();
                                   }).o);
    pt->is_method = true;
    I.dict_set_str(tt.first->dict, "print_tabular", Value::obj(pt));
  }
  GraphObj* g = I.make<GraphObj>(tt.first, gm);
  g->dict = I.new_dict();
  std::vector<Value> nodes;
  for (fx::Node* n : gm->prog->gm->graph->nodes()) {
    NodeObj* ni = I.make<NodeObj>(tt.second, g, n);
    ni->dict = I.new_dict();
    // A callable target is looked up now, as before (finding an operator function imports
    // `operator`, which runs Python code: the run's step count stays what it was).
    if (n->target().callable) ni->target = target_value(I, gm, n);
    g->node_values[n] = Value::obj(ni);
    nodes.push_back(Value::obj(ni));
  }
  I.dict_set_str(g->dict, "nodes", I.list(nodes));
  // The texts of str(graph) and print_tabular() are made when asked for; the targets' reprs are
  // taken now all the same, so that the objects they show get their addresses (id()) in the same
  // order as when the table was made here.
  for (fx::Node* n : gm->prog->gm->graph->nodes()) target_str(I, gm, n);
  gm->graph_obj = Value::obj(g);
  return gm->graph_obj;
}

// Graph.print_tabular: [n.op, n.name, n.target, n.args, n.kwargs] per node.
std::string graph_tabular(rt::Interp& I, GraphModuleObj* gm) {
  std::vector<std::vector<std::string>> rows;
  for (fx::Node* n : gm->prog->gm->graph->nodes()) {
    std::string args = "(";
    for (size_t i = 0; i < n->args().size(); ++i) args += (i ? ", " : "") + fx::argument_repr(n->args()[i]);
    args += n->args().size() == 1 ? ",)" : ")";
    std::string kwargs = "{";
    for (size_t i = 0; i < n->kwargs().size(); ++i)
      kwargs += (i ? ", '" : "'") + n->kwargs()[i].first + "': " + fx::argument_repr(n->kwargs()[i].second);
    kwargs += "}";
    rows.push_back({n->op_str(), n->name(), target_str(I, gm, n), args, kwargs});
  }
  return tabulate_simple({"opcode", "name", "target", "args", "kwargs"}, rows);
}


rt::Type* gm_type(rt::Interp& I) {
  rt::Type*& t = I.named_types["torch.fx.GraphModule"];
  if (t) return t;
  t = I.new_type("GraphModule", I.object_type, Kind::Other, "torch.fx.graph_module");
  auto forward = [](rt::Interp& I2, rt::CallArgs& a) {
    GraphModuleObj* gm = as_gm(I2, a[0]);
    std::vector<Value> inputs(a.pos.begin() + 1, a.pos.end());
    return gm->prog->run(I2, inputs);
  };
  gm_method(I, t, "forward", forward);
  gm_method(I, t, "__call__", forward);
  gm_method(I, t, "print_readable", [](rt::Interp& I2, rt::CallArgs& a) {
    GraphModuleObj* gm = as_gm(I2, a[0]);
    Value po = a.take_kw("print_output");
    if (po.is_null() && a.size() > 1) po = a[1];
    Value stride = a.take_kw("include_stride");
    Value device = a.take_kw("include_device");
    std::string text = gm->prog->gm->print_readable(false, !stride.is_null() && I2.truthy(stride),
                                                    !device.is_null() && I2.truthy(device));
    if (po.is_null() || I2.truthy(po)) I2.write_stdout(text + "\n");
    return I2.str(text);
  });
  gm_method(I, t, "__repr__", [](rt::Interp& I2, rt::CallArgs&) { return I2.str("GraphModule()"); });
  gm_method(I, t, "__str__", [](rt::Interp& I2, rt::CallArgs& a) {
    GraphModuleObj* gm = as_gm(I2, a[0]);
    return I2.str("GraphModule()\n\n\n\n" + gm->prog->gm->code() +
                  "\n# To see more debug info, please use `graph_module.print_readable()`");
  });
  gm_property(I, t, "code", [](rt::Interp& I2, rt::CallArgs& a) { return I2.str(as_gm(I2, a[0])->prog->gm->code()); });
  gm_property(I, t, "graph", [](rt::Interp& I2, rt::CallArgs& a) { return graph_object(I2, as_gm(I2, a[0])); });
  return t;
}

}  // namespace

// gm.graph.print_tabular()'s table for a GraphModule object (the `graph` log, convert_frame.cpp).
std::string graph_module_tabular(rt::Interp& I, Value gm) { return graph_tabular(I, as_gm(I, gm)); }

Value make_graph_module_object(rt::Interp& I, std::shared_ptr<GraphProgram> prog) {
  return Value::obj(I.make<GraphModuleObj>(gm_type(I), std::move(prog)));
}

// ---------------------------------------------------------------------------------------------
// torch._C._dynamo: the natives behind torch.compile and friends (the prelude's Python calls these)

static void init_dynamo_native(rt::Interp& I, rt::Module* m) {
  rt::Dict* d = m->dict;
  // torch.fx.GraphModule (the class of what backends receive), for annotations and isinstance.
  I.dict_set_str(d, "_graph_module_type", I.builtin("_graph_module_type", [](rt::Interp& I2, rt::CallArgs&) -> Value {
    return Value::obj(gm_type(I2));
  }));
  I.dict_set_str(d, "optimize",
                 I.builtin(
                     "optimize",
                     [](rt::Interp& I2, rt::CallArgs& a) -> Value {
                       // optimize(fn, backend, fullgraph, dynamic) -> the compiled callable
                       Value fn = a[0];
                       CompileConfig cfg;
                       cfg.backend = a.size() > 1 ? a[1] : I2.str("inductor");
                       cfg.fullgraph = a.size() > 2 && I2.truthy(a[2]);
                       cfg.dynamic = a.size() > 3 && !a[3].is_none() ? (I2.truthy(a[3]) ? 1 : 0) : -1;
                       DynamoState& D = state(I2);
                       if (D.opts.force_fullgraph >= 0) cfg.fullgraph = D.opts.force_fullgraph == 1;
                       Value self;
                       // innermost_fn: compiling a compiled function compiles the original.
                       if (fn.is_obj()) {
                         auto orig = D.compiled_originals.find(fn.o);
                         if (orig != D.compiled_originals.end()) fn = Value::obj(orig->second);
                       }
                       if (fn.is_obj() && fn.o->kind == Kind::BoundMethod) {
                         self = static_cast<rt::BoundMethod*>(fn.o)->self;
                         fn = static_cast<rt::BoundMethod*>(fn.o)->func;
                       }
                       if (!(fn.is_obj() && fn.o->kind == Kind::Function)) return Value::none();
                       auto* f = static_cast<rt::Function*>(fn.o);
                       Value wrapper = I2.builtin(
                           f->name,
                           [f, cfg, self](rt::Interp& I3, rt::CallArgs& ca) {
                             if (!self.is_null()) ca.pos.insert(ca.pos.begin(), self);
                             return call_compiled(I3, f, ca, cfg);
                           },
                           "torch._dynamo.eval_frame");
                       static_cast<rt::Builtin*>(wrapper.o)->refs = {Value::obj(f), cfg.backend, self};
                       if (self.is_null()) D.compiled_originals[wrapper.o] = f;
                       return wrapper;
                     },
                     "torch._C._dynamo"));
  // mark_dynamic(t, index, kind): kind 0 mark_dynamic, 1 maybe_mark_dynamic, 2 mark_static
  // (torch/_dynamo/decorators.py; recorded by tensor here, read by the builder's _automatic_dynamic).
  I.dict_set_str(d, "mark_dynamic",
                 I.builtin(
                     "mark_dynamic",
                     [](rt::Interp& I2, rt::CallArgs& a) -> Value {
                       DynamoState& D = state(I2);
                       const auto& t = rt::as_tensor(I2, a[0]);
                       int64_t kind = a.size() > 2 && a[2].is_int() ? a[2].i : 0;
                       auto& m = kind == 0 ? D.marked_dynamic : kind == 1 ? D.marked_maybe_dynamic : D.marked_static;
                       std::vector<Value> dims;
                       if (a[1].is_int()) dims.push_back(a[1]);
                       else dims = I2.to_vector(a[1]);
                       for (auto& v : dims) {
                         if (!v.is_int())
                           I2.raise(I2.TypeError, "mark_dynamic: index must be an int or a list of ints");
                         int64_t dim = v.i < 0 ? v.i + t.dim() : v.i;
                         if (dim < 0 || dim >= t.dim())
                           I2.raise(I2.AssertionError, "Attempted to mark dim " + std::to_string(v.i) +
                                                           " as dynamic on a tensor of " + std::to_string(t.dim()) +
                                                           " dims");
                         m[t.impl()].insert(dim);
                         I2.gc_pin(a[0]);  // marked by its TensorImpl's address: never collected
                       }
                       return Value::none();
                     },
                     "torch._C._dynamo"));
  I.dict_set_str(d, "reset",
                 I.builtin(
                     "reset",
                     [](rt::Interp& I2, rt::CallArgs&) {
                       DynamoState& D = state(I2);
                       D.caches.clear();
                       D.resume_fns.clear();
                       D.resume_origins.clear();
                       D.next_frame_id = 0;
                       D.compiled_fn_counter = 0;
                       return Value::none();
                     },
                     "torch._C._dynamo"));
  // set_stance(stance) -> the previous stance (eval_frame.py _set_stance).
  I.dict_set_str(
      d, "set_stance",
      I.builtin(
          "set_stance",
          [](rt::Interp& I2, rt::CallArgs& a) {
            std::string s = a.size() ? I2.to_str(a[0]) : "default";
            if (s != "default" && s != "force_eager" && s != "eager_on_recompile" && s != "fail_on_recompile")
              I2.raise(I2.RuntimeError, "invalid torch.compile stance '" + s + "'");
            DynamoState& D = state(I2);
            std::string prev = D.stance;
            D.stance = s;
            D.force_eager = s == "force_eager" || D.opts.force_eager;
            return I2.str(prev);
          },
          "torch._C._dynamo"));
  // run_disabled(fn, args, kwargs): DisableContext's wrapper body; fn and everything it calls run
  // without the frame callback (a torch.compile'd function called inside enables its own).
  I.dict_set_str(d, "run_disabled",
                 I.builtin(
                     "run_disabled",
                     [](rt::Interp& I2, rt::CallArgs& a) -> Value {
                       DynamoState& D = state(I2);
                       rt::CallArgs ca;
                       if (a.size() > 1) ca.pos = I2.to_vector(a[1]);
                       if (a.size() > 2 && a[2].is_obj() && a[2].o->kind == Kind::Dict)
                         for (auto& e : static_cast<rt::Dict*>(a[2].o)->entries)
                           if (e.live) ca.kw.emplace_back(I2.to_str(e.key), e.value);
                       DynamoDisabled disabled(D);
                       return I2.call(a[0], ca);
                     },
                     "torch._C._dynamo"));
  // skip_code(fn): torch._dynamo.disable(recursive=False) (eval_frame.py skip_code).
  I.dict_set_str(d, "skip_code",
                 I.builtin(
                     "skip_code",
                     [](rt::Interp& I2, rt::CallArgs& a) {
                       Value f = a[0];
                       if (f.is_obj() && f.o->kind == Kind::BoundMethod) f = static_cast<rt::BoundMethod*>(f.o)->func;
                       if (f.is_obj() && f.o->kind == Kind::Function)
                         state(I2).skip_codes.insert(static_cast<rt::Function*>(f.o)->code.get());
                       return Value::none();
                     },
                     "torch._C._dynamo"));
  // allow_in_graph(fn): decorators.py allow_in_graph (trace_rules' allowed functions).
  I.dict_set_str(d, "allow_in_graph",
                 I.builtin(
                     "allow_in_graph",
                     [](rt::Interp& I2, rt::CallArgs& a) {
                       // A disallowed in-graph op is allowed again (removed from the disallowed ids).
                       if (a[0].is_obj() && !state(I2).disallowed_in_graph.erase(a[0].o))
                         state(I2).allowed_in_graph.insert(a[0].o);
                       return Value::none();
                     },
                     "torch._C._dynamo"));
  // disallow_in_graph(fn) -> bool: decorators.py _disallow_in_graph_helper; False when fn is not a
  // callable Dynamo puts in the graph (a torch.* op or an allow_in_graph function), which the
  // Python side turns into IncorrectUsage.
  I.dict_set_str(d, "disallow_in_graph",
                 I.builtin(
                     "disallow_in_graph",
                     [](rt::Interp& I2, rt::CallArgs& a) {
                       if (!a[0].is_obj()) return Value::boolean(false);
                       auto& st = state(I2);
                       if (st.allowed_in_graph.erase(a[0].o)) return Value::boolean(true);
                       if (!is_in_graph_torch_op(I2, a[0])) return Value::boolean(false);
                       st.disallowed_in_graph.insert(a[0].o);
                       return Value::boolean(true);
                     },
                     "torch._C._dynamo"));
  // nonstrict_trace(wrapped): decorators.py nonstrict_trace (trace_rules' allowed and
  // nonstrict-trace callable ids).
  I.dict_set_str(d, "nonstrict_trace",
                 I.builtin(
                     "nonstrict_trace",
                     [](rt::Interp& I2, rt::CallArgs& a) {
                       if (a[0].is_obj()) {
                         state(I2).allowed_in_graph.insert(a[0].o);
                         state(I2).nonstrict_trace.insert(a[0].o);
                       }
                       return Value::none();
                     },
                     "torch._C._dynamo"));
  // set_logs(spec): torch._logging.set_logs, a TORCH_LOGS spec replacing the current one.
  I.dict_set_str(d, "set_logs",
                 I.builtin(
                     "set_logs",
                     [](rt::Interp& I2, rt::CallArgs& a) {
                       state(I2).logs = LogConfig::parse(a.size() ? I2.to_str(a[0]) : "");
                       // Said once per call, so a tutorial's empty section is explained.
                       for (const std::string& n : state(I2).logs.unsupported) {
                         // Why the log stays empty: bytecode and graph_sizes are Dynamo's own logs the
                         // playground does not write; the others belong to the stages after Dynamo.
                         std::string why =
                             n == "bytecode"
                                 ? "the playground runs compiled frames without generating new bytecode, so "
                                   "there is no ORIGINAL/MODIFIED BYTECODE to show"
                             : n == "graph_sizes"
                                 ? "the playground does not write TRACED GRAPH TENSOR SIZES yet; the graph_code log "
                                   "shows every node's size"
                                 : "AOTAutograd and Inductor do not run here: every backend runs the graph as "
                                   "'eager', so it logs nothing";
                         I2.write_stderr("not supported by the playground yet: the '" + n + "' log (" + why + ")\n");
                       }
                       return Value::none();
                     },
                     "torch._C._dynamo"));
  I.dict_set_str(d, "get_error_on_graph_break",
                 I.builtin(
                     "get_error_on_graph_break",
                     [](rt::Interp& I2, rt::CallArgs&) { return Value::boolean(state(I2).error_on_graph_break); },
                     "torch._C._dynamo"));
  I.dict_set_str(d, "set_error_on_graph_break",
                 I.builtin(
                     "set_error_on_graph_break",
                     [](rt::Interp& I2, rt::CallArgs& a) {
                       state(I2).error_on_graph_break = a.size() && I2.truthy(a[0]);
                       return Value::none();
                     },
                     "torch._C._dynamo"));
  I.dict_set_str(
      d, "is_compiling",
      I.builtin(
          "is_compiling", [](rt::Interp& I2, rt::CallArgs&) { return Value::boolean(state(I2).tracing > 0); },
          "torch._C._dynamo"));
  I.dict_set_str(d, "fake_like",
                 I.builtin(
                     "fake_like",
                     [](rt::Interp& I2, rt::CallArgs& a) {
                       // A fresh fake tensor with the same size/stride/dtype/requires_grad (torch.empty_strided under FakeTensorMode).
                       const torch::Tensor& t = rt::as_tensor(I2, a[0]);
                       torch::Tensor f = torch::Tensor::make_strided(t.sizes(), t.strides(), t.dtype(), true);
                       if (t.requires_grad()) f.set_requires_grad(true);
                       return I2.tensor(f);
                     },
                     "torch._C._dynamo"));
  I.dict_set_str(
      d, "is_fake",
      I.builtin(
          "is_fake",
          [](rt::Interp& I2, rt::CallArgs& a) {
            return Value::boolean(a[0].is_obj() && a[0].o->kind == Kind::Tensor && rt::as_tensor(I2, a[0]).is_fake());
          },
          "torch._C._dynamo"));
  I.dict_set_str(d, "in_fake_mode",
                 I.builtin(
                     "in_fake_mode", [](rt::Interp&, rt::CallArgs&) { return Value::boolean(torch::fake_mode()); },
                     "torch._C._dynamo"));
  // torch._subclasses.fake_tensor.FakeTensorMode: turns the fake mode the tracer uses on and off
  // (returns the previous state).
  I.dict_set_str(d, "_set_fake_mode",
                 I.builtin(
                     "_set_fake_mode",
                     [](rt::Interp& I2, rt::CallArgs& a) {
                       bool prev = torch::fake_mode();
                       torch::set_fake_mode(I2.truthy(a[0]));
                       return Value::boolean(prev);
                     },
                     "torch._C._dynamo"));
  I.dict_set_str(d, "shares_storage",
                 I.builtin(
                     "shares_storage",
                     [](rt::Interp& I2, rt::CallArgs& a) {
                       return Value::boolean(torch::shares_storage(rt::as_tensor(I2, a[0]), rt::as_tensor(I2, a[1])));
                     },
                     "torch._C._dynamo"));
  I.dict_set_str(d, "warn",
                 I.builtin(
                     "warn",
                     [](rt::Interp& I2, rt::CallArgs& a) {
                       I2.write_stderr(I2.to_str(a[0]) + "\n");
                       return Value::none();
                     },
                     "torch._C._dynamo"));
  I.dict_set_str(d, "explain_records",
                 I.builtin(
                     "explain_records",
                     [](rt::Interp& I2, rt::CallArgs& a) -> Value {
                       // explain_records(start): graphs and breaks recorded since index `start`
                       DynamoState& D = state(I2);
                       size_t gs = a.size() > 0 ? static_cast<size_t>(I2.index_value(a[0])) : 0;
                       size_t bs = a.size() > 1 ? static_cast<size_t>(I2.index_value(a[1])) : 0;
                       std::vector<Value> graphs, breaks;
                       for (size_t i = gs; i < D.graphs.size(); ++i) {
                         std::vector<Value> ops;
                         for (auto& o : D.graphs[i].call_function_ops) ops.push_back(I2.str(o));
                         graphs.push_back(I2.list(ops));
                       }
                       // Only breaks whose partial graph reached the backend are reasons (explain's _explain_graph_detail).
                       for (size_t i = gs; i < D.graphs.size(); ++i) {
                         // A partial graph at a checkpoint: GraphCompileReason("step_unsupported",
                         // [the checkpoint's frame summary]) (step_graph_break).
                         if (const auto& site = D.graphs[i].step_unsupported_site) {
                           breaks.push_back(I2.tuple({I2.str(*D.graphs[i].break_reason), I2.str(site->filename),
                                                      Value::integer(site->lineno), I2.str(site->frame)}));
                           continue;
                         }
                         int bi = D.graphs[i].break_index;
                         if (bi < static_cast<int>(bs) || bi >= static_cast<int>(D.graph_breaks.size())) continue;
                         auto& b = D.graph_breaks[static_cast<size_t>(bi)];
                         breaks.push_back(I2.tuple({I2.str(b.message), I2.str(b.site.filename),
                                                    Value::integer(b.site.lineno), I2.str(b.site.frame)}));
                       }
                       return I2.tuple({I2.list(graphs), I2.list(breaks)});
                     },
                     "torch._C._dynamo"));
  I.dict_set_str(d, "record_counts",
                 I.builtin(
                     "record_counts",
                     [](rt::Interp& I2, rt::CallArgs&) {
                       DynamoState& D = state(I2);
                       return I2.tuple({Value::integer(static_cast<int64_t>(D.graphs.size())),
                                        Value::integer(static_cast<int64_t>(D.graph_breaks.size()))});
                     },
                     "torch._C._dynamo"));
}

static void init_torch_C(rt::Interp& I, rt::Module* m) {
  rt::init_script_objects(I, m);
  rt::init_torch_C_tensors(I, m);
}

void install(rt::Interp& I, const DynamoOptions& opts) {
  auto D = std::make_shared<DynamoState>();
  D->opts = opts;
  D->logs = LogConfig::parse(opts.logs);
  D->interp = &I;
  I.dynamo = D.get();
  I.dynamo_owner = D;
  rt::register_native_module("torch._C._dynamo", init_dynamo_native);
  rt::register_native_module("torch._C", init_torch_C);
  I.frame_hook = [&I](rt::Function* f, rt::CallArgs& a, Value& out) -> bool {
    DynamoState& S = state(I);
    if (S.callback_depth == 0 || S.tracing > 0 || S.force_eager) return false;
    const auto& c = *f->code;
    if (S.skip_codes.count(&c)) return false;
    if (c.co_filename.rfind("/playground/lib/", 0) == 0) return false;
    // Generator, coroutine and async-generator functions: the call makes the object and runs no
    // code; the VM makes it (run_frame_eagerly wraps only plain generators).
    if (c.co_flags & (py::CO_GENERATOR | py::CO_COROUTINE | py::CO_ASYNC_GENERATOR)) return false;
    if (!c.co_name.empty() && c.co_name[0] == '<') return false;
    auto frame = I.make_frame(f, a);
    out = run_with_dynamo(I, f, frame, S.active_config);
    return true;
  };
  // The tensor collector's roots in this state that a compile did not make (those made while
  // compiling are pinned when it ends: convert_frame.cpp).
  I.gc_extra_roots = [&I](rt::RefVisitor& v) {
    DynamoState& S = state(I);
    for (const auto& [key, fn] : S.resume_fns)
      v.visit(fn);
    for (const auto& [code, origin] : S.resume_origins)
      v.visit(origin.fn);
    for (const auto& [wrapper, fn] : S.compiled_originals) {
      v.visit(wrapper);
      v.visit(fn);
    }
    v.visit(S.active_config.backend);
  };
}

}  // namespace dp::dynamo
