import io
import mimetypes
import os
import pathlib
import tempfile

# The answers must not depend on this machine's mime.types files: built-in tables only.
system_files = mimetypes.knownfiles
mimetypes.knownfiles = []
print(mimetypes.inited, len(mimetypes.types_map) == len(mimetypes._types_map_default))
names = ["index.html", "photo.JPG", "archive.tar.gz", "backup.tgz", "data.json", "notes.txt.bz2",
         "image.svgz", "script.py", "style.css", "movie.mp4", "font.woff2", "README", ".bashrc",
         "weird.Gz", "x.TAR.GZ", "doc.rtf", "pic.pict", "song.mid", "sheet.xlsx", "slides.pptx",
         "http://example.com/path/page.php?x=1", "http://example.com/a.html#frag",
         "file:///home/user/report.pdf", "C:report.docx", "s3://bucket/dir/obj.webp"]
for name in names:
    print(f"{name:<40} {mimetypes.guess_type(name)} {mimetypes.guess_type(name, strict=False)}")
print(mimetypes.inited)
for url in ["data:,Hello", "data:text/html;base64,PGgxPg==", "data:;charset=utf-8,x", "data:image/png,abc",
            "data:noslash;x=1,abc", "data:text/plain", "DATA:application/json,{}"]:
    print(url, mimetypes.guess_type(url))
print(mimetypes.guess_type(pathlib.PurePosixPath("/tmp/a.png")))
for t in ["text/plain", "image/jpeg", "application/javascript", "TEXT/HTML", "application/x-nope",
          "video/mp4", "application/octet-stream", "image/svg+xml", "text/xml"]:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_all_extensions(t)[:4],
          mimetypes.guess_extension(t, strict=False))
print(sorted(mimetypes.common_types.items())[:3])
print(mimetypes.encodings_map[".gz"], mimetypes.suffix_map[".tgz"])

mimetypes.add_type("application/x-minipy-test", ".mpt")
mimetypes.add_type("text/x-lenient", ".lnt", strict=False)
print(mimetypes.guess_type("a.mpt"), mimetypes.guess_type("a.lnt"), mimetypes.guess_type("a.lnt", False))
print(mimetypes.guess_extension("application/x-minipy-test"), mimetypes.guess_all_extensions("text/x-lenient", strict=False))

db = mimetypes.MimeTypes()
print(db.guess_type("a.mpt"), db.guess_type("x.html"), sorted(db.types_map_inv[True]["text/html"]))
db.readfp(io.StringIO("# a comment line\napplication/x-demo   dmo demo # trailing\n\ntext/x-other oth\n"))
print(db.guess_type("file.demo"), db.guess_type("file.OTH"), db.guess_all_extensions("application/x-demo"))
db.add_type("text/x-dup", ".dmo")
print(db.guess_type("f.dmo"), db.guess_all_extensions("application/x-demo"), db.guess_all_extensions("text/x-dup"))
db.encodings_map[".lz"] = "lzip"
db.suffix_map[".tlz"] = ".tar.lz"
print(db.guess_type("pkg.tlz"), db.guess_type("pkg.tar.lz"), mimetypes.guess_type("pkg.tlz"))

d = tempfile.mkdtemp()
path = os.path.join(d, "my.types")
with open(path, "w") as f:
    f.write("application/x-from-file   fff ggg\n# nothing\ntext/x-second sec\n")
table = mimetypes.read_mime_types(path)
print(table[".fff"], table[".sec"], table[".html"], mimetypes.read_mime_types(os.path.join(d, "missing")))
db2 = mimetypes.MimeTypes([path], strict=False)
print(db2.guess_type("x.fff"), db2.guess_type("x.fff", strict=False))
db2.read(path)
print(db2.guess_type("x.fff"))
mimetypes.init([path])
print(mimetypes.guess_type("y.ggg"), mimetypes.guess_type("a.mpt"))
os.remove(path)
os.rmdir(d)
try:
    mimetypes.guess_type(42)
except TypeError as e:
    print("TypeError", e)
print(system_files[0], "MimeTypes" in mimetypes.__all__)
