# Packages and relative imports: a package tree is written to a temporary directory,
# put on sys.path and imported.
import os
import sys

sys.dont_write_bytecode = True
root = "/tmp/minipy_relimp_%d" % os.getpid()
files = {
    "shop/__init__.py": "from .models import Item\nfrom . import pricing\n__all__ = ['Item', 'total']\nfrom .pricing import total\n",
    "shop/models.py": "class Item:\n    def __init__(self, name, price):\n        self.name, self.price = name, price\n    def __repr__(self):\n        return f'Item({self.name!r}, {self.price})'\n",
    "shop/pricing.py": "from .models import Item\nTAX = 0.25\ndef total(items):\n    return sum(i.price for i in items) * (1 + TAX)\n",
    "shop/util/__init__.py": "",
    "shop/util/fmt.py": "from ..pricing import TAX\nfrom .. import models\ndef show(item):\n    return f'{item.name}: {item.price:.2f} (+{TAX:.0%})'\nPKG = (__name__, __package__)\n",
    "shop/util/deep.py": "from ... import nothing\n",
    "plain.py": "from . import x\n",
}
for rel, text in files.items():
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, root)
try:
    import shop
    from shop import Item, total
    from shop.util.fmt import show, PKG
    import shop.util.fmt as fmt_module
    items = [Item("pen", 2), Item("book", 10)]
    print(items, total(items))
    print(show(items[0]), PKG)
    print(shop.__name__, shop.__package__, shop.pricing.__package__, fmt_module.__package__)
    print([os.path.basename(p) for p in shop.__path__], hasattr(shop.models, "__path__"))
    print(shop.util.fmt is fmt_module, shop.util.fmt.models is shop.models)
    from shop import *
    print(sorted(n for n in dir() if n in ("Item", "total", "pricing")))
    try:
        import shop.util.deep
    except ImportError as e:
        print("ImportError:", e)
    try:
        import plain
    except ImportError as e:
        print("ImportError:", e)
    try:
        from . import something
    except ImportError as e:
        print("ImportError:", e)
finally:
    for rel in sorted(files, key=len, reverse=True):
        os.remove(os.path.join(root, rel))
    for d in ("shop/util", "shop", ""):
        os.rmdir(os.path.join(root, d))
