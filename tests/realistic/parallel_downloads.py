"""Fetch a batch of (simulated) web pages in parallel with a thread pool,
collect the results through a queue, retry the failures once, and print a
report.  The network is simulated: each URL takes a little time and a few
fail, always the same ones."""

import hashlib
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

SITES = ["example.org", "python.org", "docs.rs", "kernel.org", "wikipedia.org"]
URLS = [f"https://{site}/page/{n}" for site in SITES for n in range(1, 7)]


class FetchError(Exception):
    pass


_attempts = {}
_attempts_lock = threading.Lock()


def fetch(url):
    """Returns the page body; the first attempt at every seventh URL fails."""
    with _attempts_lock:
        attempt = _attempts.get(url, 0) + 1
        _attempts[url] = attempt
    digest = hashlib.sha256(url.encode()).hexdigest()
    time.sleep(int(digest[:2], 16) / 100_000)  # network latency
    if attempt == 1 and URLS.index(url) % 7 == 3:
        raise FetchError(f"connection reset while reading {url}")
    words = int(digest[2:5], 16) % 400 + 50
    return " ".join(digest[i % 60:i % 60 + 4] for i in range(words))


@dataclass
class Report:
    pages: dict = field(default_factory=dict)
    failures: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    done: int = 0

    def record(self, url, body):
        with self.lock:
            self.pages[url] = body
            self.done += 1


def download_all(urls, workers):
    report = Report()
    errors = queue.Queue()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
        futures = {pool.submit(fetch, url): url for url in urls}
        for future in as_completed(futures):
            url = futures[future]
            try:
                report.record(url, future.result())
            except FetchError as exc:
                errors.put((url, str(exc)))
    retry = []
    while not errors.empty():
        retry.append(errors.get_nowait())
    retry.sort()
    for url, message in retry:
        report.failures.append(message)
    # Retry the failures with worker threads of our own fed by a queue.
    todo = queue.Queue()
    for url, _ in retry:
        todo.put(url)

    def retry_worker():
        while True:
            try:
                url = todo.get_nowait()
            except queue.Empty:
                return
            try:
                report.record(url, fetch(url))
            finally:
                todo.task_done()

    threads = [threading.Thread(target=retry_worker, name=f"retry-{i}") for i in range(3)]
    for t in threads:
        t.start()
    todo.join()
    for t in threads:
        t.join()
    return report


def main():
    started = time.monotonic()
    report = download_all(URLS, workers=8)
    elapsed = time.monotonic() - started
    print(f"fetched {len(report.pages)} of {len(URLS)} pages ({report.done} downloads)")
    print(f"{len(report.failures)} failed on the first attempt:")
    for message in report.failures:
        print("  ", message)
    by_site = {}
    for url, body in report.pages.items():
        site = url.split("/")[2]
        by_site[site] = by_site.get(site, 0) + len(body.split())
    print("words per site:")
    for site in sorted(by_site, key=lambda s: (-by_site[s], s)):
        print(f"  {site:<15} {by_site[site]:>6}")
    longest = max(report.pages, key=lambda u: (len(report.pages[u]), u))
    print("longest page:", longest)
    print("attempts:", sum(_attempts.values()), "elapsed under a minute:", elapsed < 60)


if __name__ == "__main__":
    main()
