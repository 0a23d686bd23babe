import os, re, json, asyncio, unittest, io, sys
from unittest import mock
from unittest.mock import patch, Mock, MagicMock, PropertyMock, mock_open, call, create_autospec, seal, sentinel, AsyncMock, DEFAULT

def clean(s):
    return re.sub(r"id='\d+'", "id=ID", str(s))

class Weather:
    def __init__(self, city):
        self.city = city
    def fetch(self, units='C'):
        raise RuntimeError('network!')
    def report(self):
        return '%s: %s' % (self.city, self.fetch())
    @property
    def label(self):
        return 'real'

CONFIG = {'debug': False, 'level': 1}

def cwd_name():
    return os.getcwd()

@patch('os.getcwd', return_value='/fake')
def t1(m):
    print(cwd_name(), clean(m), m.call_count)
t1()
print(cwd_name() != '/fake')

@patch.object(Weather, 'fetch')
@patch('json.dumps')
def t2(dumps, fetch):
    fetch.return_value = 21
    dumps.side_effect = lambda o: 'J' + str(o)
    w = Weather('Oslo')
    print(w.report(), json.dumps([1]))
    print(clean(fetch), clean(dumps))
    fetch.assert_called_once_with()
t2()
print(Weather.fetch.__name__)

with patch.dict(CONFIG, {'debug': True}, extra=5):
    print(sorted(CONFIG.items()))
print(sorted(CONFIG.items()))
with patch.dict(CONFIG, clear=True):
    print(CONFIG)
print(CONFIG)

with patch.multiple(Weather, fetch=DEFAULT, report=DEFAULT) as vals:
    print(sorted(vals), clean(vals['fetch']))
    Weather('x').report()
    vals['report'].assert_called_once_with()

p = patch('os.path.exists', return_value=True)
m = p.start()
print(os.path.exists('/nope'), clean(m))
p.stop()
print(os.path.exists('/nope'))
p1 = patch.object(Weather, 'label', new_callable=PropertyMock, return_value='fake')
pm = p1.start()
print(Weather('a').label)
pm.assert_called_once_with()
patch.stopall()
print(Weather('a').label)

with patch.object(Weather, 'fetch', autospec=True) as f:
    f.return_value = 5
    w = Weather('Rome')
    print(w.report())
    f.assert_called_once_with(w)
    try:
        w.fetch(1, 2, 3)
    except TypeError as e:
        print('TypeError', e)

spec_w = create_autospec(Weather)
inst = spec_w('Paris')
inst.fetch.return_value = 9
print(inst.fetch(units='F'))
inst.fetch.assert_called_with(units='F')
print(clean(spec_w), clean(inst), clean(inst.fetch))
try:
    inst.nonexistent
except AttributeError as e:
    print(e)
def add(a, b, *, scale=1):
    return (a + b) * scale
fa = create_autospec(add, return_value=3)
print(fa(1, 2), fa(1, b=2, scale=3))
fa.assert_called_with(1, b=2, scale=3)
fa.assert_any_call(1, 2)
try:
    fa(1)
except TypeError as e:
    print('TypeError', e)
print(fa.call_count, fa.mock_calls)

m = mock_open(read_data='line1\nline2\nline3\n')
with patch('builtins.open', m):
    with open('data.txt') as fh:
        print(fh.readline(), end='')
        print(fh.read(), end='')
    with open('data.txt') as fh:
        print([l for l in fh])
    with open('out.txt', 'w') as fh:
        fh.write('hello')
print(m.call_args_list)
m().write.assert_called_once_with('hello')
print(m.mock_calls[:4])

s = Mock()
s.method.return_value = 3
s.attr = 1
seal(s)
print(s.method(), s.attr)
try:
    s.other
except AttributeError as e:
    print('sealed', e)
try:
    s.method.foo
except AttributeError as e:
    print('sealed', e)

am = AsyncMock(return_value=10)
async def main():
    r = await am(1, x=2)
    print('awaited', r)
asyncio.run(main())
am.assert_awaited_once_with(1, x=2)
am.assert_called_once()
print(am.await_count, am.await_args)
try:
    am.assert_not_awaited()
except AssertionError as e:
    print(e)
try:
    AsyncMock(name='fetcher').assert_awaited()
except AssertionError as e:
    print(e)

class T(unittest.TestCase):
    @patch('os.listdir')
    def test_listing(self, listdir):
        listdir.return_value = ['b', 'a']
        self.assertEqual(sorted(os.listdir('.')), ['a', 'b'])
        listdir.assert_called_once_with('.')
    def test_calls(self):
        m = MagicMock()
        m.a(1); m.b(2)
        m.assert_has_calls([call.a(1), call.b(2)])
        with self.assertRaises(AssertionError) as cm:
            m.assert_has_calls([call.b(2), call.a(1)])
        print(cm.exception)

@patch('os.getenv', return_value='patched')
class TC(unittest.TestCase):
    def test_env(self, getenv):
        self.assertEqual(os.getenv('HOME'), 'patched')
    def helper(self):
        return 1

suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(TC))
r = unittest.TextTestRunner(stream=io.StringIO(), verbosity=2).run(suite)
print(r.testsRun, r.failures, r.errors)
print(r.wasSuccessful())
print(sentinel.x, mock.ANY, repr(mock.DEFAULT))
try:
    patch('os')
except TypeError as e:
    print(e)
try:
    patch('os.nope').start()
except AttributeError as e:
    print(e)
try:
    patch.object('os', 'x')
except TypeError as e:
    print(e)
with patch('os.nope', create=True, new=7):
    print(os.nope)
print(hasattr(os, 'nope'))
m = MagicMock(spec=['a', '__len__'])
print(len(m), clean(m.a))
try: iter(m)
except TypeError as e: print(e)
m = NonCallable = mock.NonCallableMock()
try: m()
except TypeError as e: print(e)
print(dir(Mock(spec=['x', 'y']))[:5])
mm = MagicMock()
mm.x.y.z(1)
mm.x.y.z.assert_called_once()
print(mm.method_calls, mm.x.method_calls)
print(mm.mock_calls == [call.x.y.z(1)])
c = call(1)(2)
print(c, c.call_list())
m = Mock(return_value=None)
m(1); m(2); m(3)
m.assert_has_calls([call(2), call(3)])
try:
    m.assert_has_calls([call(3), call(2)])
except AssertionError as e:
    print(e)
try:
    m.assert_called_once()
except AssertionError as e:
    print(e)
print(m.call_args_list == [call(1), call(2), call(3)], call(2) in m.call_args_list)
m.reset_mock(return_value=True)
print(m.call_args_list, clean(m()))
