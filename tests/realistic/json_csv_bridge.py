"""Convert between CSV exports and JSON documents, the way data-cleaning scripts do."""
import csv
import io
import json
from collections import OrderedDict
from decimal import Decimal
from datetime import date

RAW = '''id;name;joined;balance;tags;notes
1;"Smith; John";2021-03-04;1,234.50;"vip|early";"said ""hi"""
2;Émilie Zola;2019-11-30;-12.00;;
3;"O'Brien, Pat";2022-01-15;0.5;"new";"multi
line note"
4;  Lee  ;2020-07-07;100;"a|b|c";  trailing spaces  
'''

dialect = csv.Sniffer().sniff(RAW.splitlines()[0] + "\n" + RAW.splitlines()[1])
print("delimiter:", repr(dialect.delimiter), "quotechar:", repr(dialect.quotechar), "header:", csv.Sniffer().has_header(RAW))
reader = csv.DictReader(io.StringIO(RAW), delimiter=";", skipinitialspace=True)
print("fields:", reader.fieldnames)
records = []
for row in reader:
    rec = OrderedDict()
    rec["id"] = int(row["id"])
    rec["name"] = row["name"].strip()
    rec["joined"] = date.fromisoformat(row["joined"])
    rec["balance"] = Decimal(row["balance"].replace(",", ""))
    rec["tags"] = row["tags"].split("|") if row["tags"] else []
    rec["notes"] = row["notes"] or None
    records.append(rec)
    print(f"line {reader.line_num}: {rec['name']!r}")


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return float(o) if o == o.to_integral_value() else str(o)
        if isinstance(o, date):
            return {"$date": o.isoformat()}
        return super().default(o)


doc = json.dumps(records, cls=Encoder, indent=2, ensure_ascii=False)
print(doc[:420])
compact = json.dumps(records, cls=Encoder, separators=(",", ":"), sort_keys=True)
print(len(compact), compact[:120])
print(json.dumps(records[1], cls=Encoder, ensure_ascii=True))


def hook(d):
    if set(d) == {"$date"}:
        return date.fromisoformat(d["$date"])
    return d


back = json.loads(doc, object_hook=hook, parse_float=Decimal)
print(back[0]["joined"], type(back[0]["joined"]).__name__, back[2]["balance"], type(back[2]["balance"]).__name__)
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p)
print(pairs, json.loads('{"b": 1, "a": 2, "b": 3}'))
print(json.loads("[1e400, -1e400, 12345678901234567890, 1.0, -0.0]"), json.loads('"\\ud83d\\ude00 \\u00e9"'))
print(json.dumps([float("inf"), float("nan"), 1e16, 1.5e-7, 10**20, True, None, "\x7f\u2028"]))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}), json.dumps({"a": (1, 2)}, indent="\t"))
print(json.dumps("日本", ensure_ascii=False), json.dumps({"k": []}, indent=4), json.dumps([], indent=2), json.dumps({}, indent=2))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "nul", '"unterminated', "[1] x", "", '{"a": NaN}', "01"]:
    try:
        print(bad, "->", json.loads(bad))
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
try:
    json.dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent=1, separators=(",", ": ")))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.JSONDecoder().raw_decode('{"x": 1} trailing'))
enc = json.JSONEncoder(indent=None, sort_keys=True)
print(list(enc.iterencode({"b": [1, 2], "a": "x"})))

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["id", "name", "balance", "tags"], extrasaction="ignore",
                        quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
writer.writeheader()
for rec in records:
    writer.writerow({**rec, "tags": "|".join(rec["tags"]), "balance": float(rec["balance"])})
print(out.getvalue())
out = io.StringIO()
w = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_MINIMAL, escapechar="\\", lineterminator="\r\n")
w.writerows([["a\tb", 'quote"d', "", None, 3.0, "line\nbreak"], ["plain", 1, 2, 3, 4, 5]])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_ALL).writerow(["x", 1, None, ""])
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'c"d'])
print(repr(out.getvalue()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
print(list(csv.reader(["a|'b|c'|d", "1|2|3"], dialect="pipes", quotechar="'")), csv.list_dialects()[-1:])
print(list(csv.reader(['"a""b",c', " x , y "], skipinitialspace=True)), list(csv.reader(["1,2"], quoting=csv.QUOTE_NONNUMERIC)))
try:
    list(csv.reader(['"abc'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    list(csv.reader(["a,b"], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError:", e)
