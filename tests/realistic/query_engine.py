"""A tiny SQL-ish query engine over lists of dicts: a tokenizer with re, a
recursive-descent parser for SELECT ... FROM ... WHERE ... GROUP BY ... ORDER BY
... LIMIT, evaluated with itertools and operator, results printed as tables."""
import operator
import re
from itertools import groupby

TABLES = {
    "emp": [
        {"id": 1, "name": "Ann", "dept": "eng", "salary": 120, "age": 34},
        {"id": 2, "name": "Bob", "dept": "eng", "salary": 95, "age": 45},
        {"id": 3, "name": "Cid", "dept": "ops", "salary": 70, "age": 29},
        {"id": 4, "name": "Dee", "dept": "sales", "salary": 88, "age": 51},
        {"id": 5, "name": "Eve", "dept": "eng", "salary": 150, "age": 38},
        {"id": 6, "name": "Fay", "dept": "ops", "salary": 72, "age": 41},
        {"id": 7, "name": "Gus", "dept": "sales", "salary": None, "age": 23},
    ],
}

TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|('(?:[^']|'')*')|(<=|>=|!=|[(),*<>=])|(\w+))")
OPS = {"=": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt,
       "<=": operator.le, ">=": operator.ge}
AGGS = {"count": len, "sum": sum, "min": min, "max": max,
        "avg": lambda xs: round(sum(xs) / len(xs), 2) if xs else None}


class QueryError(Exception):
    pass


def tokenize(text):
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise QueryError(f"unexpected character {text[pos:].strip()[:1]!r} at {pos}")
        num, string, op, word = m.groups()
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif string:
            out.append(("str", string[1:-1].replace("''", "'")))
        elif op:
            out.append(("op", op))
        else:
            out.append(("kw" if word.upper() in KEYWORDS else "name",
                        word.upper() if word.upper() in KEYWORDS else word))
        pos = m.end()
    return out


KEYWORDS = {"SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "GROUP", "BY", "ORDER",
            "ASC", "DESC", "LIMIT", "IS", "NULL", "AS"}


class Parser:
    def __init__(self, tokens):
        self.toks, self.i = tokens, 0

    def peek(self, *want):
        tok = self.toks[self.i] if self.i < len(self.toks) else ("eof", None)
        return tok if not want or tok[1] in want or tok[0] in want else None

    def take(self, *want):
        tok = self.peek(*want)
        if tok is None:
            got = self.toks[self.i][1] if self.i < len(self.toks) else "end of query"
            raise QueryError(f"expected {' or '.join(map(str, want))}, got {got!r}")
        self.i += 1
        return tok

    def query(self):
        self.take("SELECT")
        cols = [self.column()]
        while self.peek(","):
            self.take(",")
            cols.append(self.column())
        self.take("FROM")
        table = self.take("name")[1]
        where = group = order = limit = None
        if self.peek("WHERE"):
            self.take("WHERE")
            where = self.disjunction()
        if self.peek("GROUP"):
            self.take("GROUP"), self.take("BY")
            group = self.take("name")[1]
        if self.peek("ORDER"):
            self.take("ORDER"), self.take("BY")
            key = self.take("name")[1]
            desc = bool(self.peek("DESC")) and bool(self.take("DESC"))
            if not desc and self.peek("ASC"):
                self.take("ASC")
            order = (key, desc)
        if self.peek("LIMIT"):
            self.take("LIMIT")
            limit = self.take("num")[1]
        self.take("eof")
        return cols, table, where, group, order, limit

    def column(self):
        if self.peek("*"):
            self.take("*")
            return ("*", None, "*")
        name = self.take("name")[1]
        if name.lower() in AGGS and self.peek("("):
            self.take("(")
            arg = "*" if self.peek("*") and self.take("*") else self.take("name")[1]
            self.take(")")
            label = f"{name.lower()}({arg})"
            spec = ("agg", name.lower(), arg)
        else:
            label, spec = name, ("col", name, None)
        if self.peek("AS"):
            self.take("AS")
            label = self.take("name")[1]
        return spec + (label,) if spec[0] != "*" else spec

    def disjunction(self):
        left = self.conjunction()
        while self.peek("OR"):
            self.take("OR")
            right = self.conjunction()
            left = (lambda a, b: lambda r: a(r) or b(r))(left, right)
        return left

    def conjunction(self):
        left = self.condition()
        while self.peek("AND"):
            self.take("AND")
            right = self.condition()
            left = (lambda a, b: lambda r: a(r) and b(r))(left, right)
        return left

    def condition(self):
        if self.peek("NOT"):
            self.take("NOT")
            inner = self.condition()
            return lambda r: not inner(r)
        if self.peek("("):
            self.take("(")
            inner = self.disjunction()
            self.take(")")
            return inner
        field = self.take("name")[1]
        if self.peek("IS"):
            self.take("IS")
            negate = bool(self.peek("NOT")) and bool(self.take("NOT"))
            self.take("NULL")
            return lambda r: (r.get(field) is None) != negate
        op = OPS[self.take("op")[1]]
        value = self.take("num", "str")[1]
        return lambda r: r.get(field) is not None and op(r[field], value)


def execute(sql):
    cols, table, where, group, order, limit = Parser(tokenize(sql)).query()
    if table not in TABLES:
        raise QueryError(f"no such table: {table}")
    rows = [r for r in TABLES[table] if where is None or where(r)]
    if group or any(c[0] == "agg" for c in cols):
        key = operator.itemgetter(group) if group else (lambda r: 0)
        out = []
        for k, members in groupby(sorted(rows, key=key), key=key):
            members = list(members)
            rec = {}
            for kind, name, arg, label in cols:
                if kind == "agg":
                    vals = members if arg == "*" else [m[arg] for m in members if m[arg] is not None]
                    rec[label] = AGGS[name](vals)
                else:
                    rec[label] = members[0][name]
            out.append(rec)
        rows, labels = out, [c[3] for c in cols]
    else:
        if cols[0][0] == "*":
            labels = list(TABLES[table][0])
        else:
            labels = [c[3] for c in cols]
            rows = [{c[3]: r[c[1]] for c in cols} | {"__row": r} for r in rows]
    if order:
        name, desc = order
        rows.sort(key=lambda r: (r.get(name, r.get("__row", {}).get(name)) is None,
                                 r.get(name, r.get("__row", {}).get(name))), reverse=desc)
    if limit is not None:
        rows = rows[:limit]
    return labels, rows


def show(sql):
    print(f"> {sql}")
    try:
        labels, rows = execute(sql)
    except (QueryError, KeyError) as e:
        print(f"  error: {type(e).__name__}: {e}")
        return
    widths = [max([len(str(l))] + [len(str(r.get(l))) for r in rows]) for l in labels]
    print("  " + " | ".join(str(l).ljust(w) for l, w in zip(labels, widths)))
    print("  " + "-+-".join("-" * w for w in widths))
    for r in rows:
        print("  " + " | ".join(str(r.get(l)).ljust(w) for l, w in zip(labels, widths)))
    print(f"  ({len(rows)} row{'s' if len(rows) != 1 else ''})")


for q in [
    "SELECT name, salary FROM emp WHERE dept = 'eng' ORDER BY salary DESC",
    "SELECT * FROM emp WHERE age < 30 OR salary IS NULL",
    "select dept, count(*) as n, avg(salary), max(age) from emp group by dept",
    "SELECT name FROM emp WHERE NOT (dept = 'eng' OR dept = 'ops') LIMIT 1",
    "SELECT name, age FROM emp WHERE salary >= 72 AND salary <= 95 ORDER BY age",
    "SELECT sum(salary) AS payroll, min(age) FROM emp",
    "SELECT name FROM staff",
    "SELECT name emp",
    "SELECT name FROM emp WHERE name = 'O''Neil' ; DROP",
    "SELECT nope FROM emp",
]:
    show(q)
