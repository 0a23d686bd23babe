# quopri: quoted-printable encoding and decoding as CPython's binascii does them:
# line lengths, soft breaks, trailing whitespace, lone dots, CRLF texts, headers.
import io
import quopri

samples = [
    b"",
    b"plain ascii text",
    "café = 5 €".encode(),
    b"trailing space \nand tab\t\nend ",
    b".\n.x\n.",
    b"a_b c",
    b"line1\r\nline2 \r\nline3",
    b"x" * 160,
    b"y" * 74 + b"=z" + b"w" * 80,
    b"\x00\x01\xff\t\r\n",
    b"ab\rcd\n",
]
for s in samples:
    for quotetabs, header in ((False, False), (True, False), (False, True)):
        encoded = quopri.encodestring(s, quotetabs=quotetabs, header=header)
        back = quopri.decodestring(encoded, header=header)
        print(quotetabs, header, encoded, back == s)

for e in [b"a=\nb", b"a=\r\nb", b"=4", b"=4g", b"==41", b"=", b"a_b", b"=41=42=x", b"=\r", b"soft=  \nline"]:
    print(e, quopri.decodestring(e), quopri.decodestring(e, header=True))
print(quopri.decodestring("=41bc"))

out = io.BytesIO()
quopri.encode(io.BytesIO(b"tab\there = x\n"), out, quotetabs=True)
print(out.getvalue())
out = io.BytesIO()
quopri.decode(io.BytesIO(b"tab=09here =3D x\n"), out)
print(out.getvalue())
print(quopri.needsquoting(b"=", False, False), quopri.needsquoting(b"_", False, True),
      quopri.needsquoting(b" ", True, False), quopri.quote(b"\xab"), quopri.ishex(b"f"),
      quopri.unhex(b"1f"))
