# Mock specs, call objects, configure_mock, patch.object with new / autospec, create_autospec.
import re
from unittest import mock
from unittest.mock import Mock, MagicMock, NonCallableMagicMock, NonCallableMock, call, patch, create_autospec, ANY, DEFAULT
def c(s): return re.sub(r"id='\d+'", "id=ID", str(s))
def f(a, b, c=3, *, d=4): return a
m = Mock(spec=f)
m(1, 2)
m.assert_called_with(1, b=2)
try: m.assert_called_with(1, 3)
except AssertionError as e: print(e)
try: m.assert_called_with(1, 2, 3, 4)
except AssertionError as e: print(e, '| cause:', repr(e.__cause__))
print(c(NonCallableMagicMock()), c(NonCallableMock(name='x')), c(MagicMock(spec=f)), c(Mock(spec=int)))
mm = MagicMock()
print(c(str(mm)), c(mm.__str__), hash(mm) == hash(mm), c(mm.__int__), int(mm))
print(sorted(dir(Mock()))[:12])
x = Mock()
x.a.b.c = 5
x.configure_mock(**{'p.return_value': 1, 'q.side_effect': KeyError})
print(x.a.b.c, x.p(), c(x.a.b))
try: x.q()
except KeyError: print('KeyError')
del x.a
try: x.a
except AttributeError as e: print('AE', e)
class C:
    def meth(self, v): return v
    @staticmethod
    def st(q): return q
    @classmethod
    def cm(cls, z): return z
@patch.object(C, 'meth', new=lambda self, v: v * 100)
def use():
    return C().meth(2)
print(use())
with patch.object(C, 'meth', autospec=True) as am:
    C().meth(5)
    am.assert_called_once_with(ANY, 5)
    print(am.call_args.args[1])
spec = create_autospec(C)
i = spec()
i.meth(1); spec.st(2); spec.cm(3)
print(spec.mock_calls)
try: i.meth()
except TypeError as e: print('TypeError', e)
m = Mock()
m.side_effect = [1, DEFAULT, 3]
m.return_value = 'R'
print(m(), m(), m())
print(call(1) == call(1, x=ANY), call(a=ANY) == call(a=[1]), repr(call.x.y(1).z), repr(call(1)(2)))
print(call.foo == call.foo, call.foo(1) == ('foo', (1,), {}), call(1, 2) == ((1, 2),), call() == ((), {}))
print(c(m.return_value), m.called, m.call_count)
print(m.call_args_list[0] == call(), m.call_args.args, m.call_args.kwargs)
print(repr(mock.sentinel.x), mock.sentinel.x is mock.sentinel.x)
parent = MagicMock()
child = parent.child
child.return_value.value = 3
print(parent.child().value, parent.mock_calls)
nm = Mock(name='named')
print(c(nm.a().b), c(nm().x), c(nm()()))
m = Mock(); m(1); m.x(2); m().y(3)
print(m.mock_calls, m.method_calls, m.call_args_list)
print(m.mock_calls[2], m.mock_calls[3], m.mock_calls[-1][0])
p = patch('os.getcwd')
print(type(p).__name__, p.attribute, p.is_local if hasattr(p, 'is_local') else 'not started')
