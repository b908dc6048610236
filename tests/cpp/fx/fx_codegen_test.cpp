// Code-generation and printing tests. Mirrors torch/fx/graph.py (CodeGen._gen_python_code,
// Graph.__str__), torch/fx/node.py (format_node, _format_arg), torch/fx/graph_module.py
// (_print_readable) and torch/_dynamo/testing.py (normalize_gm); see docs/dynamo-formats.md §1.2-§1.12.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "fx/graph.h"
#include "fx/pyrepr.h"
#include "python/consts.h"
#include "fx_test_util.h"

using namespace dp::fx;
using fx_test::py_strip;

// §1.6: Python float repr.
TEST(FxRepr, Floats) {
  EXPECT_EQ(py_float_repr(1.0), "1.0");
  EXPECT_EQ(py_float_repr(0.5), "0.5");
  EXPECT_EQ(py_float_repr(1e-05), "1e-05");
  EXPECT_EQ(py_float_repr(0.0001), "0.0001");
  EXPECT_EQ(py_float_repr(1e16), "1e+16");
  EXPECT_EQ(py_float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(py_float_repr(123.456), "123.456");
  EXPECT_EQ(py_float_repr(-0.0), "-0.0");
  EXPECT_EQ(py_float_repr(0.0), "0.0");
  EXPECT_EQ(py_float_repr(1.5e-7), "1.5e-07");
  EXPECT_EQ(py_float_repr(2.5e20), "2.5e+20");
  EXPECT_EQ(py_float_repr(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(py_float_repr(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(py_float_repr(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(py_float_repr(std::nan("")), "nan");
}

// §1.6: Python str repr quoting.
TEST(FxRepr, Strings) {
  EXPECT_EQ(dp::py::str_repr("push"), "'push'");
  EXPECT_EQ(dp::py::str_repr("it's"), "\"it's\"");
  EXPECT_EQ(dp::py::str_repr("a\"b"), "'a\"b'");
  EXPECT_EQ(dp::py::str_repr("a'b\"c"), "'a\\'b\"c'");
  EXPECT_EQ(dp::py::str_repr("tab\there\n"), "'tab\\there\\n'");
  EXPECT_EQ(dp::py::str_repr("back\\slash"), "'back\\\\slash'");
}

// §1.6: containers, slices, None, bools, raw values inside generated code.
TEST(FxCodegen, ArgumentReprs) {
  Graph g;
  Node* x = g.placeholder("x");
  Node* a = g.call_function(
      Target::torch("torch.foo"),
      {Argument::tuple({x}), Argument::tuple({}), Argument::tuple({1, 2}), Argument::list({x, 2.5}), Argument::list({}),
       Argument::none(), true, false, "s", Argument::slice(Argument(), 2, Argument()), Argument::raw("torch.float32"),
       Argument::raw("device(type='cpu')", "cpu"), Argument::dict({{"k", x}, {"j", "v"}})},
      {{"dim", -1}, {"eps", 1e-05}});
  g.output(Argument::tuple({a}));
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, x):\n"
            "    foo = torch.foo((x,), (), (1, 2), [x, 2.5], [], None, True, False, 's', "
            "slice(None, 2, None), torch.float32, device(type='cpu'), {'k': x, 'j': 'v'}, "
            "dim = -1, eps = 1e-05);  x = None\n"
            "    return (foo,)");
}

// §1.5/§1.6: kwargs print as `key = value`; call_method with kwargs.
TEST(FxCodegen, Kwargs) {
  Graph g;
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  Node* s = g.call_function(Target::torch("torch.sum"), {x}, {{"dim", 1}});
  Node* m = g.call_method("sum", {x}, {{"dim", 1}, {"keepdim", true}});
  g.output(Argument::tuple({s, m}));
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, L_x_ : torch.Tensor):\n"
            "    l_x_ = L_x_\n"
            "    sum_1 = torch.sum(l_x_, dim = 1)\n"
            "    sum_2 = l_x_.sum(dim = 1, keepdim = True);  l_x_ = None\n"
            "    return (sum_1, sum_2)");
}

// §1.5: getattr with 2 args prints as attribute access; 3 args or non-identifier fall back.
TEST(FxCodegen, GetattrForms) {
  Graph g;
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  Node* size = g.call_function(Target::builtin("getattr"), {x, "shape"}, {}, std::string("size"));
  Node* g1 = g.call_function(Target::builtin("getattr"), {x, "foo", Argument()});
  Node* g2 = g.call_function(Target::builtin("getattr"), {x, "not-ident"});
  g.output(Argument::tuple({size, g1, g2}));
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, L_x_ : torch.Tensor):\n"
            "    l_x_ = L_x_\n"
            "    size = l_x_.shape\n"
            "    getattr_1 = getattr(l_x_, 'foo', None)\n"
            "    getattr_2 = getattr(l_x_, 'not-ident');  l_x_ = None\n"
            "    return (size, getattr_1, getattr_2)");
}

// §1.5: getitem / magic templates, unary forms, slices inside subscripts.
TEST(FxCodegen, MagicMethods) {
  Graph g;
  Node* x = g.placeholder("x");
  Node* y = g.placeholder("y");
  Node* gi = g.call_function(Target::op("getitem"),
                             {x, Argument::tuple({Argument::slice(Argument(), Argument(), Argument()), 0})});
  Node* neg = g.call_function(Target::op("neg"), {gi});
  Node* mm = g.call_function(Target::op("matmul"), {neg, y});
  Node* fd = g.call_function(Target::op("floordiv"), {mm, 2});
  Node* ne = g.call_function(Target::op("ne"), {fd, y});
  g.output(Argument::tuple({ne}));
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, x, y):\n"
            "    getitem = x[(slice(None, None, None), 0)];  x = None\n"
            "    neg = -getitem;  getitem = None\n"
            "    matmul = neg @ y;  neg = None\n"
            "    floordiv = matmul // 2;  matmul = None\n"
            "    ne = floordiv != y;  floordiv = y = None\n"
            "    return (ne,)");
}

// §1.5 + §1.7: in-place operators `<stmt>;  N = <first arg>`, side-effect dealloc of N itself.
TEST(FxCodegen, InplaceOperators) {
  Graph g;
  Node* x = g.placeholder("x");
  Node* y = g.placeholder("y");
  Node* st = g.call_function(Target::op("setitem"), {x, 0, 1.0});
  (void)st;
  Node* ia = g.call_function(Target::op("iadd"), {x, y});
  g.output(Argument::tuple({ia}));
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, x, y):\n"
            "    x[0] = 1.0;  setitem = x;  setitem = None\n"
            "    x += y;  iadd = x;  x = y = None\n"
            "    return (iadd,)");
}

// §1.5: non-magic operator functions go through add_global with their qualified name
// (`_operator.not_`, from _get_qualified_name) -> sanitised global `_operator_not_`.
TEST(FxCodegen, NonMagicOperatorGlobal) {
  Graph g;
  Node* x = g.placeholder("x");
  Node* n = g.call_function(Target::op("not_"), {x});
  g.output(Argument::tuple({n}));
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, x):\n"
            "    not_ = _operator_not_(x);  x = None\n"
            "    return (not_,)");
}

// §1.5: call_module / get_attr through _format_target (non-identifier segments use getattr).
TEST(FxCodegen, ModuleAndAttr) {
  Graph g;
  Node* x = g.placeholder("x");
  Node* lin = g.call_module("L__self___linear", {x});
  Node* l0 = g.call_module("layers.0", {lin});
  Node* w = g.get_attr("linear.weight");
  Node* add = g.call_function(Target::op("add"), {l0, w});
  g.output(Argument::tuple({add}));
  EXPECT_EQ(lin->name(), "l__self___linear");
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, x):\n"
            "    l__self___linear = self.L__self___linear(x);  x = None\n"
            "    layers_0 = getattr(self.layers, \"0\")(l__self___linear);  l__self___linear = None\n"
            "    linear_weight = self.linear.weight\n"
            "    add = layers_0 + linear_weight;  layers_0 = linear_weight = None\n"
            "    return (add,)");
}

// §1.2: no nodes at all -> `pass`; placeholders only -> alias-free body with just `return`.
TEST(FxCodegen, EmptyBodies) {
  Graph empty;
  EXPECT_EQ(empty.code(), "\n\n\ndef forward(self):\n    pass\n    ");
  Graph g;
  g.placeholder("x");
  g.output(Argument::tuple({}));
  EXPECT_EQ(g.code(), "\n\n\ndef forward(self, x):\n    return ()\n    ");
  // non-Dynamo graphs may return a bare node (§1.8)
  Graph h;
  Node* x = h.placeholder("x");
  Node* s = h.call_function(Target::torch("torch.sin"), {x});
  h.output(s);
  EXPECT_EQ(py_strip(h.code()), "def forward(self, x):\n    sin = torch.sin(x);  x = None\n    return sin");
}

// §1.3: placeholder defaults and output type annotation.
TEST(FxCodegen, DefaultsAndReturnType) {
  Graph g;
  Node* x = g.placeholder("x", "torch.Tensor");
  Node* y = g.placeholder("y", "int", Argument(3));
  Node* a = g.call_function(Target::op("mul"), {x, y});
  g.output(a, "torch.Tensor");
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, x : torch.Tensor, y : int = 3) -> torch.Tensor:\n"
            "    mul = x * y;  x = y = None\n"
            "    return mul");
}

// §1.3/§1.10: verbose with SymInt placeholders, symbolic sizes, stride/device, subclasses,
// "No stacktrace found" comments and summaries grouped by source line.
TEST(FxCodegen, VerboseAnnotations) {
  GraphModule gm;
  Graph& g = *gm.graph;
  Node* s = g.placeholder("s77", "torch.SymInt");
  s->meta.sym = "s77";
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  TensorMeta t;
  t.sizes = {"s77", "1"};
  t.strides = {"1", "1"};
  x->meta.tensor = t;
  Node* c = g.call_method("cos", {x});
  c->meta.tensor = t;
  Node* d = g.call_method("sin", {c});
  TensorMeta sub = t;
  sub.subclass = "TwoTensor";
  d->meta.tensor = sub;
  d->meta.stack = StackSummary{"/tmp/a.py", "3", "f", "return x.cos().sin()"};
  Node* e = g.call_method("relu", {d});
  e->meta.tensor = t;
  e->meta.stack = d->meta.stack;
  g.output(Argument::tuple({e}));
  EXPECT_EQ(gm.print_readable(false, true, true),
            "class GraphModule(torch.nn.Module):\n"
            "    def forward(self, s77: \"Sym(s77)\", L_x_: \"f32[s77, 1][1, 1]cpu\"):\n"
            "        l_x_ = L_x_\n"
            "        \n"
            "        # No stacktrace found for following nodes\n"
            "        cos: \"f32[s77, 1][1, 1]cpu\" = l_x_.cos();  l_x_ = None\n"
            "        \n"
            "        # File: /tmp/a.py:3 in f, code: return x.cos().sin()\n"
            "        sin: \"TwoTensor(f32[s77, 1][1, 1]cpu)\" = cos.sin();  cos = None\n"
            "        relu: \"f32[s77, 1][1, 1]cpu\" = sin.relu();  sin = None\n"
            "        return (relu,)\n"
            "        ");
  // Non-verbose code keeps the node.type annotations instead.
  EXPECT_EQ(py_strip(gm.code()),
            "def forward(self, s77 : torch.SymInt, L_x_ : torch.Tensor):\n"
            "    l_x_ = L_x_\n"
            "    cos = l_x_.cos();  l_x_ = None\n"
            "    sin = cos.sin();  cos = None\n"
            "    relu = sin.relu();  sin = None\n"
            "    return (relu,)");
}

// §1.10: _parse_stack_trace picks the innermost frame.
TEST(FxCodegen, ParseStackTrace) {
  auto s = parse_stack_trace(
      "  File \"/a/outer.py\", line 10, in main\n    f(x)\n"
      "  File \"/a/playground.py\", line 8, in f\n    x = torch.sin(x)\n");
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->summary(), "File: /a/playground.py:8 in f, code: x = torch.sin(x)");
  EXPECT_FALSE(parse_stack_trace("garbage").has_value());
}

// §1.11: str(graph) IR form (node.py format_node / _format_arg).
TEST(FxCodegen, GraphStr) {
  Graph g;
  Node* tq = g.placeholder("L_tq_", "torch.ScriptObject");
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  Node* cos = g.call_method("cos", {x});
  Node* ct = g.call_function(Target::hop("call_torchbind", true), {tq, "push", cos});
  (void)ct;
  Node* sz = g.call_function(Target::builtin("getattr"), {x, "shape"}, {}, std::string("size"));
  Node* s = g.call_function(Target::torch("torch.sum"), {x}, {{"dim", 1}});
  Node* a = g.call_function(Target::op("add"), {s, 1.5});
  Node* w = g.get_attr("wrap_body_0");
  Node* l = g.call_function(
      Target::torch("torch.foo"),
      {Argument::list({a, w}), Argument::slice(Argument(), 2, Argument()), Argument::raw("torch.float32")},
      {{"d", Argument::raw("device(type='cpu')", "cpu")}});
  g.output(Argument::tuple({l, sz}));
  EXPECT_EQ(
      g.str(),
      "graph():\n"
      "    %l_tq_ : torch.ScriptObject [num_users=1] = placeholder[target=L_tq_]\n"
      "    %l_x_ : torch.Tensor [num_users=3] = placeholder[target=L_x_]\n"
      "    %cos : [num_users=1] = call_method[target=cos](args = (%l_x_,), kwargs = {})\n"
      "    %call_torchbind : [num_users=0] = call_function[target=torch.ops.higher_order.call_torchbind](args = (%l_tq_, push, %cos), kwargs = {})\n"
      "    %size : [num_users=1] = call_function[target=builtins.getattr](args = (%l_x_, shape), kwargs = {})\n"
      "    %sum_1 : [num_users=1] = call_function[target=torch.sum](args = (%l_x_,), kwargs = {dim: 1})\n"
      "    %add : [num_users=1] = call_function[target=operator.add](args = (%sum_1, 1.5), kwargs = {})\n"
      "    %wrap_body_0 : [num_users=1] = get_attr[target=wrap_body_0]\n"
      "    %foo : [num_users=1] = call_function[target=torch.foo](args = ([%add, %wrap_body_0], slice(None, 2, None), torch.float32), kwargs = {d: cpu})\n"
      "    return (foo, size)");
}

// §1.12: normalize_gm.
TEST(FxCodegen, NormalizeGm) {
  EXPECT_EQ(normalize_gm("class A:\n    x = 1   \n        \n    # File: a.py:1\n\n\n    y = 2\n    "),
            "class A:\n    x = 1\n\n    y = 2\n");
  EXPECT_EQ(addindent("one", 4), "one");
  EXPECT_EQ(addindent("a\nb\n", 2), "a\n  b\n  ");
}

// Graph mutation helpers used by Dynamo.
TEST(FxGraph, InsertEraseReplacePrune) {
  Graph g;
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  Node* s = g.call_function(Target::torch("torch.sin"), {x});
  Node* out = g.output(Argument::tuple({s}));
  (void)out;
  // a new input realised later goes after the last placeholder
  Node* y;
  {
    auto guard = g.inserting_after(x);
    y = g.placeholder("L_y_", "torch.Tensor");
  }
  // a new op appended before the output
  Node* c;
  {
    auto guard = g.inserting_before_output();
    c = g.call_function(Target::torch("torch.cos"), {s});
  }
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, L_x_ : torch.Tensor, L_y_ : torch.Tensor):\n"
            "    l_x_ = L_x_\n"
            "    l_y_ = L_y_\n"
            "    sin = torch.sin(l_x_);  l_x_ = None\n"
            "    cos = torch.cos(sin);  cos = None\n"
            "    return (sin,)");
  EXPECT_THROW(g.erase_node(s), std::runtime_error);
  g.erase_node(c);
  EXPECT_TRUE(c->erased());
  EXPECT_EQ(s->users().size(), 1u);
  EXPECT_EQ(g.prune_unused_placeholders(), std::vector<std::string>{"L_y_"});
  (void)y;
  // replace_all_uses_with
  Node* t;
  {
    auto guard = g.inserting_before_output();
    t = g.call_function(Target::torch("torch.tan"), {x});
  }
  s->replace_all_uses_with(t);
  EXPECT_TRUE(s->users().empty());
  EXPECT_TRUE(g.eliminate_dead_code());  // sin is now dead
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, L_x_ : torch.Tensor):\n"
            "    l_x_ = L_x_\n"
            "    tan = torch.tan(l_x_);  l_x_ = None\n"
            "    return (tan,)");
  // inserting_after(n) repeatedly inserts right after n (reverse order, as in Python)
  Graph h;
  Node* a = h.placeholder("a");
  {
    auto guard = h.inserting_after(a);
    h.placeholder("b");
    h.placeholder("c");
  }
  std::vector<std::string> names;
  for (Node* n : h.nodes()) names.push_back(n->name());
  EXPECT_EQ(names, (std::vector<std::string>{"a", "c", "b"}));
}

// Side-effect nodes survive DCE and are freed right after they run (§1.7).
TEST(FxGraph, SideEffectNodesSurviveDce) {
  Graph g;
  Node* tq = g.placeholder("L_tq_", "torch.ScriptObject");
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  g.call_function(Target::hop("call_torchbind", true), {tq, "push", x});
  Node* dead = g.call_method("cos", {x});
  (void)dead;
  g.output(Argument::tuple({}));
  EXPECT_TRUE(g.eliminate_dead_code());
  EXPECT_EQ(
      py_strip(g.code()),
      "def forward(self, L_tq_ : torch.ScriptObject, L_x_ : torch.Tensor):\n"
      "    l_tq_ = L_tq_\n"
      "    l_x_ = L_x_\n"
      "    call_torchbind = torch.ops.higher_order.call_torchbind(l_tq_, 'push', l_x_);  l_tq_ = l_x_ = call_torchbind = None\n"
      "    return ()");
}

// Target helpers: qualified names, pretty names, from_torch.
TEST(FxTarget, Names) {
  EXPECT_EQ(Target::torch("torch.nn.functional.relu").qualified_name(), "torch.nn.functional.relu");
  EXPECT_EQ(Target::torch("torch.nn.functional.relu").name, "relu");
  EXPECT_EQ(Target::torch("torch._C._nn.linear").name, "linear");
  EXPECT_EQ(Target::custom_op("_TorchScriptTesting", "queue_push").qualified_name(),
            "torch.ops._TorchScriptTesting.queue_push");
  EXPECT_EQ(Target::function("torch._ops.aten", "mul.Tensor").qualified_name(), "torch.ops.aten.mul.Tensor");
  EXPECT_EQ(Target::op("add").pretty(), "operator.add");
  EXPECT_EQ(Target::builtin("getattr").pretty(), "builtins.getattr");
  EXPECT_EQ(Target::builtin("getattr").qualified_name(), "getattr");
  EXPECT_TRUE(Target::hop("cond").from_torch());
  EXPECT_TRUE(Target::function("torch._dynamo", "foo").from_torch());
  EXPECT_FALSE(Target::function("torch._dynamo.utils", "foo").from_torch());
  EXPECT_FALSE(Target::function("torchvision", "foo").from_torch());
  EXPECT_EQ(Graph::target_to_str(Target::hop("call_torchbind")), "call_torchbind");
  EXPECT_EQ(dtype_abbr("torch.float32"), "f32");
  EXPECT_EQ(dtype_abbr("bool"), "b8");
  EXPECT_EQ(dtype_abbr("torch.bfloat16"), "bf16");
}

// §1.3: type annotations go through type_repr/add_global: torch types verbatim, builtins bare,
// other dotted types become sanitised globals.
TEST(FxCodegen, TypeReprGlobals) {
  Graph g;
  Node* a = g.placeholder("a", "torch.Tensor");
  Node* b = g.placeholder("b", "int");
  Node* c = g.placeholder("c", "mymod.Thing");
  Node* d = g.placeholder("d", "typing.List[int]");
  g.output(Argument::tuple({a, b, c, d}));
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, a : torch.Tensor, b : int, c : mymod_Thing, d : typing.List[int]):\n"
            "    return (a, b, c, d)");
  Argument u(static_cast<size_t>(3));
  EXPECT_EQ(argument_repr(u), "3");
}

// §1.5: OpOverloads print fully qualified; their __name__ ("mul.Tensor") is sanitised for the
// node name (graph.py _target_to_str + _Namespace.create_name).
TEST(FxCodegen, OpOverload) {
  Graph g;
  Node* x = g.placeholder("x");
  Node* m = g.call_function(Target::op_overload("aten", "mul", "Tensor"), {x, x});
  g.output(Argument::tuple({m}));
  EXPECT_EQ(m->name(), "mul_tensor");
  EXPECT_EQ(py_strip(g.code()),
            "def forward(self, x):\n"
            "    mul_tensor = torch.ops.aten.mul.Tensor(x, x);  x = None\n"
            "    return (mul_tensor,)");
}

// §1.11: str(gm) = nn.Module repr + "\n" + gm.code + "\n" + reminder.
TEST(FxCodegen, GraphModuleStr) {
  GraphModule gm;
  Node* x = gm.graph->placeholder("L_x_", "torch.Tensor");
  Node* b = gm.graph->get_attr("wrap_body_0");
  Node* w = gm.graph->call_function(Target::hop("wrap"), {b, x});
  gm.graph->output(Argument::tuple({w}));
  auto child = std::make_shared<GraphModule>();
  Node* p = child->graph->placeholder("l_x_");
  child->graph->output(Argument::tuple({p}));
  gm.add_submodule("wrap_body_0", child);
  EXPECT_EQ(gm.str(),
            "GraphModule(\n  (wrap_body_0): GraphModule()\n)\n"
            "\n\n\ndef forward(self, L_x_ : torch.Tensor):\n"
            "    l_x_ = L_x_\n"
            "    wrap_body_0 = self.wrap_body_0\n"
            "    wrap = torch.ops.higher_order.wrap(wrap_body_0, l_x_);  wrap_body_0 = l_x_ = None\n"
            "    return (wrap,)\n    \n"
            "# To see more debug info, please use `graph_module.print_readable()`");
}
