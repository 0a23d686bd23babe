# Runaway recursion raises RecursionError, which is catchable; the program goes on.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion stopped")
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion stopped")
class G:
    def __getattr__(self, name):
        return self.missing
try:
    G().x
except RecursionError:
    print("getattr recursion stopped")
depth = 0
def measure(n):
    global depth
    depth = n
    measure(n + 1)
try:
    measure(0)
except RecursionError:
    print("depth reached over 900:", depth > 900)
print(sys.getrecursionlimit())
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
for i in range(3):
    try:
        down(0)
    except RecursionError:
        pass
print("recovered repeatedly")
def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        pass
try:
    with_finally(0)
except RecursionError:
    print("with finally stopped")
class Eq:
    def __eq__(self, o):
        return self == o
try:
    Eq() == Eq()
except RecursionError:
    print("eq recursion stopped")
def gen_rec():
    yield from gen_rec()
try:
    next(gen_rec())
except RecursionError:
    print("generator recursion stopped")
sys.setrecursionlimit(200)
try:
    ok(300)
except RecursionError:
    print("lower limit respected")
sys.setrecursionlimit(1000)
print(ok(800))
