# __import__ with a dotted name imports each package on the way and binds the
# submodule on its parent; modules that are packages in CPython have a __path__.
m = __import__('concurrent.futures')
print(m.__name__, m.futures.__name__)
m = __import__('html.entities', None, None, ['x'])
print(m.__name__)
import html
print(html.entities.__name__)
m = __import__('xml.etree.ElementTree')
print(m.__name__, m.etree.ElementTree.__name__)
for name in ['asyncio', 'concurrent', 'concurrent.futures', 'http', 'importlib', 'json',
             'sqlite3', 'tomllib', 'zoneinfo', 'urllib', 'xml', 'xml.etree',
             'collections', 'html', 'logging', 'unittest', 'math', 'json.decoder', 'html.parser']:
    try:
        mod = __import__(name, None, None, ['x'])
    except ImportError as e:
        print(name, 'ImportError', e)
        continue
    print(name, hasattr(mod, '__path__'), mod.__package__)
for args in [('os', None, None, [], -1), ('',), ('nope.sub',)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
