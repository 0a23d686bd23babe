"""Backs up a small project tree into a ZIP archive in memory and on disk, lists
it, verifies it, restores it elsewhere and compares the trees."""
import hashlib
import io
import os
import shutil
import tempfile
import zipfile

FILES = {
    "README.md": "# demo\n\nA tiny project.\n",
    "src/app.py": "def main():\n    print('hello')\n" * 20,
    "src/util/strings.py": "ALPHABET = %r\n" % ("abcdefghijklmnopqrstuvwxyz" * 8),
    "data/table.csv": "".join(f"{i},{i * i},{i ** 3}\n" for i in range(60)),
    "data/blob.bin": bytes((i * 37) % 256 for i in range(3000)),
}
STAMP = (2023, 7, 14, 9, 26, 52)


def make_tree(root):
    for rel, content in FILES.items():
        path = os.path.join(root, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(path, mode) as f:
            f.write(content)
        os.utime(path, (1689326812, 1689326812))


def backup(root, target, compression):
    with zipfile.ZipFile(target, "w", compression=compression) as zf:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                arc = os.path.relpath(full, root).replace(os.sep, "/")
                info = zipfile.ZipInfo(arc, STAMP)
                info.compress_type = compression
                with open(full, "rb") as f:
                    zf.writestr(info, f.read())
        zf.writestr(zipfile.ZipInfo("MANIFEST", STAMP),
                    "\n".join(sorted(FILES)) + "\n")
        zf.comment = b"backup v1"


def describe(archive):
    with zipfile.ZipFile(archive) as zf:
        print(f"{len(zf.namelist())} members, comment {zf.comment!r}")
        total = packed = 0
        for info in zf.infolist():
            total += info.file_size
            packed += info.compress_size
            ratio = 100 * info.compress_size / info.file_size if info.file_size else 0
            print(f"  {info.filename:<22} {info.file_size:>6} -> {info.compress_size:>5}"
                  f" ({ratio:5.1f}%) crc={info.CRC:08x} {info.date_time}")
        print(f"  total {total} -> {packed}; testzip: {zf.testzip()}")
        with zf.open("data/table.csv") as f:
            head = [next(f).decode().strip() for _ in range(3)]
        print("  csv head:", head)
        manifest = zf.read("MANIFEST").decode().split()
        print("  manifest ok:", manifest == sorted(FILES))


work = tempfile.mkdtemp()
try:
    src = os.path.join(work, "project")
    make_tree(src)
    mem = io.BytesIO()
    backup(src, mem, zipfile.ZIP_DEFLATED)
    data = mem.getvalue()
    print("in-memory archive:", len(data), "bytes, md5", hashlib.md5(data).hexdigest())
    describe(io.BytesIO(data))

    disk = os.path.join(work, "backup.zip")
    backup(src, disk, zipfile.ZIP_STORED)
    print("stored archive:", os.path.getsize(disk), "bytes, is zip:",
          zipfile.is_zipfile(disk))
    describe(disk)

    with zipfile.ZipFile(disk, "a") as zf:
        zf.writestr(zipfile.ZipInfo("NOTES.txt", STAMP), "appended later\n",
                    compress_type=zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(disk) as zf:
        print("after append:", zf.namelist()[-2:], zf.getinfo("NOTES.txt"))

    restore = os.path.join(work, "restore")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        zf.extractall(restore)
    same = all(
        open(os.path.join(src, *rel.split("/")), "rb").read() ==
        open(os.path.join(restore, *rel.split("/")), "rb").read()
        for rel in FILES)
    print("restored identical:", same, sorted(os.listdir(restore)))

    with open(disk, "rb") as f:
        damaged = bytearray(f.read())
    pos = damaged.find(b"# demo")
    damaged[pos] = ord("!")
    with zipfile.ZipFile(io.BytesIO(bytes(damaged))) as zf:
        print("damaged member:", zf.testzip())
        try:
            zf.read("README.md")
        except zipfile.BadZipFile as exc:
            print("BadZipFile:", exc)
    try:
        zipfile.ZipFile(io.BytesIO(data[:-30]))
    except zipfile.BadZipFile as exc:
        print("truncated:", exc)
finally:
    shutil.rmtree(work)
