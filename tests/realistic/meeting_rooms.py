"""Scheduling with heapq and bisect: meeting rooms, a CPU scheduler and a booking calendar."""
import bisect
import heapq
import random
from dataclasses import dataclass, field


@dataclass(order=True)
class Meeting:
    start: int
    end: int
    title: str = field(compare=False)

    def __str__(self):
        return f"{self.title} [{fmt(self.start)}-{fmt(self.end)}]"


def fmt(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def assign_rooms(meetings):
    free = []
    busy = []  # (end, room)
    rooms = {}
    next_room = 1
    for m in sorted(meetings):
        while busy and busy[0][0] <= m.start:
            end, room = heapq.heappop(busy)
            heapq.heappush(free, room)
        if free:
            room = heapq.heappop(free)
        else:
            room = next_room
            next_room += 1
        rooms.setdefault(room, []).append(m)
        heapq.heappush(busy, (m.end, room))
    return rooms


class Calendar:
    def __init__(self):
        self.starts = []
        self.bookings = []

    def book(self, start, end, who):
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.bookings[i - 1][1] > start:
            return False, self.bookings[i - 1][2]
        if i < len(self.starts) and self.starts[i] < end:
            return False, self.bookings[i][2]
        self.starts.insert(i, start)
        self.bookings.insert(i, (start, end, who))
        return True, None

    def free_slots(self, day_start, day_end, length):
        slots = []
        cursor = day_start
        for s, e, _ in self.bookings:
            if s - cursor >= length:
                slots.append((cursor, s))
            cursor = max(cursor, e)
        if day_end - cursor >= length:
            slots.append((cursor, day_end))
        return slots


def cpu_schedule(jobs, quantum):
    """Shortest-remaining-time-first with a heap, then round robin, for comparison."""
    arrivals = sorted(jobs, key=lambda j: (j[1], j[0]))
    heap, t, i, done, order = [], 0, 0, {}, []
    remaining = {name: burst for name, _, burst in jobs}
    while len(done) < len(jobs):
        while i < len(arrivals) and arrivals[i][1] <= t:
            name, arrive, burst = arrivals[i]
            heapq.heappush(heap, (remaining[name], arrive, name))
            i += 1
        if not heap:
            t = arrivals[i][1]
            continue
        rem, arrive, name = heapq.heappop(heap)
        next_arrival = arrivals[i][1] if i < len(arrivals) else float("inf")
        run = min(rem, max(1, next_arrival - t)) if next_arrival > t else 1
        order.append((t, name, run))
        t += run
        remaining[name] -= run
        if remaining[name]:
            heapq.heappush(heap, (remaining[name], arrive, name))
        else:
            done[name] = t
    return order, done


def main():
    random.seed(42)
    titles = ["standup", "design review", "1:1", "planning", "retro", "interview", "demo",
              "lunch talk", "budget", "sync"]
    meetings = []
    for title in titles:
        start = random.randrange(8 * 60, 16 * 60, 15)
        meetings.append(Meeting(start, start + random.choice([15, 30, 45, 60, 90]), title))
    rooms = assign_rooms(meetings)
    print(f"{len(meetings)} meetings need {len(rooms)} rooms")
    for room in sorted(rooms):
        print(f"  room {room}: " + ", ".join(str(m) for m in rooms[room]))
    print()
    cal = Calendar()
    requests = [(540, 600, "alice"), (600, 630, "bob"), (570, 615, "carol"), (700, 760, "dave"),
                (630, 700, "erin"), (755, 800, "frank"), (480, 540, "gina")]
    for s, e, who in requests:
        ok, clash = cal.book(s, e, who)
        print(f"{who:<6} {fmt(s)}-{fmt(e)}: " + ("booked" if ok else f"clashes with {clash}"))
    print("free 30-min slots:", [f"{fmt(a)}-{fmt(b)}" for a, b in cal.free_slots(480, 1020, 30)])
    print()
    jobs = [("A", 0, 8), ("B", 1, 4), ("C", 2, 9), ("D", 3, 5), ("E", 12, 2)]
    order, done = cpu_schedule(jobs, 2)
    print("SRTF timeline:", " ".join(f"{n}@{t}x{r}" for t, n, r in order))
    for name, arrive, burst in jobs:
        turnaround = done[name] - arrive
        print(f"  {name}: finish {done[name]:>2}, turnaround {turnaround:>2}, waiting {turnaround - burst:>2}")
    print()
    scores = [random.randint(0, 100) for _ in range(20)]
    print("top 5:", heapq.nlargest(5, scores), "bottom 3:", heapq.nsmallest(3, scores))
    print("merged:", list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5])))
    grades = "FDCBA"
    cut = [60, 70, 80, 90]
    print("grades:", "".join(grades[bisect.bisect(cut, s)] for s in scores))
    sorted_scores = sorted(scores)
    for q in (50, 75, 100):
        print(f"  {q}: left {bisect.bisect_left(sorted_scores, q)} right {bisect.bisect_right(sorted_scores, q)}")
    h = []
    for word in "the quick brown fox jumps over the lazy dog".split():
        heapq.heappush(h, (-len(word), word))
    print([heapq.heappop(h)[1] for _ in range(4)], heapq.heappushpop(h, (-10, "x")), heapq.heapreplace(h, (0, "z")))
    bisect.insort(sorted_scores, 55)
    print(sorted_scores[:8])


main()
