// The shape environment of one frame compilation: symbols for dynamic sizes and ints, their hints
// (the values seen while tracing) and value ranges, replacements found by guards, the guards
// themselves, and produce_guards turning them into guard lines. Mirrors
// torch/fx/experimental/symbolic_shapes.py (ShapeEnv: create_symbol,
// create_unspecified_symbol, evaluate_expr, _maybe_guard_rel / set_replacement,
// produce_guards_verbose) with PyTorch's TORCH_LOGS=dynamic record texts. Rules and formats:
// docs/dynamic-shapes.md.
//
// The environment knows sources only by name ("L['x'].size()[0]", "L['n']"); the tracer that owns
// it resolves those names against a frame when a guard is checked.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "fx/experimental/sym_expr.h"

namespace dp::fx {

// Raised when a decision needs the value of an unbacked (data-dependent) symbol, which has no hint
// (symbolic_shapes.py GuardOnDataDependentSymNode); what() is PyTorch's message.
struct GuardOnDataDependentSymNode : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// torch.fx.experimental.symbolic_shapes.DimDynamic
enum class DimDynamic { DYNAMIC, DUCK, STATIC };

struct ShapeEnvSettings {
  bool hashed_names = true;    // s77 (sha256 of the source name, PyTorch >= 2.8) or s0, s1, ...
  bool use_duck_shape = true;  // torch.fx.experimental._config.use_duck_shape
  bool specialize_zero_one = true;
};

class ShapeEnv {
 public:
  explicit ShapeEnv(ShapeEnvSettings settings = {});

  // Sink of TORCH_LOGS=dynamic records: (debug, message). debug=false is INFO (`dynamic`),
  // debug=true is DEBUG (`+dynamic`). Unset: nothing is logged.
  std::function<void(bool debug, const std::string& message)> log;

  // A tensor size (create_symbol): 0 and 1 stay integers (0/1 specialization); DUCK reuses the
  // symbol already made for the same value; STATIC returns the integer; otherwise a new symbol with
  // hint `val` and range [2, int_oo]. `user_loc` is the user frame where the value was first used,
  // "return x * 2  # t.py:3 in f" (used by logs and the range guard's comment).
  sym::Expr create_symbol(int64_t val, const std::string& source, DimDynamic dynamic, const std::string& user_loc);
  // A Python int (create_unspecified_symint_and_symbol): always a new symbol, no 0/1
  // specialization, no duck sizing, range [-int_oo, int_oo].
  sym::Expr create_unspecified_symbol(int64_t val, const std::string& source, const std::string& user_loc);
  // A value read out of a tensor (Tensor.item() with capture_scalar_outputs): an unbacked symbol
  // u0, u1, ... (zuf0, ... for a float) with range [-int_oo, int_oo] and no hint; a decision on it
  // raises GuardOnDataDependentSymNode.
  sym::Expr create_unbacked_symint(const std::string& user_loc);
  sym::Expr create_unbacked_symfloat(const std::string& user_loc);
  bool has_unbacked(const sym::Expr& e) const;  // an unbacked symbol is free in e
  // An input property (a size, a stride, an int) that produce_guards must bind to its
  // expression: `source` has the value `expr` (an integer, a symbol, or an expression of symbols).
  void track_input(const std::string& source, const sym::Expr& expr);

  // The expression with the current replacements applied (SymNode.expr).
  sym::Expr simplify(const sym::Expr& e) const;
  // Its value at the hints.
  int64_t size_hint(const sym::Expr& e) const;
  sym::Range var_range(const std::string& symbol) const;
  // Statically known value of a relation (from replacements and ranges), or -1 when unknown.
  int maybe_evaluate_static(const sym::Expr& rel) const;

  // evaluate_expr: the value of `rel` (a relation) at the hints. Unless it is statically known a
  // guard is recorded (simplified; "eval Ne(s77, 10) [guard added] ..." logged); an equality
  // between symbols records a replacement (the larger name is replaced: s97 -> s52), an equality
  // with an integer specializes the symbol, an inequality narrows its range.
  bool evaluate_expr(const sym::Expr& rel, const std::string& user_loc);
  // guard_int: specializes an integer expression to its hint (records Eq(e, hint)) and returns it.
  int64_t guard_int(const sym::Expr& e, const std::string& user_loc);

  struct ProducedGuard {
    std::string code;     // Python form: "L['b'].size()[0] == L['a'].size()[0]", "2 <= L['x'].size()[0]"
    std::string verbose;  // code + its comment (what TORCH_LOGS=guards and recompile reasons print)
    sym::Expr expr;       // the relation, whose symbols are *source names*: check it with source values
                          // (a two-sided range lo <= src <= hi is Min(src - lo, hi - src) >= 0; its code
                          // is PyTorch's "lo <= src and src <= hi")
  };
  // produce_guards_verbose, in PyTorch's order: input bindings, recorded guards, ranges. Logs
  // "produce_guards".
  std::vector<ProducedGuard> produce_guards() const;

  // Symbols in creation order, the first source of each, its hint.
  const std::vector<std::string>& symbols() const;
  const std::string& first_source(const std::string& symbol) const;
  int64_t hint(const std::string& symbol) const;
  // The symbol itself, with its assumptions (a size symbol is positive, an int symbol is not):
  // build expressions from this rather than from sym::Symbol(name), which can only guess.
  sym::Expr symbol_expr(const std::string& symbol) const;
  // The guards recorded by evaluate_expr so far, in order (str() of each relation): for the page's
  // stepper, which shows the guards a step added.
  size_t num_recorded_guards() const;
  std::string recorded_guard(size_t i) const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

// SHA-256 of `data` (the hashed symbol names: sha256(source name) as a big-endian integer, mod 100).
std::string sha256_hex(const std::string& data);

}  // namespace dp::fx
