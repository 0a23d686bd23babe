import cmath, math
inf = float('inf'); nan = float('nan')
classes = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
def show(v):
    if isinstance(v, complex):
        return '(%r, %r)' % (v.real, v.imag)
    return repr(v)
names = ['sqrt','exp','log','log10','acos','asin','atan','cos','sin','tan','acosh','asinh','atanh','cosh','sinh','tanh','phase','polar','isfinite','isinf','isnan']
for name in names:
    f = getattr(cmath, name)
    for x in classes:
        row = []
        for y in classes:
            try:
                row.append(show(f(complex(x, y))))
            except Exception as e:
                row.append(type(e).__name__)
        print(name, repr(x), ' '.join(row))
for x in classes:
    row = []
    for y in classes:
        try:
            row.append(show(cmath.rect(x, y)))
        except Exception as e:
            row.append(type(e).__name__)
    print('rect', repr(x), ' '.join(row))
