// Eager behaviour of Python constructs added to the front end for issue 17, with the output
// CPython 3.11 printed for the same programs checked in here (so these run without python3; the
// corpus programs in tests/corpus/{frontend,eager} compare the same features with python3 live).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "api.h"

namespace {

using nlohmann::json;

struct Outcome {
  std::string out, err;
  int exit_code = -1;
};

Outcome run(const std::string& src) {
  json r = json::parse(dp::run_json(src, R"({"filename": "main.py"})"));
  return {r.value("stdout", std::string()), r.value("stderr", std::string()), r.value("exit_code", -1)};
}

TEST(PythonFeatures, GeneratorSendThrowCloseAndReturn) {
  Outcome o =
      run("def acc():\n"
          "    total = 0\n"
          "    try:\n"
          "        while True:\n"
          "            try:\n"
          "                x = yield total\n"
          "            except ValueError as e:\n"
          "                x = len(str(e))\n"
          "            if x is None:\n"
          "                return total\n"
          "            total += x\n"
          "    finally:\n"
          "        print('finally', total)\n"
          "a = acc()\n"
          "print(next(a), a.send(2), a.throw(ValueError('abc')))\n"
          "try:\n"
          "    a.send(None)\n"
          "except StopIteration as e:\n"
          "    print('stop', e.value)\n"
          "b = acc()\n"
          "next(b)\n"
          "print(b.close(), next(b, 'exhausted'))\n");
  EXPECT_EQ(o.out, "0 2 5\nfinally 5\nstop 5\nfinally 0\nNone exhausted\n");
  EXPECT_EQ(o.exit_code, 0) << o.err;
}

TEST(PythonFeatures, YieldFromDelegatesSendThrowAndReturnValue) {
  Outcome o =
      run("def inner():\n"
          "    got = yield 1\n"
          "    try:\n"
          "        yield got\n"
          "    except KeyError:\n"
          "        yield 'caught'\n"
          "    return 'r'\n"
          "def outer():\n"
          "    r = yield from inner()\n"
          "    yield r\n"
          "    yield from [7, 8]\n"
          "g = outer()\n"
          "print(next(g), g.send('s'), g.throw(KeyError), next(g), list(g))\n");
  EXPECT_EQ(o.out, "1 s caught r [7, 8]\n");
  EXPECT_EQ(o.exit_code, 0) << o.err;
}

TEST(PythonFeatures, StopIterationInsideAGeneratorBecomesRuntimeError) {
  Outcome o =
      run("def g():\n"
          "    yield 1\n"
          "    raise StopIteration(5)\n"
          "it = g()\n"
          "next(it)\n"
          "next(it)\n");
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_EQ(o.err,
            "Traceback (most recent call last):\n"
            "  File \"main.py\", line 3, in g\n"
            "    raise StopIteration(5)\n"
            "StopIteration: 5\n"
            "\n"
            "The above exception was the direct cause of the following exception:\n"
            "\n"
            "Traceback (most recent call last):\n"
            "  File \"main.py\", line 6, in <module>\n"
            "    next(it)\n"
            "RuntimeError: generator raised StopIteration\n");
}

TEST(PythonFeatures, CloseOfAGeneratorThatKeepsYieldingIsARuntimeError) {
  Outcome o =
      run("def g():\n"
          "    try:\n"
          "        yield 1\n"
          "    except GeneratorExit:\n"
          "        yield 2\n"
          "it = g()\n"
          "next(it)\n"
          "try:\n"
          "    it.close()\n"
          "except RuntimeError as e:\n"
          "    print(e)\n"
          "it.close()\n"
          "print(list(it))\n");
  EXPECT_EQ(o.out, "generator ignored GeneratorExit\n[]\n");
  EXPECT_EQ(o.exit_code, 0) << o.err;
}

TEST(PythonFeatures, WalrusInAComprehensionBindsInTheEnclosingScope) {
  Outcome o =
      run("def f(xs):\n"
          "    [last := x for x in xs if (sq := x * x) > 1]\n"
          "    return last, sq\n"
          "print(f([1, 2, 3]))\n"
          "print([y := 4, y + 1], y)\n"
          "vals = [w for v in range(5) if (w := v % 3)]\n"
          "print(vals, w, 'v' in globals())\n"
          "while (n := len(vals)) > 2:\n"
          "    vals.pop()\n"
          "print(n)\n");
  EXPECT_EQ(o.out, "(3, 9)\n[4, 5] 4\n[1, 2, 1] 1 False\n2\n");
  EXPECT_EQ(o.exit_code, 0) << o.err;
}

TEST(PythonFeatures, MatchStatementPatternKinds) {
  Outcome o =
      run("class P:\n"
          "    __match_args__ = ('x', 'y')\n"
          "    def __init__(self, x, y):\n"
          "        self.x, self.y = x, y\n"
          "def f(v):\n"
          "    match v:\n"
          "        case 0 | None:\n"
          "            return 'zero-ish'\n"
          "        case [a, *rest] if rest:\n"
          "            return f'seq {a} {rest}'\n"
          "        case {'k': int(n), **others}:\n"
          "            return f'map {n} {others}'\n"
          "        case P(0, y=y):\n"
          "            return f'P y={y}'\n"
          "        case P(x=x) as p:\n"
          "            return f'P x={x} {p.y}'\n"
          "        case str() | bytes():\n"
          "            return 'text'\n"
          "        case _:\n"
          "            return 'other'\n"
          "for v in [0, None, [1, 2, 3], [1], {'k': 5, 'z': 6}, P(0, 7), P(3, 4), 'ab', 2.5]:\n"
          "    print(f(v))\n");
  EXPECT_EQ(o.out, "zero-ish\nzero-ish\nseq 1 [2, 3]\nother\nmap 5 {'z': 6}\nP y=7\nP x=3 4\ntext\nother\n");
  EXPECT_EQ(o.exit_code, 0) << o.err;
}

}  // namespace
