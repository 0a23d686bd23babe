"""A weather client tested with unittest.mock: the HTTP layer is patched out."""
import io
import json
import re
import sys
import unittest
from unittest import mock


class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(f"HTTP {status} for {url}")
        self.status = status
        self.url = url


class Transport:
    def get(self, url, timeout=5.0):
        raise RuntimeError("no network in tests")


class WeatherClient:
    BASE = "https://api.example.org/v1"

    def __init__(self, transport, cache=None, retries=2):
        self.transport = transport
        self.cache = {} if cache is None else cache
        self.retries = retries

    def _fetch(self, path):
        url = f"{self.BASE}/{path}"
        last = None
        for attempt in range(self.retries + 1):
            try:
                status, body = self.transport.get(url, timeout=2.5)
            except TimeoutError as exc:
                last = exc
                continue
            if status != 200:
                raise HttpError(status, url)
            return json.loads(body)
        raise last

    def current(self, city):
        key = city.lower()
        if key not in self.cache:
            self.cache[key] = self._fetch(f"current?city={key}")
        data = self.cache[key]
        return "{city}: {temp:+.1f}°C, {sky}".format(city=city, **data)

    def forecast(self, city, days=3):
        data = self._fetch(f"forecast?city={city.lower()}&days={days}")
        lines = []
        for day in data["days"]:
            lo, hi = day["min"], day["max"]
            lines.append(f"{day['date']:<10} {lo:>5.1f} .. {hi:<5.1f} {'*' * round(hi - lo)}")
        return "\n".join(lines)


def body(**kw):
    return json.dumps(kw)


class WeatherClientTests(unittest.TestCase):
    def setUp(self):
        self.transport = mock.Mock(spec=Transport)
        self.client = WeatherClient(self.transport)

    def test_current_formats_reading(self):
        self.transport.get.return_value = (200, body(temp=4.25, sky="overcast"))
        self.assertEqual(self.client.current("Oslo"), "Oslo: +4.2°C, overcast")
        self.transport.get.assert_called_once_with(
            "https://api.example.org/v1/current?city=oslo", timeout=2.5)

    def test_current_is_cached(self):
        self.transport.get.return_value = (200, body(temp=-3, sky="snow"))
        first = self.client.current("Riga")
        second = self.client.current("RIGA")
        self.assertEqual(first.split(":")[1], second.split(":")[1])
        self.assertEqual(self.transport.get.call_count, 1)

    def test_retries_on_timeout(self):
        self.transport.get.side_effect = [TimeoutError("slow"), TimeoutError("slow"),
                                          (200, body(temp=20, sky="sun"))]
        self.assertIn("+20.0", self.client.current("Rome"))
        self.assertEqual(len(self.transport.get.call_args_list), 3)

    def test_gives_up_after_retries(self):
        self.transport.get.side_effect = TimeoutError("down")
        with self.assertRaises(TimeoutError):
            self.client.current("Lima")
        self.assertEqual(self.transport.get.call_count, 3)

    def test_http_error(self):
        self.transport.get.return_value = (503, "")
        with self.assertRaises(HttpError) as cm:
            self.client.forecast("Quito")
        self.assertEqual(cm.exception.status, 503)
        self.assertTrue(cm.exception.url.endswith("days=3"))

    def test_forecast_table(self):
        days = [{"date": "2024-03-0%d" % i, "min": i * 1.5, "max": i * 4.0} for i in range(1, 4)]
        self.transport.get.return_value = (200, json.dumps({"days": days}))
        table = self.client.forecast("Cusco", days=3)
        print()
        print(table)
        self.assertEqual(len(table.splitlines()), 3)

    @mock.patch.object(WeatherClient, "_fetch")
    def test_fetch_patched_directly(self, fetch):
        fetch.return_value = {"temp": 10, "sky": "fog"}
        self.assertEqual(self.client.current("Bern"), "Bern: +10.0°C, fog")
        fetch.assert_called_once_with("current?city=bern")
        self.transport.get.assert_not_called()

    def test_expected_failure_message(self):
        self.transport.get.return_value = (200, body(temp=1, sky="rain"))
        self.client.current("Oulu")
        with self.assertRaises(AssertionError) as cm:
            self.transport.get.assert_called_with("elsewhere")
        print()
        print(cm.exception)


def run():
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(WeatherClientTests)
    result = runner.run(suite)
    text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests", stream.getvalue())
    sys.stdout.write(text)
    print("successful:", result.wasSuccessful())


if __name__ == "__main__":
    run()
