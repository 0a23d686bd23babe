# "Exception ignored in" reports draw position lines too.
import gc


class Noisy:
    def __del__(self):
        items = [1]
        print(items[5])


n = Noisy()
del n
gc.collect()
print("after")
