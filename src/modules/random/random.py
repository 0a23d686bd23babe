# The `random` module. The Mersenne Twister itself (seeding from an int, random(),
# getrandbits(), the raw state) is the native type `_random.Random`; this file builds
# the public `Random` class on top of it: seeding from text, versioned state, integer
# ranges, sequence sampling and the continuous distributions. Every method turns the
# generator's output into values by the same arithmetic as CPython 3.11, so a given
# seed yields the same numbers in both.

import _random
from math import log as _ln, exp as _exp, sqrt as _sqrt, ceil as _ceil
from math import cos as _cos, sin as _sin, acos as _acos, floor as _floor
from math import pi as _pi, e as _e, tau as TWOPI, isfinite as _isfinite
from operator import index as _index
from itertools import accumulate as _accumulate
from bisect import bisect as _bisect
from collections import deque as _deque
from os import urandom as _urandom

# Methods of the shared generator that are also offered as module functions.
_SHARED_METHODS = (
    "seed", "getstate", "setstate", "random", "getrandbits", "randbytes",
    "randrange", "randint", "choice", "choices", "shuffle", "sample",
    "uniform", "triangular", "normalvariate", "gauss", "lognormvariate",
    "expovariate", "vonmisesvariate", "gammavariate", "betavariate",
    "paretovariate", "weibullvariate",
)

__all__ = ["Random", "SystemRandom", *sorted(_SHARED_METHODS)]

# Constants of the sampling algorithms below; their exact float values matter, since
# they decide which draws are accepted.
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)   # Kinderman-Monahan bound
LOG4 = _ln(4.0)                               # Cheng's gamma method
SG_MAGICCONST = 1.0 + _ln(4.5)                # Cheng's gamma method
BPF = 53                                      # bits in a float's significand
RECIP_BPF = 2 ** -BPF

# What seed() accepts; anything else is refused rather than hashed.
_SEEDABLE = (type(None), int, float, str, bytes, bytearray)

# Builtin types that collections.abc.Sequence recognises: sample() checks these
# first and imports collections.abc only for other populations.
_SEQUENCE_TYPES = (list, tuple, str, range, bytes, bytearray, _deque)

# randrange()'s default step. It is tested by identity before the step is converted,
# so a step given without a stop is refused (unless it is the int 1 itself).
_UNIT_STEP = 1

_MASK64 = (1 << 64) - 1


def _warn(message, category, stacklevel):
    """Issues a warning `stacklevel` frames above the caller. The warnings module is
    imported on first use only, which keeps `import random` light."""
    import warnings
    warnings.warn(message, category, stacklevel + 1)


def _is_sequence(obj):
    """Whether sample() accepts obj as its population: any collections.abc.Sequence
    (sets and dicts are not, as their order is no part of their value)."""
    if isinstance(obj, _SEQUENCE_TYPES):
        return True
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


def _legacy_text_seed(text):
    """The integer seed(version=1) made of a str or bytes: a 64-bit multiplicative
    hash over the characters, kept so that old sequences can still be replayed."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    codes = [ord(ch) for ch in text]
    acc = codes[0] << 7 if codes else 0
    for code in codes:
        acc = (acc * 1000003 ^ code) & _MASK64
    return acc ^ len(codes)


def _whole(value, which):
    """randrange()'s argument as an int. Python 3.11 still takes integral non-ints
    such as 10.0, with a DeprecationWarning, and refuses fractional ones."""
    try:
        return _index(value)
    except TypeError:
        # Converted inside the handler: a failure here chains to the TypeError.
        number = int(value)
        if number != value:
            _warn('randrange() will raise TypeError in the future',
                  DeprecationWarning, 3)
            raise ValueError("non-integer %s for randrange()" % which)
        _warn('non-integer arguments to randrange() have been deprecated since '
              'Python 3.10 and will be removed in a subsequent version',
              DeprecationWarning, 3)
        return number


def _signed_to_unsigned(words):
    """State words saved by version 2 could be negative (signed C longs); the
    generator wants them as unsigned 32-bit values."""
    try:
        return tuple(word % 0x100000000 for word in words)
    except ValueError as exc:
        raise TypeError from exc


def _fits_in_pool(n, k):
    """Whether copying an n-item population takes less room than a set of k
    indexes, the two ways sample() can avoid repeats."""
    budget = 21                 # a small set's size less an empty list's
    if k > 5:
        budget += 4 ** _ceil(_ln(k * 3, 4))   # hash table slots for k entries
    return n <= budget


def _sample_from_pool(population, n, k, below):
    """k picks from a copy of the population; each pick is replaced by the last
    unpicked item, so the candidates stay packed at the front."""
    picked = [None] * k
    pool = list(population)
    left = n
    for slot in range(k):
        j = below(left)
        picked[slot] = pool[j]
        left -= 1
        pool[j] = pool[left]
    return picked


def _sample_by_rejection(population, n, k, below):
    """k picks by index, drawing again whenever an index was already taken."""
    picked = [None] * k
    taken = set()
    for slot in range(k):
        j = below(n)
        while j in taken:
            j = below(n)
        taken.add(j)
        picked[slot] = population[j]
    return picked


def _sample_with_counts(rng, population, n, k, counts):
    """sample() with counts: k distinct positions in the population as the counts
    expand it, each mapped back to its item."""
    bounds = list(_accumulate(counts))
    if len(bounds) != n:
        raise ValueError('The number of counts does not match the population')
    total = bounds.pop()
    if not isinstance(total, int):
        raise TypeError('Counts must be integers')
    if total <= 0:
        raise ValueError('Total of counts must be greater than zero')
    positions = rng.sample(range(total), k=k)
    return [population[_bisect(bounds, pos)] for pos in positions]


def _running_totals(weights):
    """The cumulative weights for choices(); an int in place of the weights is
    almost certainly a k given by position, which the error says."""
    try:
        return list(_accumulate(weights))
    except TypeError:
        if isinstance(weights, int):
            raise TypeError('The number of choices must be a keyword argument: '
                            'k=%r' % (weights,)) from None
        raise


def _gamma_cheng(alpha, draw):
    """A gamma variate of shape alpha > 1 and scale 1, by R. C. H. Cheng's
    rejection method (Applied Statistics 26, 1977, pp. 71-74)."""
    spread = _sqrt(2.0 * alpha - 1.0)
    shift = alpha - LOG4
    slope = alpha + spread
    while True:
        u = draw()
        if u <= 1e-7 or u >= 0.9999999:
            continue            # keeps log(u / (1 - u)) well away from infinity
        w = 1.0 - draw()
        t = _ln(u / (1.0 - u)) / spread
        candidate = alpha * _exp(t)
        zeta = u * u * w
        score = shift + slope * t - candidate
        # The first test is a cheap bound that usually spares the logarithm.
        if score + SG_MAGICCONST - 4.5 * zeta >= 0.0 or score >= _ln(zeta):
            return candidate


def _gamma_small_shape(alpha, draw):
    """A gamma variate of shape 0 < alpha < 1 and scale 1, by algorithm GS
    (Kennedy and Gentle, Statistical Computing)."""
    b = (_e + alpha) / _e
    while True:
        p = b * draw()
        if p <= 1.0:
            candidate = p ** (1.0 / alpha)
            accept = draw() <= _exp(-candidate)
        else:
            candidate = -_ln((b - p) / alpha)
            accept = draw() <= candidate ** (alpha - 1.0)
        if accept:
            return candidate


class Random(_random.Random):
    """A random number generator with its own state. The module functions share one
    instance; create more for independent streams. A subclass may supply its own
    core by overriding random(), seed(), getstate() and setstate(), and
    getrandbits() too if it must draw from ranges wider than 2**53."""

    VERSION = 3     # the layout of getstate()'s result

    def __init__(self, x=None):
        """Seeds the new generator from x, as seed() does."""
        self.seed(x)
        self.gauss_next = None

    # ---- seeding and state ----

    def seed(self, a=None, version=2):
        """Restarts the generator from a. None takes fresh entropy from the system;
        an int uses all its bits; str, bytes and bytearray use all their bytes (with
        version 1, str and bytes go through the older, narrower hash)."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = _legacy_text_seed(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            a = _seed_from_bytes(a)
        elif not isinstance(a, _SEEDABLE):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The whole state as a tuple that setstate() accepts."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Puts back a state that getstate() returned (this version's or the
        previous one's)."""
        version = state[0]
        if version != 3 and version != 2:
            raise ValueError("state with version %s passed to Random.setstate() "
                             "of version %s" % (version, self.VERSION))
        _, words, self.gauss_next = state
        if version == 2:
            words = _signed_to_unsigned(words)
        super().setstate(words)

    # pickle: a Random is rebuilt empty, then given its state back.

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers below a bound ----

    def __init_subclass__(cls, /, **kwargs):
        """Chooses how a subclass draws integers below a bound, from the nearest
        class in its MRO that defines _randbelow, getrandbits or random: only a
        getrandbits() can serve bounds of any size."""
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # Native: rejection sampling of getrandbits(n.bit_length()) until below n.
    _randbelow_with_getrandbits = _random.Random._randbelow_with_getrandbits

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) from random() alone, for generators that have no
        getrandbits(); exact only while n is below maxsize."""
        draw = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.",
                  UserWarning, 1)
            return _floor(draw() * n)
        # Reject the top sliver of [0, 1) so that every residue mod n is equally
        # likely among the maxsize evenly spaced values.
        usable = maxsize - maxsize % n
        cutoff = usable / maxsize
        r = draw()
        while r >= cutoff:
            r = draw()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    # ---- bytes and integers ----

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_UNIT_STEP):
        """A random member of range(start), or of range(start, stop[, step]),
        without building the range."""
        low = _whole(start, "arg 1")
        if stop is None:
            if step is not _UNIT_STEP:
                raise TypeError('Missing a non-None stop argument')
            if low > 0:
                return self._randbelow(low)
            raise ValueError("empty range for randrange()")
        high = _whole(stop, "stop")
        width = high - low
        stride = _whole(step, "step")
        if stride == 1:
            if width > 0:
                return low + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (low, high, width))
        if stride == 0:
            raise ValueError("zero step for randrange()")
        count = -(-width // stride)     # len(range(low, high, stride)) when > 0
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return low + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # ---- sequences ----

    def choice(self, seq):
        """A random item of a non-empty sequence."""
        size = len(seq)     # len(), not truth: some array types refuse bool()
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Puts the items of the mutable sequence x in random order, in place
        (Fisher-Yates, from the end)."""
        below = self._randbelow
        i = len(x) - 1
        while i > 0:
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        """k distinct picks from a sequence, in the order drawn (so any slice of
        the result is a sample too). Repeated items, or counts=[...] giving how
        many times each item occurs, make those items likelier to be picked."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            return _sample_with_counts(self, population, n, k, counts)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        if _fits_in_pool(n, k):
            return _sample_from_pool(population, n, k, self._randbelow)
        return _sample_by_rejection(population, n, k, self._randbelow)

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks from the population with replacement, equally likely unless
        relative weights or cumulative weights are given."""
        draw = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                scale = n + 0.0
                return [population[_floor(draw() * scale)] for _ in range(k)]
            cum_weights = _running_totals(weights)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        return [population[_bisect(cum_weights, draw() * total, 0, last)]
                for _ in range(k)]

    # ---- continuous distributions ----

    def uniform(self, a, b):
        """A float between a and b (b itself may come out, through rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (by default the
        midpoint)."""
        u = self.random()
        if mode is None:
            peak = 0.5
        else:
            try:
                peak = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low      # low == high: there is only one value
        if u > peak:
            # Mirror the upper part onto the lower one so one formula serves both.
            u, peak, low, high = 1.0 - u, 1.0 - peak, high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma, by the
        ratio-of-uniforms method of Kinderman and Monahan (ACM TOMS 3, 1977)."""
        draw = self.random
        while True:
            u = draw()
            v = 1.0 - draw()    # in (0, 1], so its log is finite
            z = NV_MAGICCONST * (u - 0.5) / v
            if z * z / 4.0 <= -_ln(v):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma, a little
        faster than normalvariate(). Its draws come in pairs, so it is not safe to
        share between threads without a lock."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            # Box-Muller: one angle and one radius give two independent normal
            # deviates; the second one waits for the next call.
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _ln(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: its natural log is normal with mean mu and
        standard deviation sigma (> 0)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1 / mean, non-zero); negative
        rates give values from minus infinity to 0."""
        # 1 - random() is never 0, so the log is always defined.
        return -_ln(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution of angles around mu (radians) with concentration
        kappa >= 0; kappa near 0 gives a uniform angle in [0, 2*pi). Follows
        N. I. Fisher, Statistical Analysis of Circular Data (1993)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        s = 0.5 / kappa
        rho = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / rho
        f = (q + z) / (1.0 + q * z)
        clockwise = draw() > 0.5
        offset = _acos(f)
        if clockwise:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0 (mean
        alpha * beta); not the gamma function."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha > 1.0:
            x = _gamma_cheng(alpha, draw)
        elif alpha == 1.0:
            x = -_ln(1.0 - draw())      # the exponential distribution
        else:
            x = _gamma_small_shape(alpha, draw)
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] for alpha > 0 and beta > 0, as the ratio
        X / (X + Y) of two gamma variates."""
        x = self.gammavariate(alpha, 1.0)
        if not x:
            return 0.0
        return x / (x + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_ln(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """A generator whose bits come from the operating system (os.urandom): it has
    no state, so seed() does nothing and getstate()/setstate() raise."""

    def random(self):
        """A float in [0.0, 1.0) from 53 fresh random bits."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system source cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# The generator behind the module functions, seeded from the system at import.
_inst = Random()

for _name in _SHARED_METHODS:
    globals()[_name] = getattr(_inst, _name)
del _name
