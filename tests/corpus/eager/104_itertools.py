# itertools (CPython 3.11's whole public API): the infinite iterators, the iterators that stop on
# the shortest input, the combinatoric iterators, their reprs where CPython has one, laziness,
# tee, groupby's shared iterator, pairwise, and the TypeError / ValueError texts.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(2.5, 0.5), 3)))
print(repr(count()), repr(count(5)), repr(count(1, 2)), repr(count(1.5)), repr(count(0, 1.0)))
c = count(7)
next(c)
print(repr(c))
print(list(islice(cycle("ABC"), 8)), list(cycle([])))
print(list(repeat(4, 3)), list(repeat("x", 0)), list(repeat(1, -2)), list(islice(repeat(9), 3)))
print(repr(repeat(3)), repr(repeat("a", 2)))
r = repeat(1, 3)
print(operator.length_hint(r), next(r), operator.length_hint(r))

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([])), list(accumulate([], initial=0)), list(accumulate("abc")))
print(list(accumulate([1, 2], func=lambda a, b: a * 10 + b, initial=7)))
print(list(chain("AB", [1, 2], (3,))), list(chain()), list(chain.from_iterable(["ab", "cd"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [1, 1, 0])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print([k for k, g in groupby("AAAABBBCCDAABBB")], [list(g) for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(100), 5, 20, 5)), list(islice([], 3)))
print(list(islice("ABC", None)), list(islice("ABCDE", None, None, None)), list(islice("AB", 1, 1)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, [])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter("xyz"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(len(tee([1], 0)), len(tee([1], 5)))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest("AB", [1, 2, 3])))
print(list(zip_longest()), list(zip_longest([1], [], [2, 3])))

print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])), len(list(product("abc", repeat=2))))
print(list(permutations("ABC")), list(permutations(range(3), 2)))
print(list(permutations("AB", 3)), list(permutations("AB", 0)), list(permutations([])))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("AB", 3)))
print(list(combinations("ABC", 0)), list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement("AB", 0)))

# laziness: infinite inputs and side effects happen in order
log = []
def gen():
    for i in range(5):
        log.append(i)
        yield i
m = map(lambda x: x * 2, takewhile(lambda x: x < 3, gen()))
print(log, next(m), log, list(m), log)
print(list(zip(count(), "abc")), list(islice(accumulate(count(1)), 5)))
print(list(islice(product([1, 2], repeat=2), 3)), next(permutations(range(50), 2)))
print(next(combinations(range(100), 3)), next(chain.from_iterable(count(i) for i in count())))

# they are iterators
for f in (count(), cycle("a"), repeat(1), accumulate([1]), chain(), compress("a", [1]),
          dropwhile(bool, []), filterfalse(bool, []), groupby([]), islice([], 1), pairwise([]),
          starmap(pow, []), takewhile(bool, []), zip_longest(), product(), permutations([]),
          combinations([], 1), combinations_with_replacement([], 1), tee([])[0]):
    print(type(f).__name__, iter(f) is f, end="; ")
print()
print(type(groupby("aa").__next__()[1]).__name__)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: islice("abc", -1))
err(lambda: islice("abc", 1, -2))
err(lambda: islice("abc", 0, 3, 0))
err(lambda: islice("abc", "x"))
err(lambda: islice("abc", 1, 2, 3, 4))
err(lambda: list(permutations("abc", -1)))
err(lambda: list(combinations("abc", -1)))
err(lambda: list(combinations_with_replacement("abc", -1)))
err(lambda: list(product("ab", repeat=-1)))
err(lambda: repeat())
err(lambda: count("a"))
err(lambda: tee([1], -1))
err(lambda: chain(1))
err(lambda: list(chain([1], 2)))
err(lambda: cycle(5))
err(lambda: list(starmap(pow, [1])))
err(lambda: accumulate(5))
err(lambda: list(accumulate([1, "a"])))
err(lambda: zip_longest([1], 2))
err(lambda: pairwise(3))
err(lambda: groupby(3))
err(lambda: compress([1], 3))
err(lambda: combinations("abc"))
