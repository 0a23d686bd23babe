"""A small template engine: {{ expressions|filters }}, {% if %}, {% for %}
blocks compiled to a tree of nodes, with errors that point at the line."""
import html
import re

TOKEN = re.compile(r"({{.*?}}|{%.*?%})", re.S)


class TemplateError(Exception):
    def __init__(self, message, line):
        super().__init__(f"line {line}: {message}")
        self.line = line


FILTERS = {
    "upper": str.upper,
    "title": str.title,
    "escape": html.escape,
    "length": len,
    "join": ", ".join,
    "money": lambda v: f"${v:,.2f}",
}


def resolve(expr, ctx, line):
    value, *filters = [p.strip() for p in expr.split("|")]
    parts = value.split(".")
    try:
        cur = ctx[parts[0]]
        for attr in parts[1:]:
            cur = cur[attr] if isinstance(cur, dict) else getattr(cur, attr)
    except (KeyError, AttributeError) as e:
        raise TemplateError(f"cannot resolve {value!r}", line) from e
    for f in filters:
        if f not in FILTERS:
            raise TemplateError(f"unknown filter {f!r}", line)
        cur = FILTERS[f](cur)
    return cur


class Text:
    def __init__(self, text):
        self.text = text

    def render(self, ctx):
        return self.text


class Var:
    def __init__(self, expr, line):
        self.expr, self.line = expr, line

    def render(self, ctx):
        return str(resolve(self.expr, ctx, self.line))


class If:
    def __init__(self, expr, line):
        self.expr, self.line = expr, line
        self.body, self.orelse = [], []

    def render(self, ctx):
        negate = self.expr.startswith("not ")
        value = bool(resolve(self.expr[4:] if negate else self.expr, ctx, self.line))
        branch = self.body if value != negate else self.orelse
        return "".join(n.render(ctx) for n in branch)


class For:
    def __init__(self, target, expr, line):
        self.target, self.expr, self.line = target, expr, line
        self.body = []

    def render(self, ctx):
        items = list(resolve(self.expr, ctx, self.line))
        out = []
        for i, item in enumerate(items):
            inner = dict(ctx, **{self.target: item, "loop": {"index": i + 1, "last": i == len(items) - 1}})
            out.append("".join(n.render(inner) for n in self.body))
        return "".join(out)


def compile_template(source):
    root = []
    stack = [(None, root)]
    line = 1
    for piece in TOKEN.split(source):
        if piece.startswith("{{"):
            stack[-1][1].append(Var(piece[2:-2].strip(), line))
        elif piece.startswith("{%"):
            words = piece[2:-2].split()
            tag = words[0] if words else ""
            if tag == "if":
                node = If(" ".join(words[1:]), line)
                stack[-1][1].append(node)
                stack.append((node, node.body))
            elif tag == "else":
                if not isinstance(stack[-1][0], If):
                    raise TemplateError("else outside if", line)
                stack[-1] = (stack[-1][0], stack[-1][0].orelse)
            elif tag == "for":
                if len(words) != 4 or words[2] != "in":
                    raise TemplateError(f"bad for: {piece!r}", line)
                node = For(words[1], words[3], line)
                stack[-1][1].append(node)
                stack.append((node, node.body))
            elif tag in ("endif", "endfor"):
                expected = If if tag == "endif" else For
                if not isinstance(stack[-1][0], expected):
                    raise TemplateError(f"unexpected {tag}", line)
                stack.pop()
            else:
                raise TemplateError(f"unknown tag {tag!r}", line)
        elif piece:
            stack[-1][1].append(Text(piece))
        line += piece.count("\n")
    if len(stack) > 1:
        raise TemplateError(f"unclosed {type(stack[-1][0]).__name__.lower()}", line)
    return root


def render(source, **ctx):
    return "".join(node.render(ctx) for node in compile_template(source))


PAGE = """<h1>{{ shop.name|title|escape }}</h1>
{% if items %}<ul>
{% for item in items %}  <li>{{ loop.index }}. {{ item.name|escape }}: {{ item.price|money }}{% if loop.last %} (last){% endif %}</li>
{% endfor %}</ul>
{% else %}<p>Nothing for sale.</p>
{% endif %}Tags: {{ tags|join|upper }} ({{ tags|length }})
"""

if __name__ == "__main__":
    items = [{"name": "Tea & biscuits", "price": 3.5}, {"name": "<b>Kettle</b>", "price": 1249.99}]
    print(render(PAGE, shop={"name": "corner shop"}, items=items, tags=["food", "home"]))
    print(render(PAGE, shop={"name": "empty"}, items=[], tags=[]))
    print(render("{% if not flag %}off{% else %}on{% endif %}", flag=False))
    broken = ["{{ missing }}", "a\nb {{ x|nope }}", "{% for x of y %}{% endfor %}",
              "{% if a %}\n\n{% endfor %}", "{% if a %}open", "{% while %}", "{% else %}",
              "{{ user.age }}"]
    for src in broken:
        try:
            render(src, x=1, a=True, user={"name": "n"})
        except TemplateError as e:
            cause = type(e.__cause__).__name__ if e.__cause__ else None
            print(f"{src!r:32} -> {e} [{cause}] line={e.line}")
