# AsyncMock awaits and assertions, seal, spec of a class with magic methods, MagicMock operators.
import asyncio, re
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, Mock, call, patch, seal, create_autospec
def c(s): return re.sub(r"id='\d+'", "id=ID", str(s))
class Repo:
    async def load(self, key): return key
    def save(self, key, value): pass
    def __len__(self): return 0
m = MagicMock(spec=Repo)
print(c(m), isinstance(m, Repo), c(m.load), c(m.save), len(m))
try: m['x']
except TypeError as e: print('TypeError', e)
async def main():
    r = await m.load('k')
    print(c(r))
    am = AsyncMock(side_effect=[1, ValueError('v')])
    print(await am(), end=' ')
    try: await am()
    except ValueError as e: print('ValueError', e)
    am2 = AsyncMock()
    am2.return_value.x = 5
    res = await am2(3)
    print(res.x, am2.await_args_list, am2.call_args)
    try: am2.assert_awaited_with(4)
    except AssertionError as e: print(e)
    try: am2.assert_has_awaits([call(9)])
    except AssertionError as e: print(e)
    am2.assert_any_await(3)
    print(am2.await_count)
    f = AsyncMock(wraps=None, return_value=7)
    t = asyncio.ensure_future(f())
    print(await t)
asyncio.run(main())
m.load.assert_awaited_once_with('k')
s = Mock(name='svc')
s.run.return_value = 1
seal(s)
try: s.stop()
except AttributeError as e: print('AE', e)
try: s.run.x
except AttributeError as e: print('AE', e)
try: s()
except AttributeError as e: print('AE', e)
n = Mock()
n.a = Mock(); n.a.b = 3
print(n.a.b, c(n.a))
print(isinstance(MagicMock(spec=dict), dict), MagicMock(spec=dict).__class__)
q = MagicMock()
q.__enter__.return_value = 'ctx'
with q as v: print(v)
q.__exit__.assert_called_once_with(None, None, None)
print(q.__exit__.call_args)
r = MagicMock()
r[1] = 2; del r[1]; r[3]
print(r.mock_calls)
r.__add__.return_value = 'added'
print(r + 1, 1 + r if False else '', r.__add__.call_args, c(r - 1), c(abs(r)), c(-r), round(r) if False else '')
fl = MagicMock()
print(float(fl), complex(fl), bool(fl), fl.__index__(), f'{fl!s}'[:12], divmod(fl, 2) if False else '')
fl.__bool__.return_value = False
print('truthy' if fl else 'falsy')
print(sorted(k for k in vars(Mock()) if not k.startswith('_mock')))
