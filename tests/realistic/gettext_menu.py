"""A small menu that is prepared for translation with gettext."""
import gettext
import string

t = gettext.NullTranslations()
_ = t.gettext
ngettext = t.ngettext

MENU = [("spam", 3.5), ("eggs", 1.25), ("ham", 4.0)]

print(_("Welcome to the café"))
for i, (item, price) in enumerate(MENU, 1):
    print(f"{i}. {_(item).capitalize():<8}{price:>6.2f}")

for n in (0, 1, 2, 5):
    print(ngettext("%(n)d item in basket", "%(n)d items in basket", n) % {"n": n})

gettext.install("menu")
print(_("installed"), callable(__builtins__._ if hasattr(__builtins__, "_") else _))
tmpl = string.Template(_("Total: $amount $currency"))
print(tmpl.substitute(amount=f"{sum(p for _i, p in MENU):.2f}", currency="EUR"))
print(gettext.gettext("plain"), gettext.ngettext("one", "many", 3))
print(gettext.pgettext("menu", "Quit"), gettext.npgettext("menu", "file", "files", 1))
try:
    gettext.translation("menu", localedir="/nonexistent", languages=["fr"])
except OSError as e:
    print(type(e).__name__, e.errno)
tr = gettext.translation("menu", localedir="/nonexistent", languages=["fr"], fallback=True)
print(type(tr).__name__, tr.gettext("Yes"), tr.info(), tr.charset())
print(gettext.find("menu", "/nonexistent", ["de"]))
