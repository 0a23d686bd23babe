"""A tiny web-style URL router: route decorators compile path templates to
regular expressions with typed converters; dispatch handles 404 and 405."""
import re
from functools import wraps

CONVERTERS = {
    "int": (r"\d+", int),
    "str": (r"[^/]+", str),
    "slug": (r"[a-z0-9]+(?:-[a-z0-9]+)*", str),
    "path": (r".+", str),
}


class HTTPError(Exception):
    def __init__(self, status, message):
        super().__init__(status, message)
        self.status = status
        self.message = message

    def __str__(self):
        return f"{self.status} {self.message}"


class Router:
    TOKEN = re.compile(r"<(?:(?P<conv>\w+):)?(?P<name>\w+)>")

    def __init__(self):
        self.routes = []

    def compile(self, template):
        pattern, types, pos = "", {}, 0
        for m in self.TOKEN.finditer(template):
            pattern += re.escape(template[pos:m.start()])
            conv = m.group("conv") or "str"
            if conv not in CONVERTERS:
                raise ValueError(f"unknown converter {conv!r} in {template!r}")
            regex, cast = CONVERTERS[conv]
            pattern += f"(?P<{m.group('name')}>{regex})"
            types[m.group("name")] = cast
            pos = m.end()
        pattern += re.escape(template[pos:])
        return re.compile(pattern + r"\Z"), types

    def route(self, template, methods=("GET",)):
        regex, types = self.compile(template)

        def decorator(func):
            @wraps(func)
            def handler(**params):
                return func(**{k: types[k](v) for k, v in params.items()})
            self.routes.append((regex, set(methods), handler, template))
            return handler
        return decorator

    def dispatch(self, method, path):
        allowed = set()
        for regex, methods, handler, _ in self.routes:
            m = regex.match(path)
            if m:
                if method in methods:
                    return handler(**m.groupdict())
                allowed |= methods
        if allowed:
            raise HTTPError(405, "allowed: " + ", ".join(sorted(allowed)))
        raise HTTPError(404, f"no route for {path}")

    def url_for(self, name, **params):
        for regex, _, handler, template in self.routes:
            if handler.__name__ == name:
                return self.TOKEN.sub(lambda m: str(params[m.group("name")]), template)
        raise LookupError(name)


app = Router()
POSTS = {1: "Hello", 2: "Routing with regexes"}


@app.route("/")
def index():
    "The front page."
    return f"{len(POSTS)} posts"


@app.route("/posts/<int:post_id>")
def show_post(post_id):
    if post_id not in POSTS:
        raise HTTPError(404, f"post {post_id} not found")
    return f"#{post_id}: {POSTS[post_id]}"


@app.route("/posts", methods=("POST",))
def create_post():
    POSTS[max(POSTS) + 1] = "New"
    return f"created {max(POSTS)}"


@app.route("/tags/<slug:tag>/page/<int:n>")
def tag_page(tag, n):
    return f"tag {tag!r} page {n} ({type(n).__name__})"


@app.route("/files/<path:rest>")
def files(rest):
    return "file " + "/".join(reversed(rest.split("/")))


if __name__ == "__main__":
    requests = [("GET", "/"), ("GET", "/posts/2"), ("GET", "/posts/9"),
                ("POST", "/posts"), ("GET", "/posts"), ("GET", "/tags/python-3/page/4"),
                ("GET", "/tags/Bad_Tag/page/1"), ("GET", "/files/a/b/c.txt"),
                ("DELETE", "/posts/1"), ("GET", "/posts/abc")]
    for method, path in requests:
        try:
            print(f"{method:6} {path:28} -> 200 {app.dispatch(method, path)}")
        except HTTPError as e:
            print(f"{method:6} {path:28} -> {e}")
    print(index.__name__, index.__doc__, index.__wrapped__.__name__)
    print(app.url_for("tag_page", tag="rust", n=2), app.url_for("show_post", post_id=7))
    for regex, methods, handler, template in app.routes:
        print(f"{template:30} {sorted(methods)} {regex.pattern}")
    try:
        app.route("/x/<float:v>")
    except ValueError as e:
        print(e)
    try:
        app.url_for("missing")
    except LookupError as e:
        print("LookupError", e)
    err = HTTPError(418, "teapot")
    print(err.args, repr(err), str(err))
