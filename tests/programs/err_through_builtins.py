# An exception raised in a key function called by sorted(): only Python frames appear.
def key(item):
    return item["rank"]
rows = [{"rank": 2}, {"rank": 1}, {"name": "no rank"}]
print(sorted(rows[:2], key=key))
print(sorted(rows, key=key))
