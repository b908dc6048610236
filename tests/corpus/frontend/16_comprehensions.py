# list/dict/set comprehensions and generator expressions.
nums = [1, 2, 3, 4, 5, 6]
squares = [n * n for n in nums]
evens = [n for n in nums if n % 2 == 0]
pairs = [(a, b) for a in range(3) for b in range(a) if b != 1]
sq_map = {n: n * n for n in nums if n > 3}
unique = {n % 3 for n in nums}
gen_total = sum(n for n in nums)
print(squares, evens, pairs)
print(sq_map, sorted(unique), gen_total)
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
print(list(x + 1 for x in (10, 20)))
