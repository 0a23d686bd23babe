import re
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT, patch

def clean(s):
    return re.sub(r"id='\d+'", "id=ID", str(s))

m = Mock()
print(clean(repr(m)))
m.foo.bar(1, 2, x=3)
m(4)
m.baz().qux('a')
print(m.mock_calls)
print(m.method_calls)
print(clean(repr(m.foo.bar)))
print(clean(repr(m.baz().qux)))
print(clean(repr(m.baz.return_value)))
print(m.call_args, m.call_args.args, m.call_args.kwargs, m.call_count, m.called)
print(m.foo.bar.call_args_list)
m.foo.bar.assert_called_once_with(1, 2, x=3)
for f in [lambda: m.foo.bar.assert_called_with(1),
          lambda: m.assert_not_called(),
          lambda: m.foo.assert_called(),
          lambda: m.foo.bar.assert_any_call(9),
          lambda: m.assert_has_calls([call(5)]),
          lambda: m.assert_has_calls([call(5), call.foo(1)], any_order=True),
          lambda: Mock(name='db').assert_called_with(1),
          lambda: m.assert_frobbed(),
          lambda: m.assert_called_once_with(4, y=1)]:
    try:
        f()
    except (AssertionError, AttributeError) as e:
        print(type(e).__name__, '|', e)
m.assert_has_calls([call.foo.bar(1, 2, x=3), call(4)])
m.assert_any_call(4)
print(call(1, a=2) == call(1, a=2), call(1) == call(2), call.x(1) == call.y(1))
print(m.mock_calls == [call.foo.bar(1, 2, x=3), call(4), call.baz(), call.baz().qux('a')])
print(call(1, 2).call_list(), call.a(1).b(2).call_list())
print(repr(call), repr(call.foo), repr(call()), repr(call().x(1)))
print(ANY, ANY == 3, [1, ANY] == [1, 'x'])
m2 = Mock()
m2(1, {'k': [1, 2]})
m2.assert_called_with(ANY, {'k': ANY})
print(sentinel.token, sentinel.token is sentinel.token, DEFAULT)

# return values and side effects
r = Mock(return_value=42)
print(r(), r(1, 2))
s = Mock(side_effect=[1, 2, ValueError('boom')])
print(s(), s())
try:
    s()
except ValueError as e:
    print('raised', e)
try:
    s()
except StopIteration:
    print('exhausted')
s2 = Mock(side_effect=lambda x: x * 2)
print(s2(21))
s3 = Mock(side_effect=KeyError('k'))
try: s3()
except KeyError as e: print('KeyError', e)
s4 = Mock(side_effect=lambda: DEFAULT, return_value=7)
print(s4())
w = Mock(wraps=len)
print(w([1, 2, 3]), w.call_args)

# configure and spec
c = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError, 'attr': 'x'})
print(c.method(), c.attr)
class Thing:
    size = 3
    def run(self, speed): return speed
    @property
    def name(self): return 'thing'
t = Mock(spec=Thing)
print(clean(repr(t)), isinstance(t, Thing))
t.run(5)
try:
    t.walk
except AttributeError as e:
    print(e)
t2 = Mock(spec_set=Thing)
try:
    t2.colour = 'red'
except AttributeError as e:
    print(e)
print(clean(repr(t2)))
t.run.assert_called_with(5)

# reset
m.reset_mock()
print(m.mock_calls, m.call_count, m.foo.bar.call_count)

# MagicMock
mm = MagicMock()
print(len(mm), list(mm), 3 in mm, int(mm), float(mm), bool(mm))
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 10
print(len(mm), list(mm), list(mm), mm[4])
mm.__contains__.return_value = True
print('z' in mm)
with mm as ctx:
    print(clean(ctx))
print(mm.mock_calls)
print(mm == mm, mm != mm, mm == 3)
mm2 = MagicMock()
mm2.__eq__.return_value = True
print(mm2 == 3)
mm3 = MagicMock()
mm3.__str__.return_value = 'custom'
print(str(mm3), f'{mm3}')
mm4 = MagicMock()
mm4.__lt__.return_value = True
print(mm4 < 1)
try:
    MagicMock() < 1
except TypeError as e:
    print(e)
print(clean(mm4.method.return_value.x))

# attach_mock / parent
parent = Mock()
a, b = Mock(), Mock()
parent.attach_mock(a, 'first')
parent.attach_mock(b, 'second')
a(1); b(2)
print(parent.mock_calls)
print(clean(a))
mock_named = Mock(name='svc')
print(clean(mock_named), clean(mock_named.api.get()))
