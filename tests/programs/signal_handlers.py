"""The signal module: enums, handlers run between instructions (by raise_signal,
os.kill, alarm during sleep and during a loop), SIG_IGN/SIG_DFL, and its errors."""
import signal, os, time
print(list(signal.Signals)[:5], len(signal.Signals))
print(repr(signal.SIGINT), str(signal.SIGINT), signal.SIGINT.name, int(signal.SIGINT), signal.SIGIOT, signal.SIGCLD is signal.SIGCHLD)
print(signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGXFSZ)))
print(sorted(signal.valid_signals())[:3], len(signal.valid_signals()), max(signal.valid_signals()))
print(signal.strsignal(2), signal.strsignal(signal.SIGUSR1), signal.strsignal(34), signal.strsignal(33))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.Sigmasks.SIG_BLOCK), signal.NSIG)
print(signal.signal.__module__, signal.alarm.__module__, signal.default_int_handler)
got = []
def handler(signum, frame):
    got.append(signum)
    print('handler', signum, type(signum).__name__, frame is not None, frame.f_code.co_name if frame else None)
old = signal.signal(signal.SIGUSR1, handler)
print('old', repr(old))
signal.raise_signal(signal.SIGUSR1)
print('after raise', got)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
signal.raise_signal(signal.SIGUSR1)
print('ignored', got)
def boom(s, f):
    raise RuntimeError('from handler %d' % s)
signal.signal(signal.SIGALRM, boom)
print(signal.alarm(1))
try:
    while True:
        time.sleep(0.05)
except RuntimeError as e:
    print('caught', e)
signal.signal(signal.SIGALRM, boom)
signal.alarm(1)
try:
    n = 0
    while True:
        n += 1
except RuntimeError as e:
    print('caught in loop', e)
print(signal.alarm(0))
for f in [lambda: signal.signal(100, print), lambda: signal.signal(signal.SIGKILL, print), lambda: signal.signal(2, 5), lambda: signal.signal('a', print), lambda: signal.getsignal(0), lambda: signal.strsignal(0), lambda: signal.strsignal(65), lambda: signal.raise_signal(0), lambda: signal.signal(signal.SIGSTOP, signal.SIG_IGN), lambda: signal.signal(2, True), lambda: signal.signal(2, 1), lambda: signal.signal(2, signal.default_int_handler)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
signal.signal(signal.SIGTERM, lambda s, f: print('term', s))
signal.raise_signal(signal.SIGTERM)
print('done')
signal.signal(signal.SIGUSR2, lambda s, f: print('usr2 via kill', s))
os.kill(os.getpid(), signal.SIGUSR2)
print('after kill')
try:
    os.kill(os.getpid(), 1000)
except OSError as e:
    print('OSError', e.errno)
