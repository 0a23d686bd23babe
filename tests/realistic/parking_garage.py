"""Parking garage simulation: levels, spots of different sizes, tickets and fees."""
from datetime import datetime, timedelta
from decimal import Decimal, ROUND_HALF_UP
from enum import Enum
import random


class Size(Enum):
    MOTORCYCLE = 1
    COMPACT = 2
    LARGE = 3


class Vehicle:
    size = None

    def __init__(self, plate):
        self.plate = plate

    def __repr__(self):
        return f"{type(self).__name__}({self.plate!r})"


class Motorcycle(Vehicle):
    size = Size.MOTORCYCLE


class Car(Vehicle):
    size = Size.COMPACT


class Truck(Vehicle):
    size = Size.LARGE


class Spot:
    def __init__(self, level, number, size):
        self.level = level
        self.number = number
        self.size = size
        self.vehicle = None

    @property
    def free(self):
        return self.vehicle is None

    def fits(self, vehicle):
        return self.free and vehicle.size.value <= self.size.value

    def __str__(self):
        return f"L{self.level}-{self.number:02d}"


class Ticket:
    _next_id = 1000

    def __init__(self, vehicle, spot, entered):
        Ticket._next_id += 1
        self.id = Ticket._next_id
        self.vehicle = vehicle
        self.spot = spot
        self.entered = entered


class GarageFull(Exception):
    pass


class Garage:
    RATES = {Size.MOTORCYCLE: Decimal("1.25"), Size.COMPACT: Decimal("2.50"),
             Size.LARGE: Decimal("4.75")}
    DAILY_CAP = Decimal("30.00")

    def __init__(self, layout):
        self.spots = []
        for level, sizes in enumerate(layout, start=1):
            for number, size in enumerate(sizes, start=1):
                self.spots.append(Spot(level, number, size))
        self.tickets = {}
        self.revenue = Decimal("0")
        self.log = []

    def park(self, vehicle, when):
        candidates = [s for s in self.spots if s.fits(vehicle)]
        if not candidates:
            raise GarageFull(f"no spot for {vehicle!r}")
        spot = min(candidates, key=lambda s: (s.size.value, s.level, s.number))
        spot.vehicle = vehicle
        ticket = Ticket(vehicle, spot, when)
        self.tickets[vehicle.plate] = ticket
        self.log.append((when, "IN ", vehicle.plate, str(spot)))
        return ticket

    def fee(self, ticket, left):
        minutes = (left - ticket.entered) // timedelta(minutes=1)
        hours = max(1, -(-minutes // 60))
        days, rest = divmod(hours, 24)
        rate = self.RATES[ticket.vehicle.size]
        partial = min(rate * rest, self.DAILY_CAP)
        total = days * self.DAILY_CAP + partial
        return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    def leave(self, plate, when):
        ticket = self.tickets.pop(plate)
        ticket.spot.vehicle = None
        amount = self.fee(ticket, when)
        self.revenue += amount
        self.log.append((when, "OUT", plate, str(ticket.spot)))
        return amount

    def occupancy(self):
        by_level = {}
        for s in self.spots:
            used, total = by_level.get(s.level, (0, 0))
            by_level[s.level] = (used + (not s.free), total + 1)
        return by_level


def main():
    random.seed(7)
    layout = [
        [Size.MOTORCYCLE] * 2 + [Size.COMPACT] * 4 + [Size.LARGE],
        [Size.COMPACT] * 5 + [Size.LARGE] * 2,
    ]
    garage = Garage(layout)
    start = datetime(2024, 3, 1, 7, 30)
    kinds = [Car, Car, Motorcycle, Truck, Car]
    clock = start
    parked = []
    for i in range(14):
        clock += timedelta(minutes=random.randint(5, 50))
        cls = random.choice(kinds)
        v = cls(f"{cls.__name__[:2].upper()}-{100 + i}")
        try:
            t = garage.park(v, clock)
            parked.append(v.plate)
            print(f"{clock:%H:%M} ticket #{t.id} {v!r:<18} -> {t.spot}")
        except GarageFull as e:
            print(f"{clock:%H:%M} turned away: {e}")
        if len(parked) > 4 and random.random() < 0.5:
            plate = parked.pop(random.randrange(len(parked)))
            clock += timedelta(hours=random.randint(0, 30), minutes=random.randint(0, 59))
            amount = garage.leave(plate, clock)
            print(f"{clock:%a %H:%M} {plate} pays ${amount:>6}")
    print()
    for level, (used, total) in sorted(garage.occupancy().items()):
        bar = "#" * used + "." * (total - used)
        print(f"level {level}: [{bar}] {used}/{total} ({used / total:.0%})")
    print(f"revenue: ${garage.revenue:,.2f}")
    print(f"events logged: {len(garage.log)}")
    first, last = garage.log[0][0], garage.log[-1][0]
    print(f"span: {last - first}")
    print("still parked:", ", ".join(sorted(garage.tickets)))


if __name__ == "__main__":
    main()
