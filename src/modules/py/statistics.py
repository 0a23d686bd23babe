"""Statistics of numeric data.

Averages (mean, fmean, geometric_mean, harmonic_mean, median and its variants,
mode, multimode, quantiles), spread (variance, pvariance, stdev, pstdev), two
variables (covariance, correlation, linear_regression) and NormalDist.

mean() and the variances add the data up exactly, as fractions, and round only
once at the end: float results come out the same to the last bit as CPython's.
Data of Decimals gives Decimal results, rounded in the current decimal context;
Fractions give Fractions; ints give floats where the result is not whole.
"""

import math
import sys
from collections import namedtuple
from fractions import Fraction

__all__ = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
    "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
    "median_grouped", "median_high", "median_low", "mode", "multimode",
    "pstdev", "pvariance", "quantiles", "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


# --- exact sums -------------------------------------------------------------------

def _decimal_class():
    """decimal.Decimal, or None while the decimal module is not loaded (then no
    Decimal exists, and there is no need to import the module)."""
    module = sys.modules.get("decimal")
    return None if module is None else module.Decimal


def _is_decimal_class(cls):
    decimal_class = _decimal_class()
    return decimal_class is not None and issubclass(cls, decimal_class)


def _exact_ratio(x):
    """(numerator, denominator) of the number x, exactly; an infinity or NaN
    gives (x, None)."""
    as_ratio = getattr(x, "as_integer_ratio", None)
    if as_ratio is not None:
        try:
            return as_ratio()
        except (OverflowError, ValueError):
            return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to "
                        f"numerator/denominator") from None


def _common_type(first, second):
    """The type a result computed from values of both types should have."""
    if first is second or second is int or second is bool:
        return first
    if first is int:
        return second
    # A subclass wins over its base; any other type wins over an int type.
    for winner, loser in ((second, first), (first, second)):
        if issubclass(winner, loser):
            return winner
    if issubclass(first, int):
        return second
    if issubclass(second, int):
        return first
    # A float with a Fraction gives a float.
    if issubclass(first, Fraction) and issubclass(second, float):
        return second
    if issubclass(first, float) and issubclass(second, Fraction):
        return first
    raise TypeError(f"don't know how to coerce {first.__name__} and "
                    f"{second.__name__}")


class _ExactSum:
    """Adds numbers up exactly: their numerators are summed per denominator
    (so that few Fractions are made), and, if asked for, their squares too.
    An infinity or NaN makes the total non-finite, kept as it is."""

    def __init__(self, with_squares=False):
        self.count = 0
        self._types = {}
        self._numerators = {}
        self._squares = {} if with_squares else None

    def add_all(self, values):
        numerators, squares, seen = self._numerators, self._squares, self._types
        for value in values:
            seen[type(value)] = True
            n, d = _exact_ratio(value)
            self.count += 1
            numerators[d] = numerators.get(d, 0) + n
            if squares is not None:
                squares[d] = squares.get(d, 0) + n * n
        return self

    def result_type(self):
        result = int
        for cls in self._types:
            result = _common_type(result, cls)
        return result

    def finite(self):
        return None not in self._numerators

    def total(self):
        """The sum: a Fraction, or the non-finite value."""
        if not self.finite():
            return self._numerators[None]
        return sum(Fraction(n, d) for d, n in self._numerators.items())

    def total_of_squares(self):
        return sum(Fraction(n, d * d) for d, n in self._squares.items())


def _sum(data):
    """(result type, exact total, count) of data."""
    adder = _ExactSum().add_all(data)
    return adder.result_type(), adder.total(), adder.count


def _ss(data, c=None):
    """(result type, sum of squared deviations, mean, count) of data, exact;
    with c, the deviations are taken from c instead of the mean."""
    if c is not None:
        result_type, total, count = _sum((x - c) * (x - c) for x in data)
        return result_type, total, c, count
    adder = _ExactSum(with_squares=True).add_all(data)
    count = adder.count
    if not count:
        deviations = centre = Fraction(0)
    elif not adder.finite():
        deviations = centre = adder.total()
    else:
        total = adder.total()
        # n*sum(x*x) - sum(x)**2, cancellation-free because it is exact.
        deviations = (count * adder.total_of_squares() - total * total) / count
        centre = total / count
    return adder.result_type(), deviations, centre, count


def _convert(value, T):
    """The exact value as an instance of the result type T (a float where an
    int result would not be whole)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        return float(value)
    if isinstance(value, Fraction) and _is_decimal_class(T):
        # Decimal takes no Fraction: divide within the decimal context instead.
        return T(value.numerator) / T(value.denominator)
    return T(value)


def _refuse_negative(values, message):
    for value in values:
        if value < 0:
            raise StatisticsError(message)
        yield value


# --- correctly rounded square roots -----------------------------------------------

def _isqrt_round_to_odd(n, m):
    """The integer square root of n/m with round-to-odd: its last bit is set
    when the root is not exact, which keeps a later rounding correct."""
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


# Bits the integer root keeps: twice a float's precision and then some.
_ROOT_BITS = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) as the nearest float."""
    # Scale by a power of four so that the integer root has _ROOT_BITS bits,
    # then divide the scale back out (one correctly rounded division).
    shift = (n.bit_length() - m.bit_length() - _ROOT_BITS) // 2
    if shift < 0:
        numerator = _isqrt_round_to_odd(n << -2 * shift, m)
        denominator = 1 << -shift
    else:
        numerator = _isqrt_round_to_odd(n, m << 2 * shift) << shift
        denominator = 1
    return numerator / denominator


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n/m) as the nearest Decimal of the context: the context's sqrt of
    the rounded quotient may be a step off, so the neighbours are tried."""
    decimal_class = _decimal_class()
    if n <= 0:
        if not n:
            return decimal_class("0.0")
        n, m = -n, -m
    target = Fraction(n, m)
    root = (decimal_class(n) / decimal_class(m)).sqrt()
    exact_root = Fraction(*root.as_integer_ratio())

    def closer(neighbour):
        # Whether sqrt(target) lies beyond the midpoint towards neighbour.
        midpoint = (exact_root + Fraction(*neighbour.as_integer_ratio())) / 2
        if neighbour > root:
            return target > midpoint * midpoint
        return target < midpoint * midpoint

    for neighbour in (root.next_plus(), root.next_minus()):
        if closer(neighbour):
            return neighbour
    return root


# --- averages ---------------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, exactly rounded to the type of the data."""
    result_type, total, count = _sum(data)
    if count < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / count, result_type)


def _counted(iterable, counter):
    # Passes the items on, counting them in counter[0].
    for counter[0], item in enumerate(iterable, 1):
        yield item


def fmean(data, weights=None):
    """The arithmetic mean of data as a float (weighted by weights if given):
    faster than mean()."""
    try:
        counter = [len(data)]
    except TypeError:
        counter = [0]
        data = _counted(data, counter)
    if weights is None:
        total = math.fsum(data)
        if not counter[0]:
            raise StatisticsError("fmean requires at least one data point")
        return total / counter[0]
    try:
        weight_count = len(weights)
    except TypeError:
        weights = list(weights)
        weight_count = len(weights)
    weighted_total = math.fsum(x * w for x, w in zip(data, weights))
    if counter[0] != weight_count:
        raise StatisticsError("data and weights must be the same length")
    weight_total = math.fsum(weights)
    if not weight_total:
        raise StatisticsError("sum of weights must be non-zero")
    return weighted_total / weight_total


def geometric_mean(data):
    """The geometric mean of data, as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def _is_real(value):
    if _is_decimal_class(type(value)):
        return True
    import numbers
    return isinstance(value, numbers.Real)


def harmonic_mean(data, weights=None):
    """The harmonic mean of data (weighted by weights if given): the
    reciprocal of the mean of the reciprocals. Negative values are refused;
    a zero makes it 0."""
    if iter(data) is data:
        data = list(data)
    negative = "harmonic mean does not support negative values"
    count = len(data)
    if count < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if count == 1 and weights is None:
        only = data[0]
        if not _is_real(only):
            raise TypeError("unsupported type")
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = [1] * count
        weight_total = count
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != count:
            raise StatisticsError("Number of weights does not match data size")
        weight_total = _sum(_refuse_negative(weights, negative))[1]
    checked = _refuse_negative(data, negative)
    try:
        result_type, total, _ = _sum(w / x if w else 0
                                     for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(weight_total / total, result_type)


def _sorted_or_fail(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    """The middle value of data; for an even count, the mean of the two
    middle values."""
    ordered = _sorted_or_fail(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The middle value of data; for an even count, the lower of the two."""
    ordered = _sorted_or_fail(data)
    half, odd = divmod(len(ordered), 2)
    return ordered[half] if odd else ordered[half - 1]


def median_high(data):
    """The middle value of data; for an even count, the higher of the two."""
    ordered = _sorted_or_fail(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """The median of data taken as grouped in classes of width interval
    centred on the values, found by interpolation in the middle class."""
    ordered = _sorted_or_fail(data)
    count = len(ordered)
    middle = ordered[count // 2]
    # The copies of the middle value sit at ordered[first:past].
    first = next(i for i, value in enumerate(ordered) if not value < middle)
    past = first
    while past < count and not middle < ordered[past]:
        past += 1
    try:
        width = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower_limit = middle - width / 2.0
    return lower_limit + width * (count / 2 - first) / (past - first)


def _tally(data):
    # How often each value occurs, in order of first occurrence.
    counts = {}
    for value in data:
        counts[value] = counts.get(value, 0) + 1
    return counts


def mode(data):
    """The most common value of data (the first one seen, on a tie)."""
    counts = _tally(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    return max(counts, key=counts.__getitem__)


def multimode(data):
    """The most common values of data, in the order first seen."""
    counts = _tally(data)
    highest = max(counts.values(), default=0)
    return [value for value, seen in counts.items() if seen == highest]


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing data into n intervals of equal
    probability, interpolated linearly. method "exclusive" treats data as a
    sample of a larger population; "inclusive" as the whole population."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        span = size - 1
        cuts = []
        for i in range(1, n):
            index, weight = divmod(i * span, n)
            cuts.append((ordered[index] * (n - weight)
                         + ordered[index + 1] * weight) / n)
        return cuts
    if method == "exclusive":
        span = size + 1
        cuts = []
        for i in range(1, n):
            index = min(max(i * span // n, 1), size - 1)
            weight = i * span - index * n
            cuts.append((ordered[index - 1] * (n - weight)
                         + ordered[index] * weight) / n)
        return cuts
    raise ValueError(f"Unknown method: {method!r}")


# --- spread -----------------------------------------------------------------------

def _square_root(exact, result_type):
    """The correctly rounded square root of an exact mean square."""
    if _is_decimal_class(result_type):
        return _decimal_sqrt_of_frac(exact.numerator, exact.denominator)
    return _float_sqrt_of_frac(exact.numerator, exact.denominator)


def variance(data, xbar=None):
    """The sample variance of data (n - 1 in the denominator); xbar, if given,
    is used as the mean."""
    result_type, deviations, _, count = _ss(data, xbar)
    if count < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(deviations / (count - 1), result_type)


def pvariance(data, mu=None):
    """The population variance of data; mu, if given, is used as the mean."""
    result_type, deviations, _, count = _ss(data, mu)
    if count < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(deviations / count, result_type)


def stdev(data, xbar=None):
    """The sample standard deviation: the square root of variance()."""
    result_type, deviations, _, count = _ss(data, xbar)
    if count < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _square_root(deviations / (count - 1), result_type)


def pstdev(data, mu=None):
    """The population standard deviation: the square root of pvariance()."""
    result_type, deviations, _, count = _ss(data, mu)
    if count < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _square_root(deviations / count, result_type)


def _mean_stdev(data):
    """(mean, sample standard deviation) as floats, in one pass over data."""
    _, deviations, centre, count = _ss(data)
    if count < 2:
        raise StatisticsError("stdev requires at least two data points")
    mean_square = deviations / (count - 1)
    if isinstance(mean_square, Fraction):
        return float(centre), _float_sqrt_of_frac(mean_square.numerator,
                                                  mean_square.denominator)
    # An infinity or NaN in the data.
    return float(centre), float(centre) / float(deviations)


# --- two variables ----------------------------------------------------------------

def _check_pair(x, y, what):
    count = len(x)
    if len(y) != count:
        raise StatisticsError(f"{what} requires that both inputs have same "
                              f"number of data points")
    if count < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return count


def _centred(values, count):
    centre = math.fsum(values) / count
    return centre, [value - centre for value in values]


def _sum_of_products(xs, ys):
    return math.fsum(a * b for a, b in zip(xs, ys))


def covariance(x, y, /):
    """The sample covariance of x and y."""
    count = _check_pair(x, y, "covariance")
    _, dx = _centred(x, count)
    _, dy = _centred(y, count)
    return _sum_of_products(dx, dy) / (count - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y, from -1 to +1."""
    count = _check_pair(x, y, "correlation")
    _, dx = _centred(x, count)
    _, dy = _centred(y, count)
    products = _sum_of_products(dx, dy)
    spread = _sum_of_products(dx, dx) * _sum_of_products(dy, dy)
    try:
        return products / math.sqrt(spread)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """The slope and intercept of the least-squares line through the points
    (x[i], y[i]); with proportional, of the line through the origin."""
    count = _check_pair(x, y, "linear regression")
    if proportional:
        products = _sum_of_products(x, y)
        squares = _sum_of_products(x, x)
    else:
        x_centre, dx = _centred(x, count)
        y_centre, dy = _centred(y, count)
        products = _sum_of_products(dx, dy)
        squares = _sum_of_products(dx, dx)
    try:
        slope = products / squares
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else y_centre - slope * x_centre
    return LinearRegression(slope=slope, intercept=intercept)


# --- the normal distribution ------------------------------------------------------

# Wichura's algorithm AS241 (Applied Statistics, 1988) for the inverse of the
# normal CDF: three rational approximations, each as (numerator, denominator)
# coefficients from the highest power down.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_AS241_INTERMEDIATE = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0),
)
_AS241_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0),
)


def _polynomial(coefficients, r):
    # Horner's rule, highest power first (the order of the published formulas).
    value = coefficients[0]
    for coefficient in coefficients[1:]:
        value = value * r + coefficient
    return value


def _rational(pair, r):
    numerator, denominator = pair
    return _polynomial(numerator, r) / _polynomial(denominator, r)


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        numerator, denominator = _AS241_CENTRAL
        x = (_polynomial(numerator, r) * q) / _polynomial(denominator, r)
        return mu + (x * sigma)
    tail = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(tail))
    if r <= 5.0:
        x = _rational(_AS241_INTERMEDIATE, r - 1.6)
    else:
        x = _rational(_AS241_TAIL, r - 5.0)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    "A normal distribution of a random variable, given its mean and deviation."

    __slots__ = {
        "_mu": "Arithmetic mean of a normal distribution",
        "_sigma": "Standard deviation of a normal distribution",
    }

    def __init__(self, mu=0.0, sigma=1.0):
        "mu is the mean and sigma the standard deviation (not negative)."
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "The normal distribution with the mean and deviation of the sample data."
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        "n random values from the distribution (reproducible with seed)."
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def _require_spread(self, operation):
        if not self._sigma:
            raise StatisticsError(f"{operation}() not defined when sigma is zero")

    def pdf(self, x):
        "The probability density at x."
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        "The probability that the variable is at most x."
        self._require_spread("cdf")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        "The value x for which cdf(x) is p (0 < p < 1)."
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        "The n - 1 cut points dividing the distribution into n equal parts."
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        "The overlapping coefficient of two normal distributions, from 0 to 1."
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        # Ordered, so that a.overlap(b) and b.overlap(a) compute the same.
        narrow, wide = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        narrow_var, wide_var = narrow.variance, wide.variance
        if not narrow_var or not wide_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = wide_var - narrow_var
        dm = math.fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * narrow._sigma * _SQRT2))
        # The two points where the densities cross.
        a = narrow._mu * wide_var - wide._mu * narrow_var
        b = narrow._sigma * wide._sigma * math.sqrt(
            dm * dm + dv * math.log(wide_var / narrow_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(wide.cdf(x1) - narrow.cdf(x1))
                      + math.fabs(wide.cdf(x2) - narrow.cdf(x2)))

    def zscore(self, x):
        "How many standard deviations x lies above the mean."
        self._require_spread("zscore")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        "The mean."
        return self._mu

    @property
    def median(self):
        "The median (the mean)."
        return self._mu

    @property
    def mode(self):
        "The mode (the mean)."
        return self._mu

    @property
    def stdev(self):
        "The standard deviation."
        return self._sigma

    @property
    def variance(self):
        "The variance: the standard deviation squared."
        return self._sigma * self._sigma

    # Arithmetic: a constant shifts or scales the distribution; adding or
    # subtracting another one (independent) adds the variances.
    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __rsub__(x1, x2):
        return -(x1 - x2)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __eq__(x1, x2):
        if isinstance(x2, NormalDist):
            return x1._mu == x2._mu and x1._sigma == x2._sigma
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
