# math functions of big ints (log of ints beyond the float range, the float functions' OverflowError)
# and __hash__ returning a big int (reduced like long_hash).
import math
print(math.log(2**1000), math.log2(2**2000), math.log10(10**400), math.sqrt(2**100), math.exp(1))
print(math.floor(2**70), math.fabs(-2**70))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print("OverflowError:", e)
class H:
    def __hash__(self):
        return 2**100
print(hash(H()), hash(H()) == hash(2**100))
print(math.log(10**400), math.log2(2**5000), math.log10(10**5000 + 7), math.log(3**1000))
