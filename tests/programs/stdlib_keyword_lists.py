import keyword

print(keyword.__all__)
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
for w in ["if", "match", "case", "_", "True", "print", "None", "async", "await", "", "IF", "self"]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(3), keyword.issoftkeyword(None))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError", e)
print(type(keyword.kwlist).__name__, type(keyword.softkwlist).__name__)
