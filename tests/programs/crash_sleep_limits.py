# time.sleep with timeouts CPython refuses: overflow, NaN, negative, past the clock.
import time
def run(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__, e)
run('s1', lambda: time.sleep(10**20))
run('s2', lambda: time.sleep(float('inf')))
run('s3', lambda: time.sleep(-1))
run('s4', lambda: time.sleep(float('nan')))
run('s5', lambda: time.sleep(-float('inf')))
run('s6', lambda: time.sleep(10**10 * 1.0))
run('s7', lambda: time.sleep(2**63))
run('s8', lambda: time.sleep(9223372036))
run('s9', lambda: time.sleep(9223372037))
run('s10', lambda: time.sleep(9.3e9))
run('s11', lambda: time.sleep(-10**20))
run('s12', lambda: time.sleep('1'))
run('s13', lambda: time.sleep(0))
run('s14', lambda: time.sleep(0.001))
run('s15', lambda: time.sleep(-0.0))
run('s16', lambda: time.sleep(True))
run('s17', lambda: time.sleep(1e-10))
run('s18', lambda: time.sleep(-1e-10))
run('s19', lambda: time.sleep(9223372036.854775807))
run('s20', lambda: time.sleep(9223372036.8547))
