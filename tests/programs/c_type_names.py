# Classes that are C types in CPython are named with their module in error messages
# (tp_name), while __name__ / __qualname__ / repr stay as CPython's.
import datetime
import decimal
import json
import re
import types

objs = [datetime.date(2024, 1, 1), datetime.datetime(2024, 1, 1), datetime.time(1),
        datetime.timedelta(1), datetime.timezone.utc, datetime.date(2024, 1, 1).isocalendar(),
        re.compile("a"), re.match("a", "a"), decimal.Decimal(1), decimal.getcontext(),
        types.SimpleNamespace(a=1)]
for o in objs:
    try:
        o @ 1
    except TypeError as e:
        print(e)
    t = type(o)
    print(t.__name__, t.__qualname__, t.__module__, t)
try:
    datetime.date(2024, 1, 1).nope
except AttributeError as e:
    print(e)
try:
    len(re.match("a", "a"))
except TypeError as e:
    print(e)
try:
    datetime.date(2024, 1, 1)[0]
except TypeError as e:
    print(e)


class MyDate(datetime.date):
    pass


try:
    MyDate(2024, 1, 2) - "x"
except TypeError as e:
    print(e)
print(MyDate.__name__, MyDate(2024, 1, 2))

print(json.JSONDecodeError, json.JSONDecoder, json.JSONEncoder)
import json.decoder
from json.decoder import JSONDecodeError
from json.encoder import JSONEncoder
print(JSONDecodeError is json.JSONDecodeError, JSONEncoder is json.JSONEncoder, json.decoder.__all__)
try:
    json.loads("[1,")
except JSONDecodeError as e:
    print(type(e), e)
import traceback
try:
    json.loads('{"a": }')
except ValueError as e:
    print(traceback.format_exception_only(e)[-1], end="")
