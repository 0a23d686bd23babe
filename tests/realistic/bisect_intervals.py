"""Interval utilities built on bisect: range sets, bucketing, booking calendar."""
import bisect
from bisect import bisect_left, bisect_right, insort


class RangeSet:
    """A set of disjoint half-open integer intervals [start, end)."""

    def __init__(self, ranges=()):
        self.starts = []
        self.ends = []
        for s, e in ranges:
            self.add(s, e)

    def add(self, start, end):
        if start >= end:
            return
        i = bisect_left(self.ends, start)
        j = bisect_right(self.starts, end)
        if i < j:
            start = min(start, self.starts[i])
            end = max(end, self.ends[j - 1])
        self.starts[i:j] = [start]
        self.ends[i:j] = [end]

    def remove(self, start, end):
        i = bisect_right(self.ends, start)
        j = bisect_left(self.starts, end)
        new_s, new_e = [], []
        if i < j:
            if self.starts[i] < start:
                new_s.append(self.starts[i])
                new_e.append(start)
            if self.ends[j - 1] > end:
                new_s.append(end)
                new_e.append(self.ends[j - 1])
        self.starts[i:j] = new_s
        self.ends[i:j] = new_e

    def __contains__(self, x):
        i = bisect_right(self.starts, x) - 1
        return i >= 0 and x < self.ends[i]

    def __len__(self):
        return sum(e - s for s, e in zip(self.starts, self.ends))

    def __iter__(self):
        return iter(zip(self.starts, self.ends))

    def __repr__(self):
        return "RangeSet(" + ", ".join(f"[{s},{e})" for s, e in self) + ")"

    def gaps(self, lo, hi):
        cur = lo
        for s, e in self:
            if s > cur:
                yield (cur, min(s, hi))
            cur = max(cur, e)
            if cur >= hi:
                return
        if cur < hi:
            yield (cur, hi)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


class Calendar:
    def __init__(self):
        self.bookings = []  # sorted list of (start, end, who)

    def book(self, start, end, who):
        i = bisect_left(self.bookings, (start,))
        if i > 0 and self.bookings[i - 1][1] > start:
            return f"{who}: conflict with {self.bookings[i - 1][2]}"
        if i < len(self.bookings) and self.bookings[i][0] < end:
            return f"{who}: conflict with {self.bookings[i][2]}"
        insort(self.bookings, (start, end, who))
        return f"{who}: booked {start:02d}:00-{end:02d}:00"

    def free_slots(self, day_start=8, day_end=18):
        rs = RangeSet((s, e) for s, e, _ in self.bookings)
        return list(rs.gaps(day_start, day_end))


def find_le(a, x):
    i = bisect_right(a, x)
    if i:
        return a[i - 1]
    raise ValueError(f"no item <= {x}")


def find_ge(a, x):
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError(f"no item >= {x}")


def count_in_range(a, lo, hi):
    return bisect_right(a, hi) - bisect_left(a, lo)


rs = RangeSet([(1, 5), (10, 15), (20, 25)])
print(rs, len(rs))
rs.add(4, 11)
print("add [4,11):", rs, len(rs))
rs.add(30, 30)
rs.add(26, 28)
rs.add(25, 26)
print("adjacent merge:", rs)
rs.remove(3, 12)
print("remove [3,12):", rs)
rs.remove(0, 2)
print("remove [0,2):", rs, [x in rs for x in (0, 2, 3, 12, 14, 15, 27, 28)])
print("gaps in [0,40):", list(rs.gaps(0, 40)))

print([grade(s) for s in (33, 59, 60, 75, 89, 90, 100)])

cal = Calendar()
for req in [(9, 10, "standup"), (13, 15, "review"), (9, 11, "clash"), (10, 12, "design"),
            (14, 16, "late"), (15, 16, "retro"), (12, 13, "lunch"), (8, 9, "early")]:
    print(cal.book(*req))
print("free:", cal.free_slots())
print("bookings:", [b[2] for b in cal.bookings])

data = sorted([15, 3, 9, 27, 3, 42, 9, 18, 9, 1])
print(data, find_le(data, 10), find_ge(data, 10), count_in_range(data, 3, 9))
for f, x in ((find_le, 0), (find_ge, 50)):
    try:
        f(data, x)
    except ValueError as e:
        print("ValueError:", e)
print(bisect_left(data, 9), bisect_right(data, 9), bisect_left(data, 9, 4), bisect_right(data, 9, 0, 3))

records = [("apple", 3), ("banana", 7), ("cherry", 12), ("date", 20)]
print(bisect_left(records, 10, key=lambda r: r[1]), bisect_right(records, 7, key=lambda r: r[1]))
insort(records, ("elder", 9), key=lambda r: r[1])
print(records)

timeline = []
for t, ev in [(5, "e"), (1, "a"), (3, "c"), (3, "c2"), (2, "b")]:
    insort(timeline, (t, ev))
print(timeline)

prefix = [0]
for v in [4, 8, 15, 16, 23, 42]:
    prefix.append(prefix[-1] + v)
target = 40
idx = bisect_left(prefix, target)
print("prefix sums", prefix, "first index reaching", target, "->", idx)


def lis_length(seq):
    tails = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails), tails


print("LIS:", lis_length([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
