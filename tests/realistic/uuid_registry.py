"""An object registry keyed by deterministic uuid5/uuid3 identifiers."""
import uuid

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "inventory.example.com")


class Registry:
    def __init__(self, namespace):
        self.namespace = namespace
        self._objects = {}
        self._by_kind = {}

    def key_for(self, kind, name):
        return uuid.uuid5(self.namespace, f"{kind}:{name}")

    def register(self, kind, name, **attrs):
        key = self.key_for(kind, name)
        if key in self._objects:
            raise KeyError(f"duplicate {kind} {name!r}")
        self._objects[key] = {"kind": kind, "name": name, **attrs}
        self._by_kind.setdefault(kind, []).append(key)
        return key

    def lookup(self, key):
        if isinstance(key, str):
            key = uuid.UUID(key)
        return self._objects[key]

    def kinds(self):
        return {k: len(v) for k, v in sorted(self._by_kind.items())}


reg = Registry(NAMESPACE)
print("namespace:", NAMESPACE, NAMESPACE.version, NAMESPACE.variant)
keys = []
for kind, name, attrs in [("part", "bolt-m6", {"qty": 400}), ("part", "nut-m6", {"qty": 380}),
                          ("tool", "torque-wrench", {"qty": 3}), ("part", "washer", {"qty": 1000}),
                          ("site", "warehouse-north", {"qty": 1})]:
    key = reg.register(kind, name, **attrs)
    keys.append(key)
    print(f"{kind:5} {name:16} {key}  short={key.hex[:8]}")
try:
    reg.register("part", "nut-m6")
except KeyError as e:
    print("KeyError:", e)
print(reg.kinds())
k = keys[2]
print(reg.lookup(str(k)), reg.lookup(k.urn[9:])["name"])
print(repr(k), k.urn)
print(k.int % 1000003, k.fields[0], len(k.bytes), k.time_low, k.clock_seq_hi_variant)
print(uuid.UUID(bytes=k.bytes) == k, uuid.UUID(int=k.int) == k, uuid.UUID(fields=k.fields) == k)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}"), uuid.UUID("12345678123456781234567812345678").hex)
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a"), uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a").version)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
ordered = sorted(keys)
print([reg.lookup(x)["name"] for x in ordered])
print(keys[0] < keys[1], keys[0] == uuid.UUID(str(keys[0])), hash(keys[0]) == hash(uuid.UUID(str(keys[0]))))
fresh = uuid.uuid4()
print("uuid4 ok:", fresh.version == 4, fresh.variant == uuid.RFC_4122, fresh != uuid.uuid4())
for bad in ["not-a-uuid", "1234", "zz345678123456781234567812345678"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", bad, e)
try:
    k.version = 3
except TypeError as e:
    print("TypeError:", e)
print(uuid.UUID(bytes_le=k.bytes_le) == k, k.bytes_le[:4].hex())
