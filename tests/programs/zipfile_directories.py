"""zipfile: directory members made by mkdir() and by write() of a directory."""
import io, os, tempfile, zipfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.mkdir("top")
    d = tempfile.mkdtemp()
    z.write(d, "copied")
    z.writestr("top/a.txt", "hello")
    try:
        z.mkdir(5)
    except TypeError as e:
        print("TypeError", e)
buf.seek(0)
with zipfile.ZipFile(buf) as z:
    for i in z.infolist():
        print(i.filename, i.is_dir(), i.file_size, oct(i.external_attr >> 16))
os.rmdir(d)
