# json.loads refuses nesting beyond what the recursion limit leaves, as CPython's
# recursive scanner does (the innermost container counts too).
import json


def outcome(text):
    try:
        json.loads(text)
        return 'ok'
    except RecursionError as e:
        return 'RecursionError: ' + str(e)


for n in [10, 500, 995, 996, 2000, 100000]:
    print(n, outcome('[' * n + ']' * n))
    print(n, outcome('{"a":' * n + '1' + '}' * n))
    print(n, outcome('{"a":' * (n - 1) + '[]' + '}' * (n - 1)))


def nested(depth, n):
    if depth:
        return nested(depth - 1, n)
    return outcome('[' * n + ']' * n)


print(nested(100, 900), nested(100, 895))
