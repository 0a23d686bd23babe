# Tracebacks through lambdas, methods, class bodies and comprehensions.
class K:
    def run(self, f):
        return [f(x) for x in (1, 0)]
handler = lambda v: 10 // v
K().run(handler)
