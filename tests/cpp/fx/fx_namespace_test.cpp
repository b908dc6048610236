// Node naming tests. Mirrors torch/fx/graph.py `_Namespace.create_name`, `_snake_case`,
// `Graph._target_to_str` and torch/fx/node.py `Node._rename` (docs/dynamo-formats.md §1.9,
// docs/torchbind.md §5.4).
#include <gtest/gtest.h>

#include "fx/graph.h"

using namespace dp::fx;

// §1.9(b): `sum` clashes with the builtin -> sum_1, then sum_2.
TEST(FxNamespace, BuiltinClashSum) {
  Graph g;
  Node* x = g.placeholder("x");
  Node* a = g.call_method("sum", {x});
  Node* b = g.call_method("sum", {a});
  Node* c = g.call_function(Target::torch("torch.sum"), {b});
  EXPECT_EQ(a->name(), "sum_1");
  EXPECT_EQ(b->name(), "sum_2");
  EXPECT_EQ(c->name(), "sum_3");
}

// §1.9(b): other builtin clashes listed in the spec.
TEST(FxNamespace, OtherBuiltinClashes) {
  Graph g;
  Node* x = g.placeholder("x");
  for (const char* n : {"max", "min", "abs", "pow", "round", "all", "any", "len", "getattr"}) {
    Node* m = g.call_method(n, {x});
    EXPECT_EQ(m->name(), std::string(n) + "_1");
  }
  // builtin callables are named the same way (the graph namespace has no object for them)
  Node* ga = g.call_function(Target::builtin("getattr"), {x, "shape"});
  EXPECT_EQ(ga->name(), "getattr_2");
}

// §1.9(b): sin, sin_1, sin_2.
TEST(FxNamespace, RepeatedSin) {
  Graph g;
  Node* x = g.placeholder("x");
  Node* a = g.call_function(Target::torch("torch.sin"), {x});
  Node* b = g.call_method("sin", {a});
  Node* c = g.call_function(Target::torch("torch.sin"), {b});
  EXPECT_EQ(a->name(), "sin");
  EXPECT_EQ(b->name(), "sin_1");
  EXPECT_EQ(c->name(), "sin_2");
}

// §1.9(a)/(c): placeholder names are the snake/lower-cased targets; a taken l_x_ -> l_x__1.
TEST(FxNamespace, PlaceholderNames) {
  Graph g;
  Node* a = g.placeholder("L_x_");
  Node* b = g.placeholder("l_x_");
  Node* c = g.placeholder("L_self_modules_Norm_parameters_weight_");
  Node* d = g.placeholder("camelCaseName");
  Node* e = g.placeholder("__magic__");
  EXPECT_EQ(a->name(), "l_x_");
  EXPECT_EQ(b->name(), "l_x__1");
  EXPECT_EQ(c->name(), "l_self_modules_norm_parameters_weight_");
  EXPECT_EQ(d->name(), "camel_case_name");
  EXPECT_EQ(e->name(), "magic");  // surrounding __...__ stripped from string targets
  EXPECT_EQ(snake_case("mod.pascalCase"), "mod.pascal_case");
  EXPECT_EQ(snake_case("ALL_CAPS"), "all_caps");
}

// §1.9(b) step 2: keywords and the reserved globals are illegal names.
TEST(FxNamespace, KeywordsAndReservedGlobals) {
  Namespace ns;
  EXPECT_EQ(ns.create_name("if"), "if_1");
  EXPECT_EQ(ns.create_name("lambda"), "lambda_1");
  EXPECT_EQ(ns.create_name("None"), "None_1");
  for (const char* r : {"inf", "nan", "NoneType", "torch", "device", "fx_pytree", "pytree"})
    EXPECT_EQ(ns.create_name(r), std::string(r) + "_1");
  // dunder builtins are builtins too
  EXPECT_EQ(ns.create_name("__name__"), "__name___1");
  // the builtin object itself may use its own name (codegen globals)
  EXPECT_EQ(ns.create_name("getattr", "g:getattr"), "getattr");
  EXPECT_TRUE(is_illegal_name("print"));
  EXPECT_TRUE(is_illegal_name("BaseExceptionGroup"));
  EXPECT_FALSE(is_illegal_name("sin"));
}

// §1.9(b): an explicit numeric suffix is kept when free and seeds the counter.
TEST(FxNamespace, PreexistingDigitSuffix) {
  Namespace ns;
  EXPECT_EQ(ns.create_name("add_1"), "add_1");
  EXPECT_EQ(ns.create_name("add"), "add");
  EXPECT_EQ(ns.create_name("add"), "add_2");
  EXPECT_EQ(ns.create_name("add_1"), "add_3");  // taken: num = base_count["add_1"] (0) -> counts up

  Namespace ns2;
  EXPECT_EQ(ns2.create_name("add"), "add");
  EXPECT_EQ(ns2.create_name("add_1"), "add_1");
  EXPECT_EQ(ns2.create_name("add"), "add_2");
  EXPECT_EQ(ns2.create_name("x_07"), "x_07");
  EXPECT_EQ(ns2.create_name("x"), "x");
  EXPECT_EQ(ns2.create_name("x"), "x_8");  // base_count["x"] = 7 from the suffix
}

// §1.9(b) step 1: non-identifiers are sanitised.
TEST(FxNamespace, Sanitising) {
  Namespace ns;
  EXPECT_EQ(ns.create_name("1abc"), "_1abc");
  EXPECT_EQ(ns.create_name("foo.bar"), "foo_bar");
  EXPECT_EQ(ns.create_name("a-+-b"), "a_b");
  EXPECT_EQ(ns.create_name(""), "_unnamed");
  EXPECT_EQ(ns.create_name(""), "_unnamed_1");
  EXPECT_EQ(ns.create_name("_1"), "_1");  // the base must keep one character: "_1" has no suffix
  EXPECT_EQ(ns.create_name("mul.Tensor"), "mul_Tensor");
  // same object -> same name
  EXPECT_EQ(ns.create_name("obj", "n:1"), "obj");
  EXPECT_EQ(ns.create_name("other", "n:1"), "obj");
}

// docs/torchbind.md §5.4: call_torchbind, call_torchbind_1, ...
TEST(FxNamespace, CallTorchbindCounter) {
  Graph g;
  Node* tq = g.placeholder("L_tq_");
  Target ct = Target::hop("call_torchbind", true);
  Node* a = g.call_function(ct, {tq, "push"});
  Node* b = g.call_function(ct, {tq, "pop"});
  Node* c = g.call_function(ct, {tq, "size"});
  EXPECT_EQ(a->name(), "call_torchbind");
  EXPECT_EQ(b->name(), "call_torchbind_1");
  EXPECT_EQ(c->name(), "call_torchbind_2");
}

// §1.9(c): rename-once goes through the namespace; the old name stays reserved.
TEST(FxNamespace, RenameKeepsOldNameReserved) {
  Graph g;
  Node* x = g.placeholder("L_x_");
  Node* s = g.call_function(Target::torch("torch.sin"), {x});
  s->rename("x");
  EXPECT_EQ(s->name(), "x");
  Node* s2 = g.call_function(Target::torch("torch.sin"), {s});
  EXPECT_EQ(s2->name(), "sin_1");
  s2->rename("x");  // taken -> x_1
  EXPECT_EQ(s2->name(), "x_1");
  s2->rename("x_1");  // same name: no-op
  EXPECT_EQ(s2->name(), "x_1");
  Node* a = g.call_function(Target::op("add"), {s2, 1});
  EXPECT_EQ(a->name(), "add");
  a->rename("sum");  // renames are still subject to the illegal-name rule
  EXPECT_EQ(a->name(), "sum_1");
}

// §1.9(c): at codegen a fresh namespace re-uniquifies in first-print order; graph names pass
// through unchanged, but a non-torch global claims its name first.
TEST(FxNamespace, CodegenGlobalsShareTheNamespace) {
  Graph g;
  Node* x = g.placeholder("x");
  Node* f = g.call_function(Target::function("__main__", "helper"), {x}, {}, std::string("__main___helper"));
  g.output(Argument::tuple({f}));
  EXPECT_EQ(f->name(), "__main___helper");
  // the global `__main__.helper` is registered (as `__main___helper`) before the node prints
  EXPECT_EQ(g.code(),
            "\n\n\ndef forward(self, x):\n"
            "    __main___helper_1 = __main___helper(x);  x = None\n"
            "    return (__main___helper_1,)\n    ");
}
