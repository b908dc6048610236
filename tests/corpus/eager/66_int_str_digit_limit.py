# CPython 3.11's limit on int <-> decimal string conversion (sys.set_int_max_str_digits,
# default 4300 digits) and its messages; powers of two bases are not limited.
import sys
print(sys.get_int_max_str_digits())
big = 10**5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10**4299)), len(hex(big)), int("f" * 5000, 16) > 0)
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    print(10**1000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10**999)))
sys.set_int_max_str_digits(0)
print(len(str(big)), str(big)[:20])
sys.set_int_max_str_digits(4300)
try:
    f"{big}"
except ValueError as e:
    print("ValueError:", e)
