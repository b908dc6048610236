// ShapeEnv: symbol naming, duck sizing, 0/1 specialization, replacements, evaluate_expr guards and
// range narrowing, produce_guards, TORCH_LOGS=dynamic texts. Expected strings come from PyTorch's
// tests and dumps quoted in the dynamic-shapes reference (P3, P11, P12, §3.2, §5.2, §7); the calls
// are the ones a tracer makes for those programs. Framework locations are left out of our slocs
// (docs/dynamic-shapes-symbols.md §6), so "# #:# in # #:# in #" of PyTorch's munged test output
// reads "# t.py:N in f" here.
#include <gtest/gtest.h>

#include "fx/experimental/symbolic_shapes.h"

using namespace dp::fx;
using namespace dp::sym;

namespace {

const std::string kZeroOne =
    " (user code shown is first use of this value--the guard itself is not due user code but due to 0/1 "
    "specialization in the framework; to avoid specialization try torch._dynamo.mark_unbacked(tensor, dim))";

struct Logged {
  std::vector<std::string> info, debug;
  void attach(ShapeEnv& env) {
    env.log = [this](bool dbg, const std::string& m) { (dbg ? debug : info).push_back(m); };
  }
};

std::vector<std::string> verbose(const std::vector<ShapeEnv::ProducedGuard>& gs) {
  std::vector<std::string> out;
  for (const auto& g : gs) out.push_back(g.verbose);
  return out;
}

std::string name(const Expr& e) {
  std::string n;
  EXPECT_TRUE(is_symbol(e, &n)) << str(e);
  return n;
}

}  // namespace

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex(std::string(56, 'a')), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(sha256_hex(std::string(64, 'a')), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

// reference §3.2: ids seen in PyTorch output, each from a fresh ShapeEnv
TEST(ShapeEnvNaming, HashedIdsOfTheReferenceTable) {
  const std::vector<std::pair<std::string, std::string>> table = {{"L['x'].size()[0]", "s77"},
                                                                  {"L['x'].size()[1]", "s27"},
                                                                  {"L['y'].size()[0]", "s17"},
                                                                  {"L['y'].size()[1]", "s94"},
                                                                  {"L['a'].size()[0]", "s97"},
                                                                  {"L['b'].size()[0]", "s52"},
                                                                  {"L['lambda0'].keywords['y'].size()[0]", "s9"},
                                                                  {"input0.size()[0]", "s75"},
                                                                  {"input0.size()[1]", "s96"},
                                                                  {"input1.size()[0]", "s57"},
                                                                  {"L['input_ids'].size()[0]", "s72"},
                                                                  {"L['positions'].size()[0]", "s80"},
                                                                  {"L['x'].size()[2]", "s53"},
                                                                  {"L['x'].size()[3]", "s0"},
                                                                  {"L['x'].stride()[0]", "s7"},
                                                                  {"L['x'].storage_offset()", "s83"},
                                                                  {"L['z'].size()[0]", "s68"}};
  for (const auto& [src, want] : table) {
    ShapeEnv env;
    EXPECT_EQ(name(env.create_symbol(5, src, DimDynamic::DYNAMIC, "")), want) << src;
  }
  ShapeEnv env;
  EXPECT_EQ(name(env.create_unspecified_symbol(1, "L['y']", "")), "s48");  // P15
  EXPECT_EQ(name(env.create_unspecified_symbol(3, "L['n']", "")), "s86");
}

TEST(ShapeEnvNaming, CollisionsProbeUpward) {
  ShapeEnv env;
  EXPECT_EQ(name(env.create_symbol(5, "L['a'].size()[0]", DimDynamic::DYNAMIC, "")), "s97");
  EXPECT_EQ(name(env.create_symbol(6, "L['a'].size()[1]", DimDynamic::DYNAMIC, "")), "s98");
  EXPECT_EQ(env.symbols(), (std::vector<std::string>{"s97", "s98"}));
  EXPECT_EQ(env.first_source("s98"), "L['a'].size()[1]");
  EXPECT_EQ(env.hint("s98"), 6);
}

TEST(ShapeEnvNaming, SequentialNamesBefore28) {
  ShapeEnvSettings st;
  st.hashed_names = false;
  ShapeEnv env(st);
  EXPECT_EQ(name(env.create_symbol(5, "input0.size()[0]", DimDynamic::DUCK, "")), "s0");  // P10 sequential
  EXPECT_EQ(name(env.create_symbol(3, "input0.size()[1]", DimDynamic::DUCK, "")), "s1");
  EXPECT_EQ(name(env.create_symbol(4, "input1.size()[0]", DimDynamic::DUCK, "")), "s2");
  EXPECT_EQ(name(env.create_symbol(3, "input1.size()[1]", DimDynamic::DUCK, "")), "s1");  // duck reuse
  EXPECT_EQ(name(env.create_unspecified_symbol(7, "L['n']", "")), "s3");
}

// P7: x (2, 3), y (3, 4) under dynamic=True -> s77, s27 / s27, s94; P5b: x (2, 2) -> s77, s77
TEST(ShapeEnvDuck, SameValueSameSymbol) {
  ShapeEnv env;
  EXPECT_EQ(name(env.create_symbol(2, "L['x'].size()[0]", DimDynamic::DUCK, "")), "s77");
  EXPECT_EQ(name(env.create_symbol(3, "L['x'].size()[1]", DimDynamic::DUCK, "")), "s27");
  EXPECT_EQ(name(env.create_symbol(3, "L['y'].size()[0]", DimDynamic::DUCK, "")), "s27");
  EXPECT_EQ(name(env.create_symbol(4, "L['y'].size()[1]", DimDynamic::DUCK, "")), "s94");
  EXPECT_EQ(env.symbols().size(), 3u);
  ShapeEnv env2;
  EXPECT_EQ(name(env2.create_symbol(2, "L['x'].size()[0]", DimDynamic::DUCK, "")), "s77");
  EXPECT_EQ(name(env2.create_symbol(2, "L['x'].size()[1]", DimDynamic::DUCK, "")), "s77");
}

// §2.5: mark_dynamic / automatic dynamic (DYNAMIC) never duck-size; nor does use_duck_shape=False
TEST(ShapeEnvDuck, DynamicAndDisabledDuckMakeSeparateSymbols) {
  ShapeEnv env;
  EXPECT_EQ(name(env.create_symbol(8, "L['x'].size()[0]", DimDynamic::DYNAMIC, "")), "s77");
  EXPECT_EQ(name(env.create_symbol(8, "L['y'].size()[0]", DimDynamic::DYNAMIC, "")), "s17");
  ShapeEnvSettings st;
  st.use_duck_shape = false;
  ShapeEnv env2(st);
  EXPECT_EQ(name(env2.create_symbol(3, "L['x'].size()[0]", DimDynamic::DUCK, "")), "s77");
  EXPECT_EQ(name(env2.create_symbol(3, "L['x'].size()[1]", DimDynamic::DUCK, "")), "s27");
}

TEST(ShapeEnvZeroOne, SizesSpecializeIntsDoNot) {
  ShapeEnv env;
  int64_t v;
  ASSERT_TRUE(is_integer(env.create_symbol(1, "L['x'].size()[1]", DimDynamic::DUCK, ""), &v));
  EXPECT_EQ(v, 1);
  ASSERT_TRUE(is_integer(env.create_symbol(0, "L['x'].size()[0]", DimDynamic::DYNAMIC, ""), &v));
  EXPECT_EQ(v, 0);
  ASSERT_TRUE(is_integer(env.create_symbol(7, "L['x'].size()[2]", DimDynamic::STATIC, ""), &v));
  EXPECT_EQ(v, 7);
  EXPECT_TRUE(env.symbols().empty());
  // no id was consumed: the first real symbol still gets its own hash
  EXPECT_EQ(name(env.create_symbol(3, "L['x'].size()[0]", DimDynamic::DUCK, "")), "s77");
  Range r = env.var_range("s77");
  EXPECT_EQ(r.lo, 2);
  EXPECT_EQ(r.hi, kPosInf);
  // P15: an int of value 1 becomes a symbol, range [-int_oo, int_oo]
  Expr y = env.create_unspecified_symbol(1, "L['y']", "");
  EXPECT_EQ(name(y), "s48");
  EXPECT_EQ(env.var_range("s48").lo, kNegInf);
  EXPECT_EQ(env.var_range("s48").hi, kPosInf);
  EXPECT_FALSE(symbol_is_positive(y));
  EXPECT_FALSE(symbol_is_positive(env.symbol_expr("s48")));
  EXPECT_TRUE(symbol_is_positive(env.symbol_expr("s77")));
  // the assumptions matter: Max(0, size) is the size, Max(0, int) is not
  EXPECT_EQ(str(Max(Integer(0), env.symbol_expr("s77"))), "s77");
  EXPECT_EQ(str(Max(Integer(0), y)), "Max(0, s48)");
  EXPECT_TRUE(symbol_is_positive(Symbol("s77", true)));
}

TEST(ShapeEnvLogs, CreateEnvOnceEvenWithoutSymbols) {
  ShapeEnv env;
  Logged lg;
  lg.attach(env);
  env.create_symbol(1, "L['x'].size()[0]", DimDynamic::DUCK, "");
  EXPECT_TRUE(lg.info.empty());
  env.produce_guards();
  env.produce_guards();
  EXPECT_EQ(lg.info, (std::vector<std::string>{"create_env", "produce_guards", "produce_guards"}));
}

TEST(ShapeEnvLogs, CreateSymbolTexts) {
  ShapeEnv env;
  Logged lg;
  lg.attach(env);
  env.create_symbol(4, "L['x'].size()[0]", DimDynamic::DUCK, "return x * 2  # t.py:3 in f");
  env.create_symbol(4, "L['y'].size()[0]", DimDynamic::DUCK, "return x * 2  # t.py:3 in f");
  env.create_unspecified_symbol(1, "L['y']", "return x * 2  # t.py:3 in f");
  env.create_symbol(1, "L['z'].size()[0]", DimDynamic::DUCK, "");
  ASSERT_EQ(lg.info.size(), 3u);
  EXPECT_EQ(lg.info[0], "create_env");  // before the environment's first record
  EXPECT_EQ(lg.info[1],
            "create_symbol s77 = 4 for L['x'].size()[0] [2, int_oo] return x * 2  # t.py:3 in f, for more info run "
            "with TORCHDYNAMO_EXTENDED_DEBUG_CREATE_SYMBOL=\"s77\" or to suppress this message run with "
            "TORCHDYNAMO_EXTENDED_ADVICE=\"0\"");
  EXPECT_EQ(lg.info[2],
            "create_symbol s48 = 1 for L['y'] [-int_oo, int_oo] return x * 2  # t.py:3 in f, for more info run "
            "with TORCHDYNAMO_EXTENDED_DEBUG_CREATE_SYMBOL=\"s48\" or to suppress this message run with "
            "TORCHDYNAMO_EXTENDED_ADVICE=\"0\"");
  ASSERT_EQ(lg.debug.size(), 1u);
  EXPECT_EQ(lg.debug[0], "create_symbol s77 duck sized L['y'].size()[0]");
}

// P3: automatic dynamic a (8), b (8): separate symbols s97, s52; x * b unifies them; the larger
// name is replaced; the guards are the binding with the "unknown var" comment and s52's range.
TEST(ShapeEnvP3, ReplacementAndGuards) {
  ShapeEnv env;
  Logged lg;
  lg.attach(env);
  Expr a = env.create_symbol(8, "L['a'].size()[0]", DimDynamic::DYNAMIC,
                             "x = a / (torch.abs(a) + 1)  # t.py:4 in toy_function");
  env.track_input("L['a'].size()[0]", a);
  env.track_input("L['a'].stride()[0]", Integer(1));
  env.track_input("L['a'].storage_offset()", Integer(0));
  Expr b =
      env.create_symbol(8, "L['b'].size()[0]", DimDynamic::DYNAMIC, "b = b * -1 + b.sum()  # t.py:5 in toy_function");
  env.track_input("L['b'].size()[0]", b);
  env.track_input("L['b'].stride()[0]", Integer(1));
  env.track_input("L['b'].storage_offset()", Integer(0));
  EXPECT_EQ(name(a), "s97");
  EXPECT_EQ(name(b), "s52");
  EXPECT_TRUE(env.evaluate_expr(Eq(a, b), "return x * b  # t.py:6 in toy_function"));
  EXPECT_EQ(str(env.simplify(a)), "s52");
  EXPECT_EQ(str(env.simplify(Add(a, b))), "2*s52");
  std::vector<std::string> info = lg.info;
  ASSERT_EQ(info.size(), 5u);
  EXPECT_EQ(info[0], "create_env");
  EXPECT_EQ(info[3],
            "eval Eq(s97, s52) [guard added] return x * b  # t.py:6 in toy_function, for more info run with "
            "TORCHDYNAMO_EXTENDED_DEBUG_GUARD_ADDED=\"Eq(s97, s52)\"");
  EXPECT_EQ(info[4], "set_replacement s97 = s52 (solve) VR[2, int_oo]");
  auto gs = env.produce_guards();
  EXPECT_EQ(lg.info.back(), "produce_guards");
  EXPECT_EQ(verbose(gs), (std::vector<std::string>{
                             "L['b'].size()[0] == L['a'].size()[0]  # (unknown var s52, please file a bug)",
                             "2 <= L['a'].size()[0]  # b = b * -1 + b.sum()  # t.py:5 in toy_function" + kZeroOne}));
  EXPECT_EQ(gs[0].code, "L['b'].size()[0] == L['a'].size()[0]");
  EXPECT_EQ(gs[1].code, "2 <= L['a'].size()[0]");
  // the guard relations are over source names
  auto at = [](int64_t a, int64_t b) { return [=](const std::string& n) { return n == "L['a'].size()[0]" ? a : b; }; };
  EXPECT_EQ(evaluate(gs[0].expr, at(5, 5)), 1);
  EXPECT_EQ(evaluate(gs[0].expr, at(5, 6)), 0);
  EXPECT_EQ(evaluate(gs[1].expr, at(1, 1)), 0);
  EXPECT_EQ(evaluate(gs[1].expr, at(2, 2)), 1);
}

// P9: equal hints, x (s77) and y (s17): s77 -> s17
TEST(ShapeEnvReplacement, LargerNameIsEliminated) {
  ShapeEnv env;
  Expr x = env.create_symbol(8, "L['x'].size()[0]", DimDynamic::DYNAMIC, "");
  Expr y = env.create_symbol(8, "L['y'].size()[0]", DimDynamic::DYNAMIC, "");
  EXPECT_TRUE(env.evaluate_expr(Eq(y, x), ""));
  EXPECT_EQ(str(env.simplify(x)), "s17");
  EXPECT_EQ(str(env.simplify(y)), "s17");
  // a second evaluation is statically known: no new guard
  EXPECT_EQ(env.maybe_evaluate_static(Eq(x, y)), 1);
}

// P2, first call (size 10): `if x.size()[0] == 10` specializes the symbol to 10; the graph is static
// and produce_guards has nothing to add to TENSOR_MATCH.
TEST(ShapeEnvSpecialize, EqualityWithConstant) {
  ShapeEnv env;
  Logged lg;
  lg.attach(env);
  Expr x = env.create_symbol(10, "L['x'].size()[0]", DimDynamic::DUCK, "if x.size()[0] == 10:  # t.py:3 in f");
  env.track_input("L['x'].size()[0]", x);
  EXPECT_TRUE(env.evaluate_expr(Eq(x, Integer(10)), "if x.size()[0] == 10:  # t.py:3 in f"));
  int64_t v;
  ASSERT_TRUE(is_integer(env.simplify(x), &v));
  EXPECT_EQ(v, 10);
  ASSERT_EQ(lg.info.size(), 4u);
  EXPECT_EQ(lg.info[2],
            "eval Eq(s77, 10) [guard added] if x.size()[0] == 10:  # t.py:3 in f, for more info run with "
            "TORCHDYNAMO_EXTENDED_DEBUG_GUARD_ADDED=\"Eq(s77, 10)\"");
  // _refine_ranges narrows to [10, 10] first, so the replacement is logged with that reason
  EXPECT_EQ(lg.info[3], "set_replacement s77 = 10 (range_refined_to_singleton) VR[10, 10]");
  EXPECT_EQ(lg.debug.back(), "_update_var_to_range s77 = VR[10, 10] (update)");
  EXPECT_TRUE(env.produce_guards().empty());
  EXPECT_EQ(lg.debug.back(), "Skipping guard L['x'].size()[0] == 10");
}

// P2, second call (size 20): Ne(s77, 10) is a guard, s77 <= 30 narrows the range.
TEST(ShapeEnvSpecialize, InequalitiesNarrowTheRange) {
  ShapeEnv env;
  Logged lg;
  lg.attach(env);
  const std::string first = "if x.size()[0] == 10:  # t.py:3 in f";
  Expr x = env.create_symbol(20, "L['x'].size()[0]", DimDynamic::DUCK, first);
  env.track_input("L['x'].size()[0]", x);
  EXPECT_FALSE(env.evaluate_expr(Eq(x, Integer(10)), first));
  EXPECT_EQ(lg.info.back(),
            "eval Ne(s77, 10) [guard added] if x.size()[0] == 10:  # t.py:3 in f, for more info run with "
            "TORCHDYNAMO_EXTENDED_DEBUG_GUARD_ADDED=\"Ne(s77, 10)\"");
  EXPECT_TRUE(env.evaluate_expr(Le(x, Integer(30)), "if x.size()[0] <= 30:  # t.py:6 in f"));
  EXPECT_EQ(lg.info.back(),
            "eval s77 <= 30 [guard added] if x.size()[0] <= 30:  # t.py:6 in f, for more info run with "
            "TORCHDYNAMO_EXTENDED_DEBUG_GUARD_ADDED=\"s77 <= 30\"");
  EXPECT_EQ(env.var_range("s77").hi, 30);
  size_t n = lg.info.size();
  // asking again is statically known (range), and Ne(s77, 10) is known from the earlier guard
  EXPECT_TRUE(env.evaluate_expr(Le(x, Integer(30)), "again"));
  EXPECT_FALSE(env.evaluate_expr(Eq(x, Integer(10)), "again"));
  EXPECT_EQ(lg.info.size(), n);
  EXPECT_EQ(lg.debug.back(), "eval False == False [statically known]");
  EXPECT_EQ(verbose(env.produce_guards()),
            (std::vector<std::string>{"L['x'].size()[0] != 10  # if x.size()[0] == 10:  # t.py:3 in f",
                                      "2 <= L['x'].size()[0] <= 30  # if x.size()[0] == 10:  # t.py:3 in f" + kZeroOne +
                                          " and if x.size()[0] <= 30:  # t.py:6 in f"}));
}

// A negated comparison: a.shape[0] * 2 < 16 is False at 8 -> guard 2*s0 >= 16 (PyTorch's docs
// show `eval 2*s0 >= 16 [guard added]`), range [8, int_oo].
TEST(ShapeEnvSpecialize, NegatedComparison) {
  ShapeEnvSettings st;
  st.hashed_names = false;
  ShapeEnv env(st);
  Logged lg;
  lg.attach(env);
  Expr a = env.create_symbol(8, "L['a'].size()[0]", DimDynamic::DUCK, "");
  EXPECT_FALSE(env.evaluate_expr(Lt(Mul(a, Integer(2)), Integer(16)), "if a.shape[0] * 2 < 16:  # script.py:5 in fn"));
  EXPECT_EQ(lg.info.back(),
            "eval 2*s0 >= 16 [guard added] if a.shape[0] * 2 < 16:  # script.py:5 in fn, for more info run with "
            "TORCHDYNAMO_EXTENDED_DEBUG_GUARD_ADDED=\"2*s0 >= 16\"");
  EXPECT_EQ(env.var_range("s0").lo, 8);
}

// P11 (test_guards_sloc), f(x=randn(6), y=randn(3), z=randn(3)) under dynamic=True
TEST(ShapeEnvP11, GuardsSloc) {
  ShapeEnv env;
  const std::string l3 = "x = x * 3  # t.py:3 in f", l4 = "if x.size(0) % 3 == 0:  # t.py:4 in f",
                    l5 = "return x + torch.cat([y, z])  # t.py:5 in f";
  Expr x = env.create_symbol(6, "L['x'].size()[0]", DimDynamic::DUCK, l3);
  env.track_input("L['x'].size()[0]", x);
  env.track_input("L['x'].stride()[0]", Integer(1));
  EXPECT_TRUE(env.evaluate_expr(Eq(Mod(x, Integer(3)), Integer(0)), l4));
  Expr z = env.create_symbol(3, "L['z'].size()[0]", DimDynamic::DUCK, l5);
  env.track_input("L['z'].size()[0]", z);
  Expr y = env.create_symbol(3, "L['y'].size()[0]", DimDynamic::DUCK, l5);
  env.track_input("L['y'].size()[0]", y);
  EXPECT_EQ(name(z), "s68");
  EXPECT_EQ(name(y), "s68");
  EXPECT_TRUE(env.evaluate_expr(Eq(x, Add(y, z)), l5));  // broadcasting x against cat([y, z])
  EXPECT_EQ(str(env.simplify(x)), "2*s68");
  EXPECT_EQ(verbose(env.produce_guards()),
            (std::vector<std::string>{
                "L['x'].size()[0] == 2*L['z'].size()[0]  # return x + torch.cat([y, z])  # t.py:5 in f",
                "L['y'].size()[0] == L['z'].size()[0]  # duck sizing added this equality because these variables "
                "had the same size 3 (to avoid this specialization, set "
                "torch.fx.experimental._config.use_duck_shape = False)",
                "((2*L['z'].size()[0]) % 3) == 0  # if x.size(0) % 3 == 0:  # t.py:4 in f",
                "2 <= L['z'].size()[0]  # return x + torch.cat([y, z])  # t.py:5 in f" + kZeroOne}));
}

// P12 (test_guards_polyfill_sloc): any([x.size(0) == y.size(0) * 2]) with x=6, y=3
TEST(ShapeEnvP12, PolyfillSloc) {
  ShapeEnv env;
  const std::string l = "return any([x.size(0) == y.size(0) * 2])  # t.py:3 in f";
  Expr x = env.create_symbol(6, "L['x'].size()[0]", DimDynamic::DUCK, l);
  env.track_input("L['x'].size()[0]", x);
  Expr y = env.create_symbol(3, "L['y'].size()[0]", DimDynamic::DUCK, l);
  env.track_input("L['y'].size()[0]", y);
  EXPECT_TRUE(env.evaluate_expr(Eq(x, Mul(y, Integer(2))), l));
  EXPECT_EQ(verbose(env.produce_guards()), (std::vector<std::string>{"L['x'].size()[0] == 2*L['y'].size()[0]  # " + l,
                                                                     "2 <= L['y'].size()[0]  # " + l + kZeroOne}));
}

// P12 (test_guards_sloc_vr): torch._check(x.size(0) > 5), torch._check(x.size(0) < 30),
// torch._check(x.size(0) == y.size(0) * 2): the range of x moves to y through the replacement.
TEST(ShapeEnvP12, SlocVr) {
  ShapeEnv env;
  Logged lg;
  lg.attach(env);
  const std::string l3 = "torch._check(x.size(0) > 5)  # t.py:3 in f",
                    l4 = "torch._check(x.size(0) < 30)  # t.py:4 in f",
                    l5 = "torch._check(x.size(0) == y.size(0) * 2)  # t.py:5 in f";
  Expr x = env.create_symbol(6, "L['x'].size()[0]", DimDynamic::DUCK, l3);
  env.track_input("L['x'].size()[0]", x);
  EXPECT_TRUE(env.evaluate_expr(Gt(x, Integer(5)), l3));
  EXPECT_TRUE(env.evaluate_expr(Lt(x, Integer(30)), l4));
  Range r = env.var_range("s77");
  EXPECT_EQ(r.lo, 6);
  EXPECT_EQ(r.hi, 29);
  Expr y = env.create_symbol(3, "L['y'].size()[0]", DimDynamic::DUCK, l5);
  env.track_input("L['y'].size()[0]", y);
  EXPECT_TRUE(env.evaluate_expr(Eq(x, Mul(y, Integer(2))), l5));
  EXPECT_EQ(lg.info.back(), "set_replacement s77 = 2*s17 (solve) VR[6, 28]");
  EXPECT_EQ(verbose(env.produce_guards()),
            (std::vector<std::string>{"L['x'].size()[0] == 2*L['y'].size()[0]  # " + l5,
                                      "3 <= L['y'].size()[0] <= 14  # " + l3 + " and " + l4}));
  auto gs = env.produce_guards();
  EXPECT_EQ(gs[1].code, "3 <= L['y'].size()[0] and L['y'].size()[0] <= 14");
  auto at = [](int64_t xv, int64_t yv) {
    return [=](const std::string& n) { return n == "L['x'].size()[0]" ? xv : yv; };
  };
  EXPECT_EQ(evaluate(gs[1].expr, at(6, 3)), 1);
  EXPECT_EQ(evaluate(gs[1].expr, at(28, 14)), 1);
  EXPECT_EQ(evaluate(gs[1].expr, at(30, 15)), 0);
  EXPECT_EQ(evaluate(gs[1].expr, at(4, 2)), 0);
}

// Python ints: no range guard; guard_int specializes and the binding prints L['n'] == 3.
TEST(ShapeEnvInts, GuardIntSpecializes) {
  ShapeEnv env;
  Logged lg;
  lg.attach(env);
  Expr n = env.create_unspecified_symbol(3, "L['n']", "for i in range(n):  # t.py:2 in f");
  env.track_input("L['n']", n);
  EXPECT_TRUE(env.produce_guards().empty());
  EXPECT_EQ(env.guard_int(Add(n, Integer(1)), "for i in range(n + 1):  # t.py:2 in f"), 4);
  EXPECT_EQ(lg.info[3],
            "eval Eq(s86 + 1, 4) [guard added] for i in range(n + 1):  # t.py:2 in f, for more info run with "
            "TORCHDYNAMO_EXTENDED_DEBUG_GUARD_ADDED=\"Eq(s86 + 1, 4)\"");
  EXPECT_EQ(lg.info[4], "set_replacement s86 = 3 (range_refined_to_singleton) VR[3, 3]");
  EXPECT_EQ(verbose(env.produce_guards()),
            (std::vector<std::string>{"L['n'] == 3  # for i in range(n + 1):  # t.py:2 in f"}));
  EXPECT_EQ(env.size_hint(Mul(n, n)), 9);
}

// An int compared with a size: n < x.size(0) narrows only what it can solve for
TEST(ShapeEnvInts, GuardBetweenIntAndSize) {
  ShapeEnv env;
  Expr x = env.create_symbol(5, "L['x'].size()[0]", DimDynamic::DUCK, "");
  env.track_input("L['x'].size()[0]", x);
  Expr n = env.create_unspecified_symbol(3, "L['n']", "");
  env.track_input("L['n']", n);
  EXPECT_TRUE(env.evaluate_expr(Lt(n, x), "if n < x.size(0):  # t.py:2 in f"));
  auto gs = env.produce_guards();
  ASSERT_EQ(gs.size(), 2u);
  EXPECT_EQ(gs[0].code, "L['n'] < L['x'].size()[0]");
  EXPECT_EQ(gs[1].code, "2 <= L['x'].size()[0]");
  EXPECT_EQ(env.var_range("s86").hi, kPosInf);  // s86 < s77 with s77 unbounded: nothing to narrow
}

// P4 (resume function, Apr 2025 dump): b (s52) and x (s77) both 8, automatic dynamic; x * b
// replaces s77 by s52, and x's binding carries the replacement's location.
TEST(ShapeEnvP4, ReplacedSymbolCarriesItsLocation) {
  ShapeEnv env;
  const std::string l7 = "return x * b  # t.py:7 in torch_dynamo_resume_in_toy_function_at_5";
  Expr b = env.create_symbol(8, "L['b'].size()[0]", DimDynamic::DYNAMIC, l7);
  env.track_input("L['b'].size()[0]", b);
  Expr x = env.create_symbol(8, "L['x'].size()[0]", DimDynamic::DYNAMIC, l7);
  env.track_input("L['x'].size()[0]", x);
  EXPECT_TRUE(env.evaluate_expr(Eq(x, b), l7));
  EXPECT_EQ(str(env.simplify(x)), "s52");
  EXPECT_EQ(verbose(env.produce_guards()), (std::vector<std::string>{"L['x'].size()[0] == L['b'].size()[0]  # " + l7,
                                                                     "2 <= L['b'].size()[0]  # " + l7 + kZeroOne}));
}
