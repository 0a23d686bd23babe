# `import this` prints the Zen of Python once; the module keeps the encoded text and
# its decoding table.
import this
import this

print(this.s.splitlines()[0], this.d["A"], this.d["n"], this.c, this.i)
print(sorted(name for name in dir(this) if not name.startswith("__")))
print("".join(this.d.get(ch, ch) for ch in this.s) .splitlines()[-1])
