"""A small JSON-Schema-like validator (types, required, enum, ranges, patterns,
nested objects/arrays, $ref, oneOf) checking documents parsed with json."""
import json
import re
from numbers import Number

SCHEMA = json.loads("""
{
  "definitions": {
    "address": {
      "type": "object",
      "required": ["city", "zip"],
      "properties": {
        "city": {"type": "string", "minLength": 2},
        "zip": {"type": "string", "pattern": "^[0-9]{5}(-[0-9]{4})?$"}
      },
      "additionalProperties": false
    }
  },
  "type": "object",
  "required": ["id", "name", "email", "roles"],
  "properties": {
    "id": {"type": "integer", "minimum": 1},
    "name": {"type": "string", "maxLength": 20},
    "email": {"type": "string", "pattern": "^[^@ ]+@[^@ ]+\\\\.[a-z]{2,}$"},
    "age": {"type": ["integer", "null"], "minimum": 0, "maximum": 150},
    "roles": {"type": "array", "items": {"enum": ["admin", "dev", "ops"]},
              "minItems": 1, "uniqueItems": true},
    "home": {"$ref": "#/definitions/address"},
    "contact": {"oneOf": [{"type": "string"}, {"$ref": "#/definitions/address"}]},
    "score": {"type": "number", "exclusiveMaximum": 100}
  }
}
""")

TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, Number) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def resolve(ref, root):
    node = root
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return node


def validate(value, schema, root, path="$"):
    errors = []
    if "$ref" in schema:
        return validate(value, resolve(schema["$ref"], root), root, path)
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(TYPES[k](value) for k in kinds):
            return [f"{path}: expected {' or '.join(kinds)}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not one of {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']}")
        if len(value) > schema.get("maxLength", float("inf")):
            errors.append(f"{path}: longer than {schema['maxLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']!r}")
    if isinstance(value, Number) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} > maximum {schema['maximum']}")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            errors.append(f"{path}: {value} >= {schema['exclusiveMaximum']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: fewer than {schema['minItems']} items")
        if schema.get("uniqueItems") and len({json.dumps(v, sort_keys=True) for v in value}) != len(value):
            errors.append(f"{path}: items not unique")
        for i, item in enumerate(value):
            errors += validate(item, schema.get("items", {}), root, f"{path}[{i}]")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required {key!r}")
        props = schema.get("properties", {})
        for key, item in value.items():
            if key in props:
                errors += validate(item, props[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected property {key!r}")
    if "oneOf" in schema:
        matches = [s for s in schema["oneOf"] if not validate(value, s, root, path)]
        if len(matches) != 1:
            errors.append(f"{path}: matches {len(matches)} of oneOf, need exactly 1")
    return errors


DOCS = """[
 {"id": 1, "name": "Ada", "email": "ada@example.org", "roles": ["admin"],
  "home": {"city": "London", "zip": "12345"}, "score": 99.5},
 {"id": 0, "name": "A very long name indeed, too long", "email": "bad-email",
  "roles": [], "age": -3},
 {"id": 3, "name": "Bo", "email": "bo@x.io", "roles": ["dev", "dev", "cook"],
  "home": {"city": "Z", "zip": "1234", "planet": "Mars"}, "contact": 42},
 {"id": "4", "email": null, "roles": "ops", "age": null, "score": 100},
 {"id": 5, "name": "Cy", "email": "cy@host.net", "roles": ["ops"], "age": true,
  "contact": {"city": "Oslo", "zip": "00150-1234"}}
]"""

for doc in json.loads(DOCS):
    errs = validate(doc, SCHEMA, SCHEMA)
    print(f"document id={doc.get('id')!r}: {'valid' if not errs else f'{len(errs)} error(s)'}")
    for e in errs:
        print("   -", e)
try:
    json.loads('{"a": [1, 2,, 3]}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, (e.lineno, e.colno, e.pos))
print(json.dumps(SCHEMA["definitions"], separators=(",", ":"))[:80])
print(json.dumps({"float": 1e20, "nan": float("nan"), "uni": "é\u2603", "t": (1, 2)},
                 ensure_ascii=True))
