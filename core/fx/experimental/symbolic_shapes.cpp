// The shape environment of one frame compilation. Mirrors torch/fx/experimental/symbolic_shapes.py:
// ShapeEnv.create_symbol / _generate_unique_id (hashed symbol names), duck sizing and 0/1
// specialization, _evaluate_expr, _maybe_guard_rel / _refine_ranges / _set_replacement /
// _update_var_to_range, _maybe_evaluate_static (replacements, value ranges, earlier guards) and
// produce_guards_verbose, with the TORCH_LOGS=dynamic record texts. The rules, and the parts of
// PyTorch left out, are in docs/dynamic-shapes-symbols.md §4–§7.
#include "fx/experimental/symbolic_shapes.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace dp::fx {

using sym::Expr;
using sym::Range;

namespace {

// The fixed framework part of the default range's location (SLoc of create_symbol).
constexpr const char* kZeroOneSpecialization =
    "user code shown is first use of this value--the guard itself is not due user code but due to 0/1 "
    "specialization in the framework; to avoid specialization try torch._dynamo.mark_unbacked(tensor, dim)";

// SLoc.__str__ without PyTorch's own frame: "user line  # file:line in fn", plus a fixed
// framework text in parentheses when there is one.
std::string sloc_str(const std::string& user, const std::string& framework = "") {
  if (framework.empty()) return user;
  if (user.empty()) return "(" + framework + ")";
  return user + " (" + framework + ")";
}

bool is_tensor_property(const std::string& source) {
  auto ends_with_index = [&](const char* what) { return source.find(what) != std::string::npos; };
  return ends_with_index(".size()[") || ends_with_index(".stride()[") ||
         (source.size() >= 17 && source.compare(source.size() - 17, 17, ".storage_offset()") == 0);
}

// ---- SHA-256 (FIPS 180-4) ---------------------------------------------------------------------------
struct Sha256 {
  uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  static uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
  void block(const uint8_t* p) {
    static const uint32_t k[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
    uint32_t w[64];
    for (int i = 0; i < 16; ++i)
      w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; ++i) {
      uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; ++i) {
      uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
      uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
};

}  // namespace

std::string sha256_hex(const std::string& data) {
  Sha256 s;
  std::string msg = data;
  uint64_t bits = (uint64_t)data.size() * 8;
  msg.push_back((char)0x80);
  while (msg.size() % 64 != 56) msg.push_back(0);
  for (int i = 7; i >= 0; --i) msg.push_back((char)(bits >> (8 * i)));
  for (size_t i = 0; i < msg.size(); i += 64) s.block(reinterpret_cast<const uint8_t*>(msg.data() + i));
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (uint32_t v : s.h)
    for (int i = 7; i >= 0; --i) out.push_back(hex[(v >> (4 * i)) & 15]);
  return out;
}

// ---- the environment --------------------------------------------------------------------------------
struct ShapeEnv::Impl {
  ShapeEnvSettings settings;
  std::set<int64_t> unique_ids;
  std::vector<std::string> symbols;           // creation order
  std::map<std::string, Expr> symbol_expr;    // name -> Symbol (with its assumptions)
  std::map<std::string, int64_t> var_to_val;  // hints
  std::map<std::string, Range> var_to_range;
  struct RangeSLoc {
    std::string lower, upper;
  };
  std::map<std::string, RangeSLoc> var_to_range_sloc;
  std::map<std::string, std::vector<std::string>> var_to_sources;
  std::map<std::string, std::string> source_to_var;  // source -> its original symbol
  std::map<int64_t, std::string> val_to_var;         // duck sizing
  std::map<std::string, Expr> replacements;
  std::map<std::string, std::string> replacements_slocs;
  struct Guard {
    Expr expr;
    std::string sloc;
  };
  std::vector<Guard> guards;
  std::vector<std::pair<std::string, Expr>> tracked;  // track_input, in order
  int unbacked_ints = 0, unbacked_floats = 0;
  std::set<std::string> unbacked;
  Expr new_unbacked(const std::string& name, const std::string& kind, const std::string& range,
                    const std::function<void(bool, const std::string&)>& out, const std::string& user_loc);
  // The message of GuardOnDataDependentSymNode for `what` ("guard on" / "extract specialized
  // integer from") the expression e, raised at user_loc.
  std::string data_dependent_message(const std::string& what, const Expr& e, const std::string& user_loc) const;
  std::string cur_loc;  // the user location of the current event

  // The name of a new symbol: s<n>, n its creation number or (hashed_names) a stable id of its source.
  std::string new_symbol_name(const std::string& source);

  void record_guard(const std::function<void(bool, const std::string&)>& out, const Expr& g,
                    const std::string& user_loc);

  mutable bool env_logged = false;
  // The log sink of one call: "create_env" goes out before this environment's first record.
  std::function<void(bool, const std::string&)> sink(const std::function<void(bool, const std::string&)>& log) const {
    if (!log) return {};
    return [this, log](bool debug, const std::string& msg) {
      if (!env_logged) {
        env_logged = true;
        log(false, "create_env");
      }
      log(debug, msg);
    };
  }

  struct Ops;  // the guard machinery (needs a log sink)
  int static_value(const Expr& rel, bool with_guards) const;
};

ShapeEnv::ShapeEnv(ShapeEnvSettings settings) : impl_(std::make_shared<Impl>()) { impl_->settings = settings; }

namespace {

// Transitive substitution of the replacements (ShapeEnv.replace / _find).
Expr apply_replacements(const std::map<std::string, Expr>& repl, const Expr& e) {
  Expr cur = e;
  for (int i = 0; i < 64; ++i) {
    Expr next = sym::subs(cur, repl);
    if (next == cur || sym::same(next, cur)) return next;
    cur = next;
  }
  return cur;
}

// torch/fx/experimental/_sympy/solve.py try_solve for what ShapeEnv needs: the relation solved for
// `x` when x occurs exactly once, linearly (k*x) and outside every function; the solution must be
// an integer expression (sympy's r[1].is_integer): k divides every other term.
struct Solved {
  std::string kind;
  Expr rhs;
};
bool try_solve(const Expr& rel, const Expr& xs, Solved* out) {
  std::string x;
  sym::is_symbol(xs, &x);
  sym::RelationParts p;
  if (!sym::relation_parts(rel, &p)) return false;
  Expr d = sym::Sub(p.lhs, p.rhs);
  std::set<std::string> fs;
  sym::free_symbols(d, fs);
  if (!fs.count(x)) return false;
  // linear in x, x outside every function: d == k*x + d(x=0) with k = d(1) - d(0) an integer
  Expr d0, d1;
  try {
    d0 = sym::subs(d, {{x, sym::Integer(0)}});
    d1 = sym::subs(d, {{x, sym::Integer(1)}});
  } catch (const std::exception&) {
    return false;
  }
  int64_t k;
  if (!sym::is_integer(sym::Sub(d1, d0), &k) || k == 0) return false;
  if (!sym::same(sym::Add(sym::Mul(sym::Integer(k), xs), d0), d)) return false;
  Expr rest = d0;
  // k*x + rest (op) 0  ->  x (op') -rest/k
  Expr neg_rest = sym::Neg(rest);
  Expr rhs;
  if (k == 1) rhs = neg_rest;
  else if (k == -1) rhs = rest;
  else {
    Expr q = sym::FloorDiv(neg_rest, sym::Integer(k));
    // exact only if k divides -rest: then FloorDiv canonicalizes it away
    if (!sym::same(sym::Mul(q, sym::Integer(k)), neg_rest)) return false;
    rhs = q;
  }
  std::string kind = p.kind;
  if (k < 0) {
    if (kind == "Lt") kind = "Gt";
    else if (kind == "Gt") kind = "Lt";
    else if (kind == "Le") kind = "Ge";
    else if (kind == "Ge") kind = "Le";
  }
  *out = {kind, rhs};
  return true;
}

bool range_subset(const Range& a, const Range& b) { return a.lo >= b.lo && a.hi <= b.hi; }

int64_t ceil_div(int64_t a, int64_t b) {  // exact for finite values
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) == (b < 0))) ++q;
  return q;
}
int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

}  // namespace

// ---- symbols ------------------------------------------------------------------------------------
namespace {
int64_t hashed_id(const std::string& source) {
  std::string hex = sha256_hex(source);
  int64_t r = 0;
  for (char c : hex) r = (r * 16 + (c <= '9' ? c - '0' : c - 'a' + 10)) % 100;
  return r;
}
}  // namespace

std::string ShapeEnv::Impl::new_symbol_name(const std::string& source) {
  int64_t id;
  if (settings.hashed_names) {
    id = hashed_id(source);
    while (unique_ids.count(id)) ++id;
    unique_ids.insert(id);
  } else {
    id = (int64_t)var_to_val.size();
  }
  return "s" + std::to_string(id);
}

Expr ShapeEnv::create_symbol(int64_t val, const std::string& source, DimDynamic dynamic, const std::string& user_loc) {
  Impl& m = *impl_;
  auto out = m.sink(log);
  if (dynamic == DimDynamic::STATIC) return sym::Integer(val);
  bool duck = dynamic == DimDynamic::DUCK && m.settings.use_duck_shape;
  if ((val == 0 || val == 1) && m.settings.specialize_zero_one) return sym::Integer(val);
  std::string name;
  if (!duck || !m.val_to_var.count(val)) {
    name = m.new_symbol_name(source);
    Expr s = sym::Symbol(name, true);
    m.symbols.push_back(name);
    m.symbol_expr[name] = s;
    m.var_to_val[name] = val;
    m.var_to_sources[name] = {};
    m.source_to_var[source] = name;
    if (duck) m.val_to_var[val] = name;
    Range r{m.settings.specialize_zero_one ? 2 : 0, sym::kPosInf};
    m.var_to_range[name] = r;
    m.var_to_range_sloc[name] = {sloc_str(user_loc, m.settings.specialize_zero_one ? kZeroOneSpecialization : ""),
                                 user_loc};
    if (out) {
      std::string where = user_loc.empty() ? "" : " " + user_loc;
      out(false, "create_symbol " + name + " = " + std::to_string(val) + " for " + source + " " +
                     sym::range_str(r, false) + where +
                     ", for more info run with TORCHDYNAMO_EXTENDED_DEBUG_CREATE_SYMBOL=\"" + name +
                     "\" or to suppress this message run with TORCHDYNAMO_EXTENDED_ADVICE=\"0\"");
    }
  } else {
    name = m.val_to_var[val];
    m.source_to_var[source] = name;
    if (out) out(true, "create_symbol " + name + " duck sized " + source);
  }
  m.var_to_sources[name].push_back(source);
  return m.symbol_expr[name];
}

Expr ShapeEnv::create_unspecified_symbol(int64_t val, const std::string& source, const std::string& user_loc) {
  Impl& m = *impl_;
  auto out = m.sink(log);
  std::string name = m.new_symbol_name(source);
  Expr s = sym::Symbol(name, false);
  m.symbols.push_back(name);
  m.symbol_expr[name] = s;
  m.var_to_val[name] = val;
  m.var_to_sources[name] = {source};
  m.source_to_var[source] = name;
  Range r{sym::kNegInf, sym::kPosInf};
  m.var_to_range[name] = r;
  m.var_to_range_sloc[name] = {user_loc, user_loc};
  if (out) {
    std::string where = user_loc.empty() ? "" : " " + user_loc;
    out(false, "create_symbol " + name + " = " + std::to_string(val) + " for " + source + " " +
                   sym::range_str(r, false) + where +
                   ", for more info run with TORCHDYNAMO_EXTENDED_DEBUG_CREATE_SYMBOL=\"" + name +
                   "\" or to suppress this message run with TORCHDYNAMO_EXTENDED_ADVICE=\"0\"");
  }
  return s;
}

// An unbacked symbol: no hint, range [-int_oo, int_oo], logged as `create_unbacked_symint u0 ...`.
Expr ShapeEnv::Impl::new_unbacked(const std::string& name, const std::string& kind, const std::string& range,
                                  const std::function<void(bool, const std::string&)>& out,
                                  const std::string& user_loc) {
  Expr s = sym::Symbol(name, false);
  symbols.push_back(name);
  symbol_expr[name] = s;
  unbacked.insert(name);
  var_to_range[name] = Range{sym::kNegInf, sym::kPosInf};
  var_to_range_sloc[name] = {user_loc, user_loc};
  if (out) out(false, "create_unbacked_" + kind + " " + name + " " + range + " " + user_loc);
  return s;
}

Expr ShapeEnv::create_unbacked_symint(const std::string& user_loc) {
  Impl& m = *impl_;
  return m.new_unbacked("u" + std::to_string(m.unbacked_ints++), "symint", "[-int_oo, int_oo]", m.sink(log), user_loc);
}

Expr ShapeEnv::create_unbacked_symfloat(const std::string& user_loc) {
  Impl& m = *impl_;
  return m.new_unbacked("zuf" + std::to_string(m.unbacked_floats++), "symfloat", "[-oo, oo]", m.sink(log), user_loc);
}

bool ShapeEnv::has_unbacked(const Expr& e) const {
  if (impl_->unbacked.empty() || !e) return false;
  std::set<std::string> fs;
  sym::free_symbols(e, fs);
  for (auto& n : fs)
    if (impl_->unbacked.count(n)) return true;
  return false;
}

std::string ShapeEnv::Impl::data_dependent_message(const std::string& what, const Expr& e,
                                                   const std::string& user_loc) const {
  std::set<std::string> fs;
  sym::free_symbols(e, fs);
  std::string names;
  for (auto& n : fs)
    if (unbacked.count(n)) names += (names.empty() ? "" : ",") + n;
  std::string s = sym::str(e);
  std::string msg = "Could not " + what + " data-dependent expression " + s + " (unhinted: " + s +
                    ").  (Size-like symbols: none)\n\n";
  if (what == "guard on")
    msg +=
        "consider using data-dependent friendly APIs such as guard_or_false, guard_or_true and statically_known_true.\n";
  msg += "Caused by: " + user_loc + " (_dynamo/variables/tensor.py:1951 in evaluate_expr)\n";
  msg += "For more information, run with TORCH_LOGS=\"dynamic\"\n";
  msg +=
      "For extended logs when we create symbols, also add TORCHDYNAMO_EXTENDED_DEBUG_CREATE_SYMBOL=\"" + names + "\"\n";
  msg += "If you suspect the guard was triggered from C++, add TORCHDYNAMO_EXTENDED_DEBUG_CPP=1\n";
  msg +=
      "For more debugging help, see https://docs.google.com/document/d/1HSuTTVvYH1pTew89Rtpeu84Ht3nQEFTYhAX3Ypa_xJs/edit?usp=sharing";
  return msg;
}

void ShapeEnv::track_input(const std::string& source, const Expr& expr) { impl_->tracked.push_back({source, expr}); }

// ---- queries ------------------------------------------------------------------------------------
Expr ShapeEnv::simplify(const Expr& e) const { return apply_replacements(impl_->replacements, e); }

int64_t ShapeEnv::size_hint(const Expr& e) const {
  return sym::evaluate(e, [&](const std::string& n) {
    auto it = impl_->var_to_val.find(n);
    if (it == impl_->var_to_val.end()) throw std::invalid_argument("size_hint: no hint for " + n);
    return it->second;
  });
}

Range ShapeEnv::var_range(const std::string& symbol) const {
  auto it = impl_->var_to_range.find(symbol);
  return it == impl_->var_to_range.end() ? Range{} : it->second;
}

// _maybe_evaluate_static: replacements, value ranges, and (with_guards) the earlier guards.
int ShapeEnv::Impl::static_value(const Expr& rel, bool with_guards) const {
  const Impl& m = *this;
  Expr e = apply_replacements(m.replacements, rel);
  bool b;
  if (sym::is_bool(e, &b)) return b;
  if (!sym::is_relation(e)) return -1;
  Range r = sym::bound(e, [&](const std::string& n) {
    auto it = m.var_to_range.find(n);
    return it == m.var_to_range.end() ? Range{} : it->second;
  });
  if (r.lo == r.hi) return (int)r.lo;
  if (with_guards) {  // axioms: earlier guards (re-simplified) and their negations
    Expr neg = sym::Not(e);
    for (const auto& g : m.guards) {
      Expr ge = apply_replacements(m.replacements, g.expr);
      if (sym::same(ge, e)) return 1;
      if (sym::same(ge, neg)) return 0;
    }
  }
  return -1;
}

int ShapeEnv::maybe_evaluate_static(const Expr& rel) const { return impl_->static_value(rel, true); }

// ---- guards -------------------------------------------------------------------------------------
struct ShapeEnv::Impl::Ops {
  Impl& m;
  const std::function<void(bool, const std::string&)>& out;

  void update_var_to_range(const std::string& s, Range r, const RangeSLoc* vr_sloc) {
    Range old = m.var_to_range[s];
    Range nw{std::max(old.lo, r.lo), std::min(old.hi, r.hi)};
    if (nw.lo == old.lo && nw.hi == old.hi) return;
    RangeSLoc here{m.cur_loc, m.cur_loc};
    const auto& sl = vr_sloc ? *vr_sloc : here;
    if (nw.lo != old.lo) m.var_to_range_sloc[s].lower = sl.lower;
    if (nw.hi != old.hi) m.var_to_range_sloc[s].upper = sl.upper;
    m.var_to_range[s] = nw;
    if (out) out(true, "_update_var_to_range " + s + " = " + sym::range_str(nw, true) + " (update)");
  }

  Range bound(const Expr& e) {
    return sym::bound(e, [&](const std::string& n) {
      auto it = m.var_to_range.find(n);
      return it == m.var_to_range.end() ? Range{} : it->second;
    });
  }

  // _set_replacement
  void set_replacement(const std::string& a, const Expr& tgt, const std::string& msg) {
    auto cur = m.replacements.find(a);
    if (cur != m.replacements.end() && sym::same(cur->second, tgt)) return;
    std::set<std::string> fs;
    sym::free_symbols(tgt, fs);
    if (fs.count(a)) return;
    Range src_bound = m.var_to_range[a];
    Range tgt_bound = bound(tgt);
    update_var_to_range(a, tgt_bound, nullptr);
    if (!range_subset(tgt_bound, src_bound) && fs.size() == 1) {
      // invert a == k*b + c for the one symbol b of tgt and narrow b's range
      const std::string b = *fs.begin();
      Expr d0 = sym::subs(tgt, {{b, sym::Integer(0)}}), d1 = sym::subs(tgt, {{b, sym::Integer(1)}});
      int64_t k, c;
      if (sym::is_integer(sym::Sub(d1, d0), &k) && sym::is_integer(d0, &c) && k != 0 &&
          sym::same(sym::Add(sym::Mul(sym::Integer(k), m.symbol_expr.count(b) ? m.symbol_expr[b] : sym::Symbol(b)), d0),
                    tgt)) {
        // b = (a - c) / k, requantized to integers (CeilToInt / FloorToInt of the rational bounds)
        Range ar = m.var_to_range[a];
        auto fin = [](int64_t v) { return v != sym::kNegInf && v != sym::kPosInf; };
        auto lo_b = [&](int64_t v) { return fin(v) ? ceil_div(v - c, k) : (k > 0 ? sym::kNegInf : sym::kPosInf); };
        auto hi_b = [&](int64_t v) { return fin(v) ? floor_div(v - c, k) : (k > 0 ? sym::kPosInf : sym::kNegInf); };
        Range bb = k > 0 ? Range{lo_b(ar.lo), hi_b(ar.hi)} : Range{lo_b(ar.hi), hi_b(ar.lo)};
        auto sl = m.var_to_range_sloc[a];
        if (m.var_to_range.count(b)) update_var_to_range(b, bb, &sl);
        tgt_bound = bound(tgt);
      }
    }
    if (!range_subset(tgt_bound, src_bound)) {
      if (out)
        out(true, "skipped set_replacement " + a + " = " + sym::str(tgt) + " (" + msg + ") [" +
                      sym::range_str(tgt_bound, true) + " not subset of " + sym::range_str(src_bound, true) + "]");
      return;
    }
    if (out)
      out(false, "set_replacement " + a + " = " + sym::str(tgt) + " (" + msg + ") " + sym::range_str(tgt_bound, true));
    m.replacements[a] = tgt;
    if (!m.replacements_slocs.count(a)) m.replacements_slocs[a] = m.cur_loc;
  }

  // _refine_ranges
  void refine_ranges(const Expr& rel) {
    Expr e = apply_replacements(m.replacements, rel);
    std::set<std::string> fs;
    sym::free_symbols(e, fs);
    for (const auto& s : fs) {
      if (!m.var_to_range.count(s)) continue;
      Solved r;
      if (!try_solve(e, m.symbol_expr[s], &r)) continue;
      Range vr = m.var_to_range[s];
      int64_t lower = vr.lo, upper = vr.hi;
      Range rhs = bound(r.rhs);
      if (lower <= rhs.lo && (r.kind == "Eq" || r.kind == "Ge" || r.kind == "Gt") && rhs.lo != sym::kNegInf)
        lower = rhs.lo + (r.kind == "Gt" ? 1 : 0);
      if (upper >= rhs.hi && (r.kind == "Eq" || r.kind == "Le" || r.kind == "Lt") && rhs.hi != sym::kPosInf)
        upper = rhs.hi - (r.kind == "Lt" ? 1 : 0);
      if (lower == vr.lo && upper == vr.hi) continue;
      update_var_to_range(s, {lower, upper}, nullptr);
      Range nr = m.var_to_range[s];
      if (nr.lo == nr.hi) set_replacement(s, sym::Integer(nr.lo), "range_refined_to_singleton");
    }
  }

  static bool has_kind(const Expr& e, const char* what) { return sym::str(e).find(what) != std::string::npos; }

  // _maybe_guard_rel
  void maybe_guard_rel(const Expr& g) {
    sym::RelationParts p;
    if (!sym::relation_parts(g, &p) || p.kind == "Ne") return;
    std::set<std::string> fs;
    sym::free_symbols(g, fs);
    if (fs.empty() || fs.size() > 5) return;
    std::vector<std::string> free(fs.begin(), fs.end());
    // (hint, name) descending: the symbol with the larger hint, then the larger name, is solved for
    std::sort(free.begin(), free.end(), [&](const std::string& a, const std::string& b) {
      int64_t ha = m.var_to_val.count(a) ? m.var_to_val[a] : INT64_MAX;
      int64_t hb = m.var_to_val.count(b) ? m.var_to_val[b] : INT64_MAX;
      if (ha != hb) return ha > hb;
      return a > b;
    });
    refine_ranges(g);
    if (p.kind != "Eq") return;
    if (has_kind(g, "Mod(")) return;  // divisibility is not tracked (docs §5.3)
    if (has_kind(g, "//")) return;    // FloorDiv with a divisor other than 1: sympy cannot solve
    Solved r;
    if (try_solve(g, m.symbol_expr[free[0]], &r))
      set_replacement(free[0], apply_replacements(m.replacements, r.rhs), "solve");
  }
};

// A guard evaluate_expr / guard_int decided: the "eval ... [guard added]" record, the replacement
// or range it implies (_maybe_guard_rel), and the guard itself for produce_guards.
void ShapeEnv::Impl::record_guard(const std::function<void(bool, const std::string&)>& out, const Expr& g,
                                  const std::string& user_loc) {
  cur_loc = user_loc;
  if (out)
    out(false, "eval " + sym::str(g) + " [guard added]" + (user_loc.empty() ? "" : " " + user_loc) +
                   ", for more info run with TORCHDYNAMO_EXTENDED_DEBUG_GUARD_ADDED=\"" + sym::str(g) + "\"");
  Ops{*this, out}.maybe_guard_rel(g);
  guards.push_back({g, user_loc});
}

bool ShapeEnv::evaluate_expr(const Expr& rel, const std::string& user_loc) {
  Impl& m = *impl_;
  auto out = m.sink(log);
  Expr expr = simplify(rel);
  bool b;
  if (sym::is_bool(expr, &b)) {
    if (out) out(true, "eval " + sym::str(expr) + " [trivial]");
    return b;
  }
  int st = m.static_value(expr, true);
  if (st < 0 && has_unbacked(expr))
    throw GuardOnDataDependentSymNode(m.data_dependent_message("guard on", expr, user_loc));
  if (st >= 0) {
    // PyTorch prints its size_oblivious flag where the expression was meant to go
    if (out) out(true, std::string("eval False == ") + (st ? "True" : "False") + " [statically known]");
    return st;
  }
  bool val = size_hint(expr) != 0;
  Expr g = val ? expr : sym::Not(expr);
  m.record_guard(out, g, user_loc);
  return val;
}

int64_t ShapeEnv::guard_int(const Expr& e, const std::string& user_loc) {
  Impl& m = *impl_;
  auto out = m.sink(log);
  Expr expr = simplify(e);
  int64_t v;
  if (sym::is_integer(expr, &v)) return v;
  if (has_unbacked(expr))
    throw GuardOnDataDependentSymNode(m.data_dependent_message("extract specialized integer from", expr, user_loc));
  v = size_hint(expr);
  Expr g = sym::Eq(expr, sym::Integer(v));
  m.record_guard(out, g, user_loc);
  return v;
}

// ---- produce_guards -----------------------------------------------------------------------------
std::vector<ShapeEnv::ProducedGuard> ShapeEnv::produce_guards() const {
  const Impl& m = *impl_;
  auto out = m.sink(log);
  if (out) out(false, "produce_guards");
  std::vector<ProducedGuard> guards;

  // symbol -> the tracked sources whose (simplified) value is exactly that symbol, in order
  std::vector<std::string> sym_order;
  std::map<std::string, std::vector<std::string>> symbol_to_source;
  for (const auto& [source, expr] : m.tracked) {
    std::string name;
    if (sym::is_symbol(simplify(expr), &name)) {
      auto& v = symbol_to_source[name];
      if (v.empty()) sym_order.push_back(name);
      if (std::find(v.begin(), v.end(), source) == v.end()) v.push_back(source);
    }
  }
  auto name_of = [&](const std::string& s) -> std::string {
    auto it = symbol_to_source.find(s);
    if (it != symbol_to_source.end()) return it->second[0];
    auto jt = m.var_to_sources.find(s);
    if (jt != m.var_to_sources.end() && !jt->second.empty()) return jt->second[0];
    return s;
  };
  auto positive = [&](const std::string& s) {
    auto it = m.symbol_expr.find(s);
    return it != m.symbol_expr.end() && sym::symbol_is_positive(it->second);
  };
  auto to_sources = [&](const Expr& e) {
    std::set<std::string> fs;
    sym::free_symbols(e, fs);
    std::map<std::string, Expr> r;
    for (const auto& s : fs) r[s] = sym::Symbol(name_of(s), positive(s));
    return sym::subs(e, r);
  };

  // 1. input bindings
  for (const auto& [source, raw] : m.tracked) {
    Expr e = simplify(raw);
    std::string name;
    if (sym::is_symbol(e, &name) && symbol_to_source.at(name)[0] == source) continue;
    int64_t v;
    if (is_tensor_property(source) && sym::is_integer(e, &v)) {
      if (out) out(true, "Skipping guard " + source + " == " + std::to_string(v));
      continue;
    }
    ProducedGuard g;
    g.code = source + " == " + sym::python_str(e, name_of);
    auto sv = m.source_to_var.find(source);
    std::string comment;
    if (sv == m.source_to_var.end()) {
      comment = "(unknown source " + source + ", please file a bug)";
    } else {
      const std::string& s0 = sv->second;
      const auto& srcs = m.var_to_sources.at(s0);
      if (!srcs.empty() && srcs[0] != source)
        comment = "duck sizing added this equality because these variables had the same size " +
                  std::to_string(m.var_to_val.at(s0)) +
                  " (to avoid this specialization, set torch.fx.experimental._config.use_duck_shape = False)";
      else if (m.replacements_slocs.count(s0)) comment = m.replacements_slocs.at(s0);
      else comment = "(unknown var " + s0 + ", please file a bug)";
    }
    g.verbose = g.code + "  # " + comment;
    bool pos = sv != m.source_to_var.end() && positive(sv->second);
    g.expr = sym::Eq(sym::Symbol(source, pos), to_sources(e));
    guards.push_back(std::move(g));
  }

  // 2. guards recorded by evaluate_expr, simplified, without the statically known and duplicates
  std::vector<Expr> issued;
  for (const auto& guard : m.guards) {
    if (m.static_value(guard.expr, false) >= 0) continue;
    Expr e = simplify(guard.expr);
    bool dup = false;
    for (const auto& x : issued) dup = dup || sym::same(x, e);
    if (dup) continue;
    issued.push_back(e);
    ProducedGuard g;
    g.code = sym::python_str(e, name_of);
    g.verbose = g.code + "  # " + guard.sloc;
    g.expr = to_sources(e);
    guards.push_back(std::move(g));
  }

  // 3. value ranges of the symbols that inputs carry
  for (const auto& s : sym_order) {
    if (!m.var_to_range.count(s)) continue;  // a symbol this environment did not create
    Range r = m.var_to_range.at(s);
    const auto& sl = m.var_to_range_sloc.at(s);
    const std::string src = symbol_to_source.at(s)[0];
    bool has_lo = r.lo != sym::kNegInf, has_hi = r.hi != sym::kPosInf;
    if (!has_lo && !has_hi) continue;
    Expr x = sym::Symbol(src, positive(s));
    ProducedGuard g;
    if (has_lo && has_hi) {
      // the Python form prints sympy.And(Le(lo, src), Le(src, hi)); the verbose form is shorter
      g.code = std::to_string(r.lo) + " <= " + src + " and " + src + " <= " + std::to_string(r.hi);
      g.verbose =
          std::to_string(r.lo) + " <= " + src + " <= " + std::to_string(r.hi) + "  # " + sl.lower + " and " + sl.upper;
      // one relation for both bounds: min(src - lo, hi - src) >= 0
      g.expr = sym::Ge(sym::Min(sym::Sub(x, sym::Integer(r.lo)), sym::Sub(sym::Integer(r.hi), x)), sym::Integer(0));
    } else if (has_lo) {
      g.code = std::to_string(r.lo) + " <= " + src;
      g.verbose = g.code + "  # " + sl.lower;
      g.expr = sym::Le(sym::Integer(r.lo), x);
    } else {
      g.code = src + " <= " + std::to_string(r.hi);
      g.verbose = g.code + "  # " + sl.upper;
      g.expr = sym::Le(x, sym::Integer(r.hi));
    }
    guards.push_back(std::move(g));
  }
  return guards;
}

const std::vector<std::string>& ShapeEnv::symbols() const { return impl_->symbols; }

const std::string& ShapeEnv::first_source(const std::string& symbol) const {
  static const std::string none;
  auto it = impl_->var_to_sources.find(symbol);
  return it == impl_->var_to_sources.end() || it->second.empty() ? none : it->second[0];
}

int64_t ShapeEnv::hint(const std::string& symbol) const { return impl_->var_to_val.at(symbol); }

sym::Expr ShapeEnv::symbol_expr(const std::string& symbol) const {
  auto it = impl_->symbol_expr.find(symbol);
  return it == impl_->symbol_expr.end() ? sym::Symbol(symbol) : it->second;
}

}  // namespace dp::fx

namespace dp::fx {

size_t ShapeEnv::num_recorded_guards() const { return impl_->guards.size(); }
std::string ShapeEnv::recorded_guard(size_t i) const {
  return i < impl_->guards.size() ? sym::str(impl_->guards[i].expr) : "";
}

}  // namespace dp::fx
