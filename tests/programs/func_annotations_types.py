# Annotations with generic aliases (list[int]) and union types (int | None).
def f(x: int | None = None, y: list[int] = [], z: dict[str, list[int]] = {}) -> tuple[int, ...]:
    return (1,)
print(f.__annotations__)
print(list[int], dict[str, int], tuple[int, ...], set[str], int | None, int | str | None, type[int], list[int] == list[int])
print(isinstance(3, int | str), isinstance("s", int | None), issubclass(bool, int | float))
x: list[str] = []
print(__annotations__)
print(list[int]("ab"), list[int].__origin__, list[int].__args__, (int | None).__args__)
class A:
    pass
try:
    A[int]
except TypeError as e:
    print("TypeError", e)
class G:
    def __class_getitem__(cls, item):
        return f"G of {item}"
print(G[int], G["x"])
def g(a: "forward", b: list[dict[str, int | None]] | None = None) -> None:
    pass
print(g.__annotations__)
print(repr(list[int]), str(dict[str, int]), list[int] == list[str], hash(list[int]) == hash(list[int]), int | str == str | int)
print(type(int | None).__name__, type(list[int]).__name__, list[int].__name__ if False else "", (int | None) | str)
try:
    int | "str"
except TypeError as e:
    print("TypeError", e)
