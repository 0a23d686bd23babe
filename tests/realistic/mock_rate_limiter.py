"""A token-bucket rate limiter and retry helper tested by patching time and random with unittest.mock."""
import random
import time
from unittest import mock
from unittest.mock import patch, call, Mock, MagicMock, PropertyMock


class RateLimiter:
    def __init__(self, rate, burst):
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.updated = time.monotonic()

    def allow(self, cost=1):
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


def retry(func, attempts=4, base=0.5, sleep=time.sleep):
    delays = []
    for attempt in range(1, attempts + 1):
        try:
            return func(), delays
        except ConnectionError as exc:
            if attempt == attempts:
                raise RuntimeError(f"gave up after {attempts} attempts") from exc
            delay = base * 2 ** (attempt - 1) * (1 + random.random() / 10)
            delays.append(round(delay, 4))
            sleep(delay)


clock = iter([0.0, 0.0, 0.1, 0.2, 0.3, 0.4, 1.3, 1.35, 1.4, 5.0, 5.0, 5.0])
with patch("time.monotonic", side_effect=lambda: next(clock)) as mono:
    rl = RateLimiter(rate=2, burst=3)
    results = [rl.allow() for _ in range(8)]
    print(results, round(rl.tokens, 3), mono.call_count)
    print(rl.allow(cost=5), rl.allow(cost=3))

flaky = Mock(side_effect=[ConnectionError("reset"), ConnectionError("timeout"), "payload"])
fake_sleep = Mock()
with patch("random.random", return_value=0.5):
    value, delays = retry(flaky, sleep=fake_sleep)
print(value, delays, fake_sleep.call_args_list, flaky.call_count)
fake_sleep.assert_has_calls([call(0.525), call(1.05)])

always = Mock(side_effect=ConnectionError("down"), name="fetch")
with patch("random.random", side_effect=[0.0, 0.1, 0.2]) as rnd:
    try:
        retry(always, sleep=lambda s: None)
    except RuntimeError as exc:
        print(exc, "| cause:", repr(exc.__cause__), "| random calls:", rnd.call_count)

with patch.object(time, "sleep") as patched_sleep, patch("time.time", return_value=1_700_000_000.0):
    time.sleep(30)
    print(time.time(), patched_sleep.call_args, time.sleep is patched_sleep)
print(time.sleep is patched_sleep)


class Sensor:
    @property
    def reading(self):
        raise OSError("no hardware")

    def report(self):
        r = self.reading
        return f"{r:.1f} C" if r is not None else "n/a"


with patch.object(Sensor, "reading", new_callable=PropertyMock) as reading:
    reading.side_effect = [21.04, None, 19.96]
    s = Sensor()
    print([s.report() for _ in range(3)], reading.call_count, reading.mock_calls)
    reading.side_effect = None
    s.reading = 5
    reading.assert_called_with(5)

manager = MagicMock()
with patch("builtins.print", manager.print), patch("time.sleep", manager.sleep):
    for i in range(2):
        print("tick", i)
        time.sleep(0.1)
print(manager.mock_calls)
print(manager.method_calls == [call.print("tick", 0), call.sleep(0.1), call.print("tick", 1), call.sleep(0.1)])
m = MagicMock()
m.__getitem__.side_effect = {"a": 1, "b": 2}.__getitem__
m.__iter__.return_value = iter("xy")
print(m["a"], m["b"], list(m), list(m), m.__getitem__.call_args_list)
try:
    m["zz"]
except KeyError as exc:
    print("KeyError", exc)
