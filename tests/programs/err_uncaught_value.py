# An uncaught exception raised a few calls deep prints the full traceback and exits 1.
def parse(text):
    return int(text)
def load(items):
    return [parse(t) for t in items]
def main():
    print("starting")
    values = load(["1", "2", "three"])
    print(values)
main()
