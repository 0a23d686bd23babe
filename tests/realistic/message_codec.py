"""A message codec: JSON payloads wrapped in base64 envelopes with checksums."""
import base64
import json

SECRET = b"k3y"


def checksum(data):
    total = 0
    for i, byte in enumerate(data):
        total = (total * 31 + byte + SECRET[i % len(SECRET)]) % 65521
    return total


def encode(kind, payload, urlsafe=False):
    body = json.dumps({"kind": kind, "payload": payload}, sort_keys=True, separators=(",", ":")).encode("utf-8")
    enc = base64.urlsafe_b64encode if urlsafe else base64.b64encode
    return f"{'U' if urlsafe else 'S'}.{checksum(body):05d}.{enc(body).decode('ascii')}"


class CodecError(Exception):
    pass


def decode(message):
    try:
        mode, check, text = message.split(".", 2)
    except ValueError:
        raise CodecError("malformed envelope") from None
    dec = base64.urlsafe_b64decode if mode == "U" else base64.b64decode
    try:
        body = dec(text.encode("ascii"))
    except ValueError as e:
        raise CodecError(f"bad base64: {e}") from None
    if checksum(body) != int(check):
        raise CodecError("checksum mismatch")
    data = json.loads(body)
    return data["kind"], data["payload"]


messages = [
    ("greeting", {"text": "Hello, wörld ✓", "lang": "de"}),
    ("order", {"id": 1042, "items": [["widget", 3, 9.99], ["gadget", 1, 24.5]], "rush": False}),
    ("empty", None),
    ("binary", {"blob": base64.b64encode(bytes(range(0, 256, 17))).decode()}),
    ("url", {"q": "a+b/c?d=e>f"}),
]
wire = []
for i, (kind, payload) in enumerate(messages):
    msg = encode(kind, payload, urlsafe=(i % 2 == 1))
    wire.append(msg)
    print(msg[:60] + ("..." if len(msg) > 60 else ""), len(msg))
for msg in wire:
    kind, payload = decode(msg)
    print(kind, json.dumps(payload, ensure_ascii=False))
print(base64.b64decode(decode(wire[3])[1]["blob"]))

tampered = wire[1][:-6] + ("A" if wire[1][-6] != "A" else "B") + wire[1][-5:]
for bad in [tampered, "nonsense", "S.00001.!!!!", "S.00000.YWJj"]:
    try:
        decode(bad)
    except CodecError as e:
        print("CodecError:", e)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg)

raw = b"\xfb\xff\xfe binary \x00 data"
print(base64.b64encode(raw), base64.urlsafe_b64encode(raw), base64.b16encode(raw[:4]), base64.b32encode(raw[:5]))
print(base64.b64decode(b"Zm9vYmFy"), base64.b32decode(b"MZXW6YTBOI======"), base64.b16decode("666F6F"))
print(base64.standard_b64encode(b"ab"), base64.b64encode(b"\xff\xfe", altchars=b"-_"), base64.encodebytes(b"x" * 60))
print(base64.a85encode(b"hello world"), base64.b85encode(b"hello world"), base64.a85decode(base64.a85encode(b"round trip")))
try:
    base64.b64decode("abc", validate=True)
except Exception as e:
    print(type(e).__name__, e)
