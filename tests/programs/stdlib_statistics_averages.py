import statistics as st
from statistics import StatisticsError
from fractions import Fraction as F

def run(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

def lcg_floats(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append((x / 2**31 - 0.3) * 1000.0 + i / 7)
    return out

print(issubclass(StatisticsError, ValueError), sorted(st.__all__) == st.__all__)
data_sets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1, 0.2, 0.3, 0.4, 0.7],
    [F(1, 3), F(2, 7), F(5, 6)],
    [1, 2.5, F(1, 4)],
    [True, False, True],
    [1e50, 1, -1e50] * 10,
    [7],
    lcg_floats(50, 1),
    lcg_floats(33, 99),
    [float('inf'), 1.0],
    [float('nan'), 1.0, 2.0],
]
for d in data_sets:
    print('data', d if len(d) < 12 else len(d))
    finite = all(x == x and x not in (float('inf'), float('-inf')) for x in d)
    for name in ['mean', 'fmean' if finite else 'mean', 'median', 'median_low', 'median_high', 'median_grouped',
                 'mode', 'multimode']:
        run('  ' + name, lambda: getattr(st, name)(d))
    run('  mean(iter)', lambda: st.mean(iter(d)))
    if finite:
        run('  fmean(iter)', lambda: st.fmean(x for x in d))

pos_sets = [[2, 18], [1, 2, 4, 8, 16], [40, 60], [2.5, 3.0, 10.0], [F(1, 2), F(3, 4)], [0.1] * 7,
            lcg_floats(20, 5), [1, 0, 3], [5], [5.5], [F(7, 3)]]
for d in pos_sets:
    run('geometric_mean(%s)' % (d if len(d) < 10 else len(d)), lambda: st.geometric_mean(d))
    run('harmonic_mean(%s)' % (d if len(d) < 10 else len(d)), lambda: st.harmonic_mean(d))
run('hm weights', lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
run('hm weights iter', lambda: st.harmonic_mean(iter([40, 60, 20]), weights=iter([1, 2, 3])))
run('hm weights len', lambda: st.harmonic_mean([40, 60], weights=[5]))
run('hm zero weights', lambda: st.harmonic_mean([40, 60], weights=[0, 0]))
run('hm neg weight', lambda: st.harmonic_mean([40, 60], weights=[1, -1]))
run('hm neg', lambda: st.harmonic_mean([1, -2]))
run('hm neg1', lambda: st.harmonic_mean([-2]))
run('hm str', lambda: st.harmonic_mean(['a']))
run('hm empty', lambda: st.harmonic_mean([]))
run('fmean weights', lambda: st.fmean([3.5, 4.0, 5.25], [1, 2, 4]))
run('fmean weights gen', lambda: st.fmean(iter([3.5, 4.0, 5.25]), iter([1, 2, 4])))
run('fmean weights len', lambda: st.fmean([3.5, 4.0], [1, 2, 4]))
run('fmean weights zero', lambda: st.fmean([3.5, 4.0], [1, -1]))

# errors
for name in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode',
             'geometric_mean']:
    run(name + '([])', lambda: getattr(st, name)([]))
run('multimode([])', lambda: st.multimode([]))
run('geometric_mean neg', lambda: st.geometric_mean([1, -1]))
run('mean str', lambda: st.mean(['a', 'b']))
run('mean mixed', lambda: st.mean([1, 'a']))
run('mean F float', lambda: st.mean([F(1, 2), 0.5]))
run('mode str', lambda: st.mode('aabbbcc'))
run('mode tie', lambda: st.mode(['red', 'blue', 'blue', 'red']))
run('multimode str', lambda: st.multimode('aabbbbccddddeeffffgg'))
run('mode unhashable', lambda: st.mode([[1], [1]]))
run('median str', lambda: st.median(['b', 'a', 'c']))
run('median_grouped interval', lambda: st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
run('median_grouped ages', lambda: st.median_grouped([25] * 172 + [35] * 484 + [45] * 387 + [55] * 22 + [65] * 6, 10))
run('median_grouped str', lambda: st.median_grouped(['a', 'b']))
run('median_grouped list', lambda: st.median_grouped([1, 2], interval=[1]))
run('median_grouped numeric str', lambda: st.median_grouped(['3', '4', '5']))
