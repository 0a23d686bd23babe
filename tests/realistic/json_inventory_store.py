"""An inventory kept in a JSON file inside a temporary directory: load/save
with atomic replace, schema checks, custom encoding of dates and Decimals,
and a change journal appended as JSON lines."""

import json
import os
import tempfile
from datetime import date
from decimal import Decimal


class InventoryEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return {"__decimal__": str(o)}
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if "__decimal__" in d:
        return Decimal(d["__decimal__"])
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


class Inventory:
    def __init__(self, directory):
        self.path = os.path.join(directory, "inventory.json")
        self.journal = os.path.join(directory, "journal.jsonl")
        self.items = {}

    def load(self):
        if not os.path.exists(self.path):
            return False
        with open(self.path, encoding="utf-8") as f:
            data = json.load(f, object_hook=decode_hook)
        if data.get("version") != 1:
            raise ValueError(f"unsupported version {data.get('version')!r}")
        self.items = data["items"]
        return True

    def save(self):
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"version": 1, "items": self.items}, f, cls=InventoryEncoder,
                      indent=2, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        os.replace(tmp, self.path)

    def log(self, action, **details):
        with open(self.journal, "a", encoding="utf-8") as f:
            f.write(json.dumps({"action": action, **details}, cls=InventoryEncoder) + "\n")

    def add(self, sku, name, qty, price, tags=()):
        if sku in self.items:
            raise KeyError(f"duplicate sku {sku}")
        self.items[sku] = {"name": name, "qty": qty, "price": Decimal(price),
                           "tags": set(tags), "added": date(2024, 3, 1)}
        self.log("add", sku=sku, qty=qty)

    def adjust(self, sku, delta):
        item = self.items[sku]
        if item["qty"] + delta < 0:
            raise ValueError(f"{sku}: only {item['qty']} in stock, cannot remove {-delta}")
        item["qty"] += delta
        self.log("adjust", sku=sku, delta=delta)

    def value(self):
        return sum((i["price"] * i["qty"] for i in self.items.values()), Decimal("0"))

    def report(self):
        print(f"  {'SKU':<6} {'Name':<14} {'Qty':>4} {'Price':>8}  Tags")
        for sku in sorted(self.items):
            i = self.items[sku]
            tags = ",".join(sorted(i["tags"])) or "-"
            print(f"  {sku:<6} {i['name']:<14} {i['qty']:>4} {i['price']:>8}  {tags}")
        print(f"  total value: {self.value()}")


with tempfile.TemporaryDirectory(prefix="inv-") as workdir:
    inv = Inventory(workdir)
    print("loaded existing:", inv.load())
    inv.add("A100", "Widget", 12, "2.50", tags=["metal", "small"])
    inv.add("B200", "Gadget", 3, "19.99")
    inv.add("C300", "Gizmo (€)", 7, "5.05", tags={"plastic"})
    inv.adjust("A100", -5)
    try:
        inv.adjust("B200", -4)
    except ValueError as e:
        print("refused:", e)
    try:
        inv.add("A100", "dup", 1, "1")
    except KeyError as e:
        print("refused:", e)
    inv.report()
    inv.save()
    print("files:", sorted(os.listdir(workdir)))

    with open(inv.path, encoding="utf-8") as f:
        text = f.read()
    print("saved json starts:", text.splitlines()[:6])

    again = Inventory(workdir)
    print("reloaded:", again.load())
    print("same items:", again.items["A100"]["qty"], type(again.items["A100"]["price"]).__name__,
          again.items["C300"]["added"], again.items["C300"]["tags"])
    print("value matches:", again.value() == inv.value(), again.value())

    with open(inv.journal, encoding="utf-8") as f:
        entries = [json.loads(line) for line in f]
    print("journal:", [(e["action"], e["sku"]) for e in entries])

    with open(inv.path, "w") as f:
        json.dump({"version": 2, "items": {}}, f)
    try:
        Inventory(workdir).load()
    except ValueError as e:
        print("bad file:", e)

    with open(inv.path, "w") as f:
        f.write('{"version": 1, "items": {"X": ')
    try:
        Inventory(workdir).load()
    except json.JSONDecodeError as e:
        print("truncated file:", e.msg, "at line", e.lineno, "col", e.colno)

print("directory removed:", not os.path.exists(workdir))
try:
    json.dumps({"when": object()}, cls=InventoryEncoder)
except TypeError as e:
    print("unencodable:", e)
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}, separators=(",", ":"), sort_keys=True))
