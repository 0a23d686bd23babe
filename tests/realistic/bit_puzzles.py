"""A set of bit-manipulation puzzles: popcounts, Gray codes, subset enumeration,
n-queens with bitmasks, single-number tricks and a tiny bitset class."""

from functools import reduce
from operator import xor


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def lowest_bit(n):
    return n & -n


def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


def next_power_of_two(n):
    return 1 if n <= 1 else 1 << (n - 1).bit_length()


def reverse_bits(n, width=8):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


def gray(n):
    return n ^ (n >> 1)


def gray_inverse(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


def subsets(mask):
    """All submasks of mask, largest first (the classic (s-1)&mask walk)."""
    s = mask
    while True:
        yield s
        if s == 0:
            return
        s = (s - 1) & mask


def n_queens(n):
    full = (1 << n) - 1
    solutions = []

    def place(row, cols, d1, d2, board):
        if row == n:
            solutions.append(board)
            return
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            place(row + 1, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1,
                  board + [bit.bit_length() - 1])
    place(0, 0, 0, 0, [])
    return solutions


def single_number(nums):
    return reduce(xor, nums, 0)


def two_singles(nums):
    both = single_number(nums)
    split = both & -both
    a = single_number(x for x in nums if x & split)
    return tuple(sorted((a, both ^ a)))


class BitSet:
    def __init__(self, items=()):
        self.bits = 0
        for i in items:
            self.add(i)

    def add(self, i):
        self.bits |= 1 << i

    def discard(self, i):
        self.bits &= ~(1 << i)

    def __contains__(self, i):
        return self.bits >> i & 1 == 1

    def __iter__(self):
        b = self.bits
        while b:
            low = b & -b
            yield low.bit_length() - 1
            b ^= low

    def __len__(self):
        return bin(self.bits).count("1")

    def __or__(self, other):
        r = BitSet()
        r.bits = self.bits | other.bits
        return r

    def __and__(self, other):
        r = BitSet()
        r.bits = self.bits & other.bits
        return r

    def __repr__(self):
        return f"BitSet({list(self)})"


print("popcount:", [popcount(n) for n in (0, 1, 7, 255, 2**40 - 1, 0xDEADBEEF)])
print("int.bit_count agrees:", all(popcount(n) == n.bit_count() for n in range(2000)))
print("lowest bits:", [lowest_bit(n) for n in (12, 40, 7, 96)])
print("powers of two:", [n for n in range(70) if is_power_of_two(n)])
print("next pow2:", {n: next_power_of_two(n) for n in (0, 1, 5, 16, 17, 1000)})
print("reverse 8-bit:", [f"{n:08b}->{reverse_bits(n):08b}" for n in (1, 6, 0b10110000)])
codes = [gray(i) for i in range(8)]
print("gray:", [f"{g:03b}" for g in codes])
print("one bit apart:", all(popcount(a ^ b) == 1 for a, b in zip(codes, codes[1:])))
print("inverse ok:", all(gray_inverse(gray(i)) == i for i in range(1024)))
print("submasks of 0b1011:", [f"{s:04b}" for s in subsets(0b1011)])
for n in range(4, 9):
    sols = n_queens(n)
    print(f"{n}-queens: {len(sols)} solutions", "first:" if sols else "", sols[0] if sols else "")
board = n_queens(6)[0]
for col in board:
    print(" ".join("Q" if c == col else "." for c in range(6)))
print("single:", single_number([4, 1, 2, 1, 2]), "two singles:", two_singles([1, 2, 1, 3, 2, 5]))
a, b = BitSet([1, 3, 5, 64, 100]), BitSet(range(0, 10, 2))
print(a, b, a | b, a & BitSet([3, 64]), len(a | b))
a.discard(64)
print(64 in a, 100 in a, a)
print("swap without temp:", end=" ")
x, y = 0b1010, 0b0110
x ^= y; y ^= x; x ^= y
print(bin(x), bin(y))
print("sign tricks:", [(n >> 63) & 1 for n in (-5, 5)], (-17) >> 2, -17 // 4, ~0, ~5, -(~5))
print(f"{0xFF:#x} {0o17:#o} {5:#b} {int('1101', 2)} {int('ff', 16)} {(1 << 70):,}")
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-2).to_bytes(2, "big", signed=True))
