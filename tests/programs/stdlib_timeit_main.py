# timeit.main: the command line with a fake clock, so that the printed timings
# are fixed: pass counts, units, verbose output, repeats, errors and exit codes.
import sys
import io
import timeit


def fake_clock(step):
    """A clock factory for main(): every reading advances by *step* seconds."""
    def wrap(real_timer):
        now = [0.0]

        def clock():
            now[0] += step
            return now[0]
        return clock
    return wrap


def varying_clock(steps):
    """Every measurement takes the next of *steps* seconds."""
    def wrap(real_timer):
        state = {'now': 0.0, 'reads': 0}

        def clock():
            i = state['reads'] // 2
            if state['reads'] % 2:
                state['now'] += steps[i % len(steps)]
            state['reads'] += 1
            return state['now']
        return clock
    return wrap


def run(args, step=0.5, wrap=None):
    print('>', args)
    out = io.StringIO()
    err = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        status = timeit.main(args, _wrap_timer=wrap or fake_clock(step))
    finally:
        sys.stdout, sys.stderr = saved
    print(out.getvalue(), end='')
    if err.getvalue():
        print('stderr:', err.getvalue().splitlines()[-1])
    print('status', status)


run(['-n', '10', 'pass'])
run(['-n', '1', '-r', '2', 'pass'])
run(['--number=100', '--repeat', '3', 'x = 1'])
run(['-n', '1000', '-u', 'sec', 'pass'])
run(['-n', '1000', '-u', 'msec', 'pass'])
run(['-n', '1000', '-u', 'usec', 'pass'])
run(['-n', '1000', '-u', 'nsec', 'pass'])
run(['-n', '1000', '-u', 'min', 'pass'])
run(['-n', '1', 'pass'], step=2.0)
run(['-n', '3', 'pass'], step=0.0004)
run(['-n', '7', 'pass'], step=1e-9)
run(['-n', '1', 'pass'], step=0.0)
run(['pass'])
run(['pass'], wrap=varying_clock([0.001, 0.01, 0.05, 0.3, 0.2, 0.25]))
run(['-v', 'pass'], wrap=varying_clock([0.001, 0.01, 0.05, 0.1, 0.2, 0.5, 3.0, 2.5]))
run(['-v', '-v', '-n', '3', 'pass'], step=0.0123456)
run(['-r', '0', '-n', '2', 'pass'])
run(['-r', '-3', '-n', '2', 'pass'])
run(['-s', 'a = 1', '-s', 'b = 2', '-n', '2', 'c = a + b'])
run(['-n', '2', 'a = 1', 'b = a'])
run(['-t', '-c', '-n', '2', '--', '-1'])
run(['-p', '-n', '2', 'pass'])
run(['-x'])
run(['--nosuch'])
run(['-n'])
run(['-n', '2', '1/0'])
run(['1/0'])
run(['-n', '2', '-r', '3', 'pass'], wrap=varying_clock([1.0, 5.0, 2.0]))
run(['-n', '2', '-r', '2', 'pass'], wrap=varying_clock([1.0, 3.9]))
