# complex numbers: literals, arithmetic with ints and floats, abs, parts, conjugate, repr rules.
z = 3 + 4j
w = complex(1, -2)
print(z, w, 1j, -1j, 2.5j, 0j, complex(), complex(-0.0, -1), complex(1.5), complex(0, 0) == 0)
print(z + w, z - w, z * w, z / w, z * 2, 2 - z, z / 2, 1 / 1j, (1 + 1j) ** 2, 2 ** 1j == 2 ** 1j)
print(abs(z), z.real, z.imag, z.conjugate(), -z, +w, z == 3 + 4j, z != w, type(z).__name__)
print(repr(1e20j), complex(1e16, 2), (1 + 2j) * 0.5, isinstance(z, complex), [1j, 2j], {"k": 3j})
print(f"{z}", str(w), 1j * 1j, (1j) ** 2, (2 + 0j) ** -1, complex(2, 3) == complex(2.0, 3.0))
try:
    print(z / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(z // 2)
except TypeError as e:
    print("TypeError:", e)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), {1j: "a"}[1j])
