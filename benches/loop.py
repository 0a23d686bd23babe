# A tight integer while-loop: dispatch, local loads/stores, int arithmetic beyond the
# small-int cache (every result is a new int object).
def main():
    i = 0
    total = 0
    while i < 10_000_000:
        total += i * 3 % 7
        i += 1
    return total

print(main())
