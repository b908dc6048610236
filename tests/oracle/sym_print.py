#!/usr/bin/python3
"""Oracle for core/fx/experimental/sym_expr.cpp: random integer expressions built with real sympy.

Regenerate the checked-in case file (needs sympy: `sudo apt-get install -y python3-sympy`):

    /usr/bin/python3 tests/oracle/sym_print.py > tests/cpp/fx/sym_print_oracle.txt

Each output line is one case, four TAB-separated columns:
  1. the recipe in prefix notation, e.g. `(add (mul 2 s77) (neg s0))`
  2. sympy's str() of the expression built with sympy from the recipe
  3. its value at the fixed symbol values VALUES below ("err" when a division by zero occurs;
     relations give 1 / 0)
  4. the Python guard printer's text (torch/utils/_sympy/printers.py PythonPrinter rules applied
     to sympy's internal argument order), every symbol s printed as L['s']
  5. str() of the expression after `xreplace(REPLACEMENTS)` (how ShapeEnv applies replacements:
     every node rebuilt, i.e. re-canonicalized), "err" on a division by zero

sympy has no FloorDiv, and sympy's Mod/Max/Min simplify differently from PyTorch's
(torch/utils/_sympy/functions.py); the classes below are PyTorch-shaped stand-ins whose `eval`
rules are the subset documented in docs/dynamic-shapes-symbols.md §1 (they print exactly like
PyTorch's: same class names, same precedence 35, the same `_sympystr` for FloorDiv). Everything
else — Add, Mul, Pow canonicalization, term order, sort keys, relations, assumptions — is sympy's.
The C++ test tests/cpp/fx/sym_expr_test.cpp reads the file; CI does not need sympy.
"""
import random
import sys

import sympy
from sympy import Integer, S
from sympy.printing.precedence import PRECEDENCE, precedence
from sympy.printing.str import StrPrinter

SEED = 20261203
N_CASES = 2400

# sympy 1.11 (Debian's) answers (p/6).is_integer = True for any p with an even factor: its 2-adic
# rule in Mul._eval_is_integer ignores the odd part of the denominator. sympy >= 1.13 (what
# PyTorch requires) applies that rule only to power-of-two denominators; do the same here.
_mul_is_integer = sympy.Mul._eval_is_integer


def _mul_is_integer_fixed(self):
    r = _mul_is_integer(self)
    c = self.as_coeff_Mul()[0]
    if r is True and c.is_Rational and c.q & (c.q - 1) != 0:
        return None
    return r


sympy.Mul._prop_handler["integer"] = _mul_is_integer_fixed

POS_NAMES = ["s0", "s1", "s2", "s27", "s77", "s9"]  # sizes: integer=True, positive=True
INT_NAMES = ["u0", "u1"]  # unbacked / ints: integer=True
SYMS = {n: sympy.Symbol(n, integer=True, positive=True) for n in POS_NAMES}
SYMS.update({n: sympy.Symbol(n, integer=True) for n in INT_NAMES})
VALUES = {"s0": 3, "s1": 5, "s2": 2, "s27": 7, "s77": 4, "s9": 6, "u0": -3, "u1": 2}
REPLACEMENTS = {SYMS["s77"]: 2 * SYMS["s2"], SYMS["s0"]: SYMS["s1"] + 1, SYMS["u1"]: Integer(3)}


def _terms(e):
    return sympy.Add.make_args(e)


def _coeff(t):
    return t.as_coeff_Mul()


def _divides(p, q):
    """Every term of p is an integer multiple of the monomial q (sympy's r.is_integer where it
    decides)."""
    return (p / q).is_integer is True


class FloorDiv(sympy.Function):
    nargs = (2,)
    precedence = 35
    is_integer = True

    def _sympystr(self, printer):
        b = printer.parenthesize(self.args[0], PRECEDENCE["Atom"] - 0.5)
        d = printer.parenthesize(self.args[1], PRECEDENCE["Atom"] - 0.5)
        return f"({b}//{d})"

    @classmethod
    def eval(cls, base, divisor):
        if divisor.is_zero:
            raise ZeroDivisionError
        if base.is_zero:
            return S.Zero
        if divisor == 1:
            return base
        if divisor == -1:
            return -base
        if base.is_Integer and divisor.is_Integer:
            return Integer(int(base) // int(divisor))
        if isinstance(base, FloorDiv):
            return FloorDiv(base.args[0], base.args[1] * divisor)
        if divisor.is_Integer:
            taken = [t for t in _terms(base) if int(_coeff(t)[0]) % int(divisor) == 0]
            if taken:
                quot = sum((t / divisor for t in taken), S.Zero)
                return FloorDiv(base - sympy.Add(*taken), divisor) + quot
        g = 0
        for t in list(_terms(base)) + list(_terms(divisor)):
            g = sympy.igcd(g, abs(int(_coeff(t)[0])))
        gg = Integer(g)
        p = sympy.Add(*[t / gg for t in _terms(base)])
        q = sympy.Add(*[t / gg for t in _terms(divisor)])
        for x in sympy.Mul.make_args(q):
            if all(x in sympy.Mul.make_args(t) for t in _terms(p)):
                gg = gg * x
        if gg != 1:
            return FloorDiv(sympy.Add(*[t / gg for t in _terms(base)]),
                            sympy.Add(*[t / gg for t in _terms(divisor)]))
        return None


def _mod_eval(p, q):
    if q.is_zero:
        raise ZeroDivisionError
    if p is S.Zero or p in (q, -q) or q == 1:
        return S.Zero
    if q.is_Number and p.is_Number:
        return p % q
    if q.is_Number and q == 2:
        if p.is_even:
            return S.Zero
        if p.is_odd:
            return S.One
    if _divides(p, q):
        return S.Zero
    less = p < q
    if less.is_Boolean and bool(less) and (p / q).is_positive:
        return p
    return None


class Mod(sympy.Function):  # PyTorch's Mod: operands known non-negative
    nargs = (2,)
    precedence = 35
    is_integer = True
    is_nonnegative = True

    @classmethod
    def eval(cls, p, q):
        return _mod_eval(p, q)


class PythonMod(sympy.Function):
    nargs = (2,)
    precedence = 35
    is_integer = True

    @classmethod
    def eval(cls, p, q):
        return _mod_eval(p, q)

    def _eval_is_nonnegative(self):
        return True if self.args[1].is_positive else None

    def _eval_is_nonpositive(self):
        return True if self.args[1].is_negative else None


def torch_mod(a, b):
    if a.is_nonnegative and b.is_nonnegative:
        return Mod(a, b)
    return PythonMod(a, b)


class _TorchLocalZeros:
    """PyTorch's MinMaxBase._find_localzeros: numbers collapsed; against a single other argument
    only the 0 / 1 rules; no pairwise comparison (sympy's own Max would compare)."""

    @classmethod
    def _find_localzeros(cls, values, **options):
        nums = [v for v in values if v.is_Number]
        others = [v for v in values if not v.is_Number]
        if not nums:
            return set(others)
        num = max(nums) if cls is Max else min(nums)
        if not others:
            return {num}
        if len(others) == 1:
            o = others[0]
            if num == 0 and o.is_nonnegative:
                return {o} if cls is Max else {num}
            if num == 1 and o.is_positive:
                return {o} if cls is Max else {num}
        return set(others) | {num}


class Max(_TorchLocalZeros, sympy.Max):
    pass


class Min(_TorchLocalZeros, sympy.Min):
    pass


# ---- the Python guard printer (printers.py PythonPrinter, ExprPrinter rules) ------------------------
class GuardPrinter(StrPrinter):
    printmethod = "_torch_sympystr"

    def _print_Symbol(self, e):
        return f"L['{e.name}']"

    def _print_Mul(self, e):
        return self.stringify(e.args, "*", precedence(e))

    def _print_Add(self, e, order=None):
        return self.stringify(e.args, " + ", precedence(e))

    def _print_Relational(self, e):
        # PyTorch's guards print `a == 2*b`: relations at the Relational precedence
        return self.stringify(e.args, f" {e.rel_op} ", PRECEDENCE["Relational"])

    def _print_Pow(self, e):
        base, exp = e.args
        return self.stringify([base] * int(exp), "*", PRECEDENCE["Mul"])

    def _print_FloorDiv(self, e):
        x, d = (self.parenthesize(a, PRECEDENCE["Atom"] - 0.5) for a in e.args)
        return f"{x} // {d}"

    def _print_Mod(self, e):
        return self.stringify(e.args, " % ", PRECEDENCE["Atom"] - 0.5)

    _print_PythonMod = _print_Mod

    def _print_Max(self, e):
        return f"max({', '.join(map(self._print, e.args))})"

    def _print_Min(self, e):
        return f"min({', '.join(map(self._print, e.args))})"


# ---- random recipes -------------------------------------------------------------------------------
class Gen:
    def __init__(self, rng):
        self.rng = rng

    def leaf(self):
        r = self.rng.random()
        if r < 0.45:
            return str(self.rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, -1, -2, -3, 7, 12]))
        if r < 0.92:
            return self.rng.choice(POS_NAMES)
        return self.rng.choice(INT_NAMES)

    def monomial(self):
        """Divisors / moduli: an integer, a symbol, or a small product (what PyTorch's rules and
        ours decide identically)."""
        r = self.rng.random()
        if r < 0.6:
            return str(self.rng.choice([2, 3, 4, 5, 6, 8]))
        if r < 0.85:
            return self.rng.choice(POS_NAMES)
        return f"(mul {self.rng.choice([2, 3])} {self.rng.choice(POS_NAMES)})"

    def expr(self, depth, allow_minmax=None):
        if depth <= 0 or self.rng.random() < 0.2:
            return self.leaf()
        op = self.rng.choices(
            ["add", "sub", "mul", "neg", "pow", "floordiv", "mod", "max", "min"],
            weights=[24, 14, 22, 5, 6, 9, 7, 5, 5])[0]
        if op in ("max", "min"):
            # PyTorch's Max/Min collapse nested opposite lattice ops (sympy's _collapse_arguments);
            # keep Min out of Max's direct arguments and vice versa.
            other = "min" if op == "max" else "max"
            a = self.expr(depth - 1, allow_minmax=op)
            b = self.expr(depth - 1, allow_minmax=op)
            if a.startswith(f"({other} ") or b.startswith(f"({other} "):
                return f"(add {a} {b})"
            return f"({op} {a} {b})"
        if op == "neg":
            return f"(neg {self.expr(depth - 1)})"
        if op == "pow":
            return f"(pow {self.expr(depth - 2)} {self.rng.choice([2, 2, 3])})"
        if op == "floordiv":
            return f"(floordiv {self.expr(depth - 1)} {self.monomial()})"
        if op == "mod":
            return f"(mod {self.expr(depth - 1)} {self.monomial()})"
        return f"({op} {self.expr(depth - 1)} {self.expr(depth - 1)})"

    def case(self):
        r = self.rng.random()
        if r < 0.22:
            rel = self.rng.choice(["eq", "ne", "lt", "le", "gt", "ge"])
            return f"({rel} {self.expr(2)} {self.expr(2)})"
        return self.expr(self.rng.choice([1, 2, 3, 3, 4]))


def parse(recipe):
    toks = recipe.replace("(", " ( ").replace(")", " ) ").split()
    pos = 0

    def go():
        nonlocal pos
        t = toks[pos]
        pos += 1
        if t == "(":
            op = toks[pos]
            pos += 1
            args = []
            while toks[pos] != ")":
                args.append(go())
            pos += 1
            return (op, args)
        return t

    return go()


def build(tree, ops):
    if isinstance(tree, str):
        return ops["leaf"](tree)
    op, args = tree
    return ops[op](*[build(a, ops) for a in args])


SYMPY_OPS = {
    "leaf": lambda t: SYMS[t] if t in SYMS else Integer(int(t)),
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "neg": lambda a: -a,
    "pow": lambda a, n: a ** n,
    "floordiv": FloorDiv,
    "mod": torch_mod,
    "max": Max,
    "min": Min,
    "eq": sympy.Eq,
    "ne": sympy.Ne,
    "lt": sympy.Lt,
    "le": sympy.Le,
    "gt": sympy.Gt,
    "ge": sympy.Ge,
}


def _pyfloordiv(a, b):
    return a // b


VALUE_OPS = {
    "leaf": lambda t: VALUES[t] if t in VALUES else int(t),
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "neg": lambda a: -a,
    "pow": lambda a, n: a ** n,
    "floordiv": _pyfloordiv,
    "mod": lambda a, b: a % b,
    "max": max,
    "min": min,
    "eq": lambda a, b: int(a == b),
    "ne": lambda a, b: int(a != b),
    "lt": lambda a, b: int(a < b),
    "le": lambda a, b: int(a <= b),
    "gt": lambda a, b: int(a > b),
    "ge": lambda a, b: int(a >= b),
}


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else SEED  # other seeds: robustness checks only
    n_cases = int(sys.argv[2]) if len(sys.argv) > 2 else N_CASES
    rng = random.Random(seed)
    gen = Gen(rng)
    seen = set()
    out = []
    guard_printer = GuardPrinter()
    while len(out) < n_cases:
        recipe = gen.case()
        if recipe in seen:
            continue
        seen.add(recipe)
        tree = parse(recipe)
        try:
            e = build(tree, SYMPY_OPS)
        except ZeroDivisionError:
            continue  # sympy raises at construction: our constructors throw too (unit-tested)
        try:
            value = str(build(tree, VALUE_OPS))
        except ZeroDivisionError:
            value = "err"
        if value != "err" and abs(int(value)) >= 2 ** 62:
            continue
        if isinstance(e, sympy.logic.boolalg.BooleanAtom):
            guard = "True" if e else "False"
        else:
            guard = guard_printer.doprint(e)
        try:
            replaced = str(e.xreplace(REPLACEMENTS))
        except ZeroDivisionError:
            replaced = "err"
        out.append(f"{recipe}\t{e}\t{value}\t{guard}\t{replaced}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
