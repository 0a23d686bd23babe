# logging from several threads: each record names its thread; handlers take a real lock.
import logging, threading, io
buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.INFO, format="%(threadName)s %(message)s")
def work(n):
    for i in range(3):
        logging.info("job %d step %d", n, i)
ts = [threading.Thread(target=work, args=(n,), name=f"w{n}") for n in range(3)]
for t in ts: t.start()
for t in ts: t.join()
logging.info("done")
print(sorted(buf.getvalue().splitlines()))
