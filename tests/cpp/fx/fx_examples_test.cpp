// Golden tests: the full graphs of docs/dynamo-formats.md §1.13 (Examples A-D and
// test_dispatch_key4) and the conformance programs sin_add / queue_push_pop, rebuilt through the
// dp::fx API the way Dynamo builds them. Mirrors torch/fx/graph.py python_code and
// torch/fx/graph_module.py print_readable output.
#include <gtest/gtest.h>

#include "fx/graph.h"
#include "fx_test_util.h"

using namespace dp::fx;
using fx_test::py_strip;

namespace {

TensorMeta tmeta(std::vector<std::string> sizes, std::vector<std::string> strides = {}) {
  TensorMeta t;
  t.dtype = "f32";
  t.sizes = std::move(sizes);
  t.strides = std::move(strides);
  t.device = "cpu";
  return t;
}

StackSummary frame(std::string file, std::string lineno, std::string fn, std::string code) {
  return StackSummary{std::move(file), std::move(lineno), std::move(fn), std::move(code)};
}

// Python-style rstrip of every line (what the docs' rendering of a log loses).
std::string rstrip_lines(const std::string& s) {
  std::string out, line;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '\n') {
      size_t e = line.find_last_not_of(" \t");
      out += e == std::string::npos ? "" : line.substr(0, e + 1);
      if (i != s.size()) out += '\n';
      line.clear();
    } else {
      line += s[i];
    }
  }
  return out;
}

}  // namespace

// ---- conformance/sin_add.out (printed as backend.graphs[0].code.strip()) ----------------------
GraphModule build_sin_add() {
  GraphModule gm;
  Graph& g = *gm.graph;
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  Node* s = g.call_function(Target::torch("torch.sin"), {x});
  Node* a = g.call_function(Target::op("add"), {s, 1});
  g.output(Argument::tuple({a}));
  return gm;
}

TEST(FxConformance, SinAddCode) {
  if (!fx_test::shared_conformance_present())
    GTEST_SKIP() << "no " << fx_test::shared_dir() << "/conformance (the public programs)";
  GraphModule gm = build_sin_add();
  std::string expected =
      fx_test::extract_graph_code(fx_test::read_file(fx_test::shared_dir() + "/conformance/sin_add.out"));
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(py_strip(gm.code()), expected);
  // §1.2: exact src bytes: three leading newlines, 4-space indented body, trailing "    ".
  EXPECT_EQ(gm.code(),
            "\n\n\ndef forward(self, L_x_ : torch.Tensor):\n"
            "    l_x_ = L_x_\n"
            "    sin = torch.sin(l_x_);  l_x_ = None\n"
            "    add = sin + 1;  sin = None\n"
            "    return (add,)\n    ");
}

// ---- conformance/queue_push_pop.out (docs/torchbind.md §0 caveat + §5.4: current FX also
// frees side-effect nodes without users: `;  cos = call_torchbind = None`) --------------------
TEST(FxConformance, QueuePushPopCode) {
  if (!fx_test::shared_conformance_present())
    GTEST_SKIP() << "no " << fx_test::shared_dir() << "/conformance (the public programs)";
  GraphModule gm;
  Graph& g = *gm.graph;
  Node* tq = g.placeholder("L_tq_", "torch.ScriptObject");
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  Target ct = Target::hop("call_torchbind", /*side_effect=*/true);
  Node* cos = g.call_method("cos", {x});
  g.call_function(ct, {tq, "push", cos});
  Node* sin = g.call_method("sin", {x});
  g.call_function(ct, {tq, "push", sin});
  Node* pop = g.call_function(ct, {tq, "pop"});
  Node* size = g.call_function(ct, {tq, "size"});
  (void)size;
  Node* sub = g.call_function(Target::op("sub"), {pop, 1});  // size() specialised to constant 1
  sub->rename("x_sin");                                      // STORE_FAST x_sin
  g.output(Argument::tuple({sub}));

  EXPECT_EQ(size->name(), "call_torchbind_3");
  std::string expected =
      fx_test::extract_graph_code(fx_test::read_file(fx_test::shared_dir() + "/conformance/queue_push_pop.out"));
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(py_strip(gm.code()), expected);
}

// ---- §1.13 Example A: TORCH_LOGS=graph_code (§2.5 banner, include_stride+include_device) ------
TEST(FxExamples, ExampleA_GraphCodeLog) {
  GraphModule gm;
  Graph& g = *gm.graph;
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  x->meta.tensor = tmeta({"3", "3"}, {"3", "1"});
  Node* sin = g.call_function(Target::torch("torch.sin"), {x});
  sin->meta.tensor = tmeta({"3", "3"}, {"3", "1"});
  sin->meta.stack = frame("/data/users/williamwen/pytorch/playground.py", "8", "f", "x = torch.sin(x)");
  sin->rename("x");  // STORE_FAST x in f
  Node* add = g.call_function(Target::op("add"), {sin, sin});
  add->meta.tensor = tmeta({"3", "3"}, {"3", "1"});
  add->meta.stack = frame("/data/users/williamwen/pytorch/playground.py", "4", "g", "return x + y");
  add->rename("x");  // STORE_FAST x in f again -> x_1 (namespace)
  g.output(Argument::tuple({add}));

  std::string log =
      graph_code_log_body(gm, "__compiled_fn_1", "/data/users/williamwen/pytorch/torch/fx/_lazy_graph_module.py");
  // The documentation's rendering (trailing whitespace lost).
  const std::string doc =
      "TRACED GRAPH\n"
      " ===== __compiled_fn_1 =====\n"
      " /data/users/williamwen/pytorch/torch/fx/_lazy_graph_module.py class GraphModule(torch.nn.Module):\n"
      "    def forward(self, L_x_: \"f32[3, 3][3, 1]cpu\"):\n"
      "        l_x_ = L_x_\n"
      "\n"
      "        # File: /data/users/williamwen/pytorch/playground.py:8 in f, code: x = torch.sin(x)\n"
      "        x: \"f32[3, 3][3, 1]cpu\" = torch.sin(l_x_);  l_x_ = None\n"
      "\n"
      "        # File: /data/users/williamwen/pytorch/playground.py:4 in g, code: return x + y\n"
      "        x_1: \"f32[3, 3][3, 1]cpu\" = x + x;  x = None\n"
      "        return (x_1,)\n";
  EXPECT_EQ(rstrip_lines(log), doc + "\n");
  // Raw bytes (§1.11: whitespace-only lines are kept, 8 spaces at this depth).
  const std::string raw =
      "TRACED GRAPH\n"
      " ===== __compiled_fn_1 =====\n"
      " /data/users/williamwen/pytorch/torch/fx/_lazy_graph_module.py class GraphModule(torch.nn.Module):\n"
      "    def forward(self, L_x_: \"f32[3, 3][3, 1]cpu\"):\n"
      "        l_x_ = L_x_\n"
      "        \n"
      "        # File: /data/users/williamwen/pytorch/playground.py:8 in f, code: x = torch.sin(x)\n"
      "        x: \"f32[3, 3][3, 1]cpu\" = torch.sin(l_x_);  l_x_ = None\n"
      "        \n"
      "        # File: /data/users/williamwen/pytorch/playground.py:4 in g, code: return x + y\n"
      "        x_1: \"f32[3, 3][3, 1]cpu\" = x + x;  x = None\n"
      "        return (x_1,)\n"
      "        \n";
  EXPECT_EQ(log, raw);
}

// ---- §1.13 Example B: test_wrap_pytree_args_nested, normalize_gm(print_readable()) ------------
TEST(FxExamples, ExampleB_WrapPrintReadable) {
  auto body = std::make_shared<GraphModule>();
  {
    Graph& g = *body->graph;
    StackSummary fr = frame("test_higher_order_ops.py", "10", "fn",
                            "return d[\"x\"].sin() + d[\"y\"][0].cos() - d[\"y\"][1][2].sin()");
    Node* a = g.placeholder("l_d_x_");
    Node* b = g.placeholder("l_d_y_0_");
    Node* c = g.placeholder("l_d_y_1_2_");
    for (Node* p : {a, b, c}) p->meta.tensor = tmeta({});
    Node* sin = g.call_method("sin", {a});
    Node* cos = g.call_method("cos", {b});
    Node* add = g.call_function(Target::op("add"), {sin, cos});
    Node* sin1 = g.call_method("sin", {c});
    Node* sub = g.call_function(Target::op("sub"), {add, sin1});
    for (Node* n : {sin, cos, add, sin1, sub}) {
      n->meta.tensor = tmeta({});
      n->meta.stack = fr;
    }
    g.output(Argument::tuple({sub}));
  }
  GraphModule gm;
  Graph& g = *gm.graph;
  StackSummary fr = frame("test_higher_order_ops.py", "12", "f", "return wrap(fn, d)");
  Node* x = g.placeholder("L_d_x_", "torch.Tensor");
  Node* y0 = g.placeholder("L_d_y_0_", "torch.Tensor");
  Node* y12 = g.placeholder("L_d_y_1_2_", "torch.Tensor");
  for (Node* p : {x, y0, y12}) p->meta.tensor = tmeta({});
  Node* wb = g.get_attr("wrap_body_0");
  Node* wrap = g.call_function(Target::hop("wrap"), {wb, x, y0, y12});
  Node* gi = g.call_function(Target::op("getitem"), {wrap, 0});
  gi->meta.tensor = tmeta({});
  for (Node* n : {wb, wrap, gi}) n->meta.stack = fr;
  g.output(Argument::tuple({gi}));
  gm.add_submodule("wrap_body_0", body);

  EXPECT_EQ(
      normalize_gm(gm.print_readable(false)),
      "class GraphModule(torch.nn.Module):\n"
      "    def forward(self, L_d_x_: \"f32[]\", L_d_y_0_: \"f32[]\", L_d_y_1_2_: \"f32[]\"):\n"
      "        l_d_x_ = L_d_x_\n"
      "        l_d_y_0_ = L_d_y_0_\n"
      "        l_d_y_1_2_ = L_d_y_1_2_\n"
      "\n"
      "        wrap_body_0 = self.wrap_body_0\n"
      "        wrap = torch.ops.higher_order.wrap(wrap_body_0, l_d_x_, l_d_y_0_, l_d_y_1_2_);  wrap_body_0 = l_d_x_ = l_d_y_0_ = l_d_y_1_2_ = None\n"
      "        getitem: \"f32[]\" = wrap[0];  wrap = None\n"
      "        return (getitem,)\n"
      "\n"
      "    class wrap_body_0(torch.nn.Module):\n"
      "        def forward(self, l_d_x_: \"f32[]\", l_d_y_0_: \"f32[]\", l_d_y_1_2_: \"f32[]\"):\n"
      "            sin: \"f32[]\" = l_d_x_.sin();  l_d_x_ = None\n"
      "            cos: \"f32[]\" = l_d_y_0_.cos();  l_d_y_0_ = None\n"
      "            add: \"f32[]\" = sin + cos;  sin = cos = None\n"
      "            sin_1: \"f32[]\" = l_d_y_1_2_.sin();  l_d_y_1_2_ = None\n"
      "            sub: \"f32[]\" = add - sin_1;  add = sin_1 = None\n"
      "            return (sub,)\n");

  // Raw layout (§1.10/§1.11): the child's first comment loses its leading blank line
  // (no alias lines), the separator line between classes is whitespace-only (8 spaces).
  std::string raw = gm.print_readable(false);
  EXPECT_NE(raw.find("        return (getitem,)\n        \n    class wrap_body_0(torch.nn.Module):\n"
                     "        def forward(self, l_d_x_: \"f32[]\", l_d_y_0_: \"f32[]\", l_d_y_1_2_: \"f32[]\"):\n"
                     "            # File: test_higher_order_ops.py:10 in fn, code: "),
            std::string::npos)
      << raw;
  const std::string tail = "\n            return (sub,)\n            ";
  ASSERT_GE(raw.size(), tail.size());
  EXPECT_EQ(raw.substr(raw.size() - tail.size()), tail);
}

// ---- §1.13 Example C: test_compile_with_functionalization -------------------------------------
TEST(FxExamples, ExampleC_Functionalization) {
  GraphModule gm;
  Graph& g = *gm.graph;
  StackSummary fr = frame("test_subclasses.py", "3", "f", "return x.add_(1.0) + torch.nn.functional.relu_(x)");
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  x->meta.tensor = tmeta({"3", "4"});
  Node* add_ = g.call_method("add_", {x, 1.0});
  Node* relu_ = g.call_function(Target::torch("torch.relu_"), {x});
  Node* add = g.call_function(Target::op("add"), {add_, relu_});
  for (Node* n : {add_, relu_, add}) {
    n->meta.tensor = tmeta({"3", "4"});
    n->meta.stack = fr;
  }
  g.output(Argument::tuple({add}));
  EXPECT_EQ(normalize_gm(gm.print_readable(false)),
            "class GraphModule(torch.nn.Module):\n"
            "    def forward(self, L_x_: \"f32[3, 4]\"):\n"
            "        l_x_ = L_x_\n"
            "\n"
            "        add_: \"f32[3, 4]\" = l_x_.add_(1.0)\n"
            "        relu_: \"f32[3, 4]\" = torch.relu_(l_x_);  l_x_ = None\n"
            "        add: \"f32[3, 4]\" = add_ + relu_;  add_ = relu_ = None\n"
            "        return (add,)\n");
}

// ---- §1.13 Example D: test_cond_branches_no_arguments, gm.code.strip() -----------------------
TEST(FxExamples, ExampleD_CondCode) {
  auto make_branch = [](const char* fn) {
    auto m = std::make_shared<GraphModule>();
    Graph& g = *m->graph;
    // the lifted free variable keeps target l_x_ but its name was de-duplicated (§1.4)
    Node* p = g.create_node(Op::Placeholder, Target::str("l_x_"), {}, {}, std::string("l_x__1"));
    Node* r = g.call_function(Target::torch(fn), {p});
    g.output(Argument::tuple({r}));
    return m;
  };
  GraphModule gm;
  Graph& g = *gm.graph;
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  Node* sum = g.call_method("sum", {x});
  Node* gt = g.call_function(Target::op("gt"), {sum, 0});
  Node* t = g.get_attr("cond_true_0");
  Node* f = g.get_attr("cond_false_0");
  Node* cond = g.call_function(Target::hop("cond"), {gt, t, f, Argument::tuple({x})});
  Node* gi = g.call_function(Target::op("getitem"), {cond, 0});
  g.output(Argument::tuple({gi}));
  gm.add_submodule("cond_true_0", make_branch("torch.sin"));
  gm.add_submodule("cond_false_0", make_branch("torch.cos"));

  EXPECT_EQ(
      py_strip(gm.code()),
      "def forward(self, L_x_ : torch.Tensor):\n"
      "    l_x_ = L_x_\n"
      "    sum_1 = l_x_.sum()\n"
      "    gt = sum_1 > 0;  sum_1 = None\n"
      "    cond_true_0 = self.cond_true_0\n"
      "    cond_false_0 = self.cond_false_0\n"
      "    cond = torch.ops.higher_order.cond(gt, cond_true_0, cond_false_0, (l_x_,));  gt = cond_true_0 = cond_false_0 = l_x_ = None\n"
      "    getitem = cond[0];  cond = None\n"
      "    return (getitem,)");
  EXPECT_EQ(py_strip(gm.get_submodule("cond_true_0")->code()),
            "def forward(self, l_x_):\n"
            "    l_x__1 = l_x_\n"
            "    sin = torch.sin(l_x__1);  l_x__1 = None\n"
            "    return (sin,)");
}

// ---- §1.13 test_dispatch_key4 -----------------------------------------------------------------
TEST(FxExamples, DispatchKey4) {
  GraphModule gm;
  Graph& g = *gm.graph;
  StackSummary fr = frame("test_misc.py", "7", "fn", "return torch.sin(x - 1)");
  Node* x = g.placeholder("L_x_", "torch.Tensor");
  x->meta.tensor = tmeta({"2", "3"});
  Node* sub = g.call_function(Target::op("sub"), {x, 1});
  Node* sin = g.call_function(Target::torch("torch.sin"), {sub});
  for (Node* n : {sub, sin}) {
    n->meta.tensor = tmeta({"2", "3"});
    n->meta.stack = fr;
  }
  g.output(Argument::tuple({sin}));
  EXPECT_EQ(normalize_gm(gm.print_readable(false)),
            "class GraphModule(torch.nn.Module):\n"
            "    def forward(self, L_x_: \"f32[2, 3]\"):\n"
            "        l_x_ = L_x_\n"
            "\n"
            "        sub: \"f32[2, 3]\" = l_x_ - 1;  l_x_ = None\n"
            "        sin: \"f32[2, 3]\" = torch.sin(sub);  sub = None\n"
            "        return (sin,)\n");
}
