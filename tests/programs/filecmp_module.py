import filecmp
import os
import tempfile

root = tempfile.mkdtemp()


def write(path, text, mtime=1_600_000_000):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)
    os.utime(full, (mtime, mtime))


write("left/same.txt", "hello\n")
write("right/same.txt", "hello\n")
write("left/changed.txt", "version one\n")
write("right/changed.txt", "version two\n")
write("left/resized.txt", "short\n")
write("right/resized.txt", "much longer text\n", mtime=1_600_000_100)
write("left/only_left.py", "pass\n")
write("right/only_right.md", "# doc\n")
write("left/sub/deep.txt", "a\n")
write("right/sub/deep.txt", "b\n", mtime=1_700_000_000)
write("left/sub/inner/x.txt", "x\n")
write("right/sub/inner/x.txt", "x\n")
write("left/.git/config", "ignored\n")
write("right/.git/config", "ignored too\n")
write("left/kind", "file here\n")
os.makedirs(os.path.join(root, "right/kind"))

L, R = os.path.join(root, "left"), os.path.join(root, "right")
os.chdir(root)

print(filecmp.cmp("left/same.txt", "right/same.txt"))
print(filecmp.cmp("left/changed.txt", "right/changed.txt"))  # same size and mtime: shallow says equal
print(filecmp.cmp("left/changed.txt", "right/changed.txt", shallow=False))
print(filecmp.cmp("left/resized.txt", "right/resized.txt"))
print(filecmp.cmp("left/sub", "right/sub"))
try:
    filecmp.cmp("left/missing", "right/same.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
print(filecmp.cmpfiles("left", "right", ["same.txt", "changed.txt", "resized.txt", "nope", "sub"]))
print(filecmp.cmpfiles("left", "right", ["same.txt", "changed.txt"], shallow=False))

d = filecmp.dircmp("left", "right")
print(d.left_list)
print(d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files)
print(sorted(d.subdirs), type(d.subdirs["sub"]).__name__, d.subdirs["sub"].left)
d.report()
print("--- partial")
d.report_partial_closure()
print("--- full")
d.report_full_closure()
print("--- ignore nothing, hide a name")
d2 = filecmp.dircmp("left", "right", ignore=[], hide=[os.curdir, os.pardir, "kind"])
print(d2.common, d2.left_only, d2.right_only)
try:
    d.no_such_attribute
except AttributeError as e:
    print("AttributeError", e)


class Verbose(filecmp.dircmp):
    pass


v = Verbose("left", "right")
print(type(v.subdirs["sub"]).__name__, type(v.subdirs["sub"].subdirs["inner"]).__name__)
print(filecmp.DEFAULT_IGNORES, filecmp.dircmp[str])
filecmp.clear_cache()
print(filecmp.cmp("left/sub/deep.txt", "right/sub/deep.txt", shallow=False))
os.chdir("/")
import shutil
shutil.rmtree(root)
print(os.path.exists(root))
