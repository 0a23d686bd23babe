"""A hotel reservation system: rooms, guests, overlapping stays, invoices and a night audit."""
from datetime import date, timedelta
from decimal import Decimal
import itertools


class BookingError(Exception):
    pass


class Room:
    KINDS = {"single": Decimal("89"), "double": Decimal("129"), "suite": Decimal("249")}

    def __init__(self, number, kind, sea_view=False):
        if kind not in self.KINDS:
            raise ValueError(f"unknown room kind {kind!r}")
        self.number, self.kind, self.sea_view = number, kind, sea_view

    @property
    def rate(self):
        return self.KINDS[self.kind] + (Decimal("20") if self.sea_view else 0)

    def __repr__(self):
        return f"<Room {self.number} {self.kind}{' sea' if self.sea_view else ''}>"


class Guest:
    def __init__(self, name, vip=False):
        self.name, self.vip = name, vip
        self.stays = 0

    def __str__(self):
        return self.name + (" (VIP)" if self.vip else "")


class Reservation:
    ids = itertools.count(1)

    def __init__(self, guest, room, arrive, nights):
        self.id = next(self.ids)
        self.guest, self.room = guest, room
        self.arrive, self.depart = arrive, arrive + timedelta(days=nights)
        self.extras = []
        self.status = "booked"

    def overlaps(self, arrive, depart):
        return self.status != "cancelled" and self.arrive < depart and arrive < self.depart

    @property
    def nights(self):
        return (self.depart - self.arrive).days

    def invoice(self):
        lines = []
        day = self.arrive
        while day < self.depart:
            price = self.room.rate
            if day.weekday() >= 4:
                price *= Decimal("1.15")
            lines.append((f"{day:%a %d %b} room {self.room.number}", price.quantize(Decimal("0.01"))))
            day += timedelta(days=1)
        lines += self.extras
        subtotal = sum(p for _, p in lines)
        discount = (subtotal * Decimal("0.10")).quantize(Decimal("0.01")) if self.guest.vip else Decimal(0)
        tax = ((subtotal - discount) * Decimal("0.07")).quantize(Decimal("0.01"))
        return lines, subtotal, discount, tax, subtotal - discount + tax


class Hotel:
    def __init__(self, name, rooms):
        self.name = name
        self.rooms = {r.number: r for r in rooms}
        self.reservations = []

    def available(self, kind, arrive, nights):
        depart = arrive + timedelta(days=nights)
        busy = {r.room.number for r in self.reservations if r.overlaps(arrive, depart)}
        return [room for n, room in sorted(self.rooms.items()) if room.kind == kind and n not in busy]

    def book(self, guest, kind, arrive, nights, prefer_view=False):
        if nights < 1:
            raise BookingError("stay must be at least one night")
        free = self.available(kind, arrive, nights)
        if not free:
            raise BookingError(f"no {kind} free from {arrive} for {nights} nights")
        free.sort(key=lambda r: (r.sea_view != prefer_view, r.number))
        res = Reservation(guest, free[0], arrive, nights)
        self.reservations.append(res)
        return res

    def cancel(self, res_id):
        for r in self.reservations:
            if r.id == res_id:
                if r.status != "booked":
                    raise BookingError(f"reservation {res_id} is {r.status}")
                r.status = "cancelled"
                return r
        raise BookingError(f"no reservation {res_id}")

    def occupancy(self, day):
        used = sum(1 for r in self.reservations if r.overlaps(day, day + timedelta(days=1)))
        return used, len(self.rooms)

    def audit(self, day):
        for r in self.reservations:
            if r.status == "booked" and r.arrive == day:
                r.status = "checked in"
                r.guest.stays += 1
            elif r.status == "checked in" and r.depart == day:
                r.status = "checked out"


def main():
    hotel = Hotel("Seaside", [Room(101, "single"), Room(102, "single", True), Room(201, "double"),
                              Room(202, "double", True), Room(301, "suite", True)])
    ann, bo, cy = Guest("Ann"), Guest("Bo", vip=True), Guest("Cy")
    start = date(2024, 7, 10)
    requests = [(ann, "double", 0, 3, True), (bo, "suite", 1, 4, True), (cy, "double", 1, 2, True),
                (Guest("Di"), "double", 2, 1, False), (Guest("Ed"), "suite", 3, 2, False),
                (Guest("Fay"), "single", 0, 0, False), (Guest("Gus"), "penthouse", 0, 1, False)]
    booked = []
    for guest, kind, offset, nights, view in requests:
        try:
            r = hotel.book(guest, kind, start + timedelta(days=offset), nights, view)
            booked.append(r)
            print(f"#{r.id} {guest} -> {r.room!r} {r.arrive:%d/%m}-{r.depart:%d/%m} ({r.nights} nights)")
        except BookingError as e:
            print(f"refused {guest}: {e}")
        except KeyError as e:
            print(f"refused {guest}: unknown kind {e}")
    print("cancel:", hotel.cancel(3).guest.name)
    for bad in (3, 99):
        try:
            hotel.cancel(bad)
        except BookingError as e:
            print("BookingError:", e)
    r = hotel.book(Guest("Hal"), "double", start + timedelta(days=1), 2)
    print(f"#{r.id} Hal -> {r.room!r}")
    booked[1].extras += [("spa", Decimal("85.00")), ("minibar", Decimal("23.50"))]
    print()
    for offset in range(0, 7):
        day = start + timedelta(days=offset)
        hotel.audit(day)
        used, total = hotel.occupancy(day)
        print(f"{day:%a %d}: {'#' * used}{'.' * (total - used)} {used}/{total}")
    print()
    for res in booked[:2]:
        lines, sub, disc, tax, total = res.invoice()
        print(f"Invoice #{res.id} for {res.guest} — {res.status}")
        for text, price in lines:
            print(f"  {text:<26}{price:>9}")
        print(f"  {'subtotal':<26}{sub:>9}\n  {'discount':<26}{-disc:>9}\n  {'tax 7%':<26}{tax:>9}\n  {'TOTAL':<26}{total:>9}")
    print({g.name: g.stays for g in (ann, bo, cy)})
    try:
        Room(1, "closet")
    except ValueError as e:
        print("ValueError:", e)


main()
