# Constant folding of ints beyond 64 bits, to CPython 3.11's limits (ast_opt.c MAX_INT_SIZE = 128
# bits): folded values land in co_consts, the rest stay BINARY_OP at run time.
MAXI = 2**63 - 1
BIG = 1 << 64
NEG = -1 << 63
HUGE = 2**128
NOT_FOLDED = 2**129
MUL = (2**64) * (2**64)
MUL_NOT = (2**64) * (2**65)
SHIFT = 3 << 126
SHIFT_NOT = 3 << 127
LIT = 123456789012345678901234567890
HEX = 0xFFFFFFFFFFFFFFFFFFFF
DIV = 10**30 // 7
TRUE_DIV = 2**70 / 3
NEG_POW = 2**-70
BITS = ~(1 << 100) & 0xFFFF_FFFF_FFFF_FFFF_FFFF
MEMBER = 5 in {2**64, 2**65, 5}
WORDS = "b" in {"a", "b", "c", "d"}
print(MAXI, BIG, NEG, HUGE, NOT_FOLDED, MUL, MUL_NOT, SHIFT, SHIFT_NOT, LIT, HEX, DIV)
print(TRUE_DIV, NEG_POW, BITS, MEMBER, WORDS, -LIT, (-2) ** 127)
