"""A miniature make: parses a Makefile-like text, resolves variables, orders
targets with graphlib, detects cycles, and simulates a build with fake
timestamps, printing what would run."""
import graphlib
import re
import shlex
from string import Template

MAKEFILE = r"""
CC = gcc
CFLAGS = -O2 -Wall
OBJS = main.o util.o parse.o

app: $(OBJS) lib/libfoo.a
	$(CC) $(CFLAGS) -o app $(OBJS) -Llib -lfoo

%.o: %.c common.h
	$(CC) $(CFLAGS) -c $< -o $@

lib/libfoo.a: foo.o
	ar rcs $@ $^

clean:
	rm -f app $(OBJS) foo.o lib/libfoo.a

.PHONY: clean
"""

MTIMES = {"main.c": 10, "util.c": 12, "parse.c": 30, "foo.c": 5, "common.h": 8,
          "main.o": 20, "util.o": 11, "foo.o": 6, "lib/libfoo.a": 7, "app": 25}


class MakeError(Exception):
    pass


def parse(text):
    variables, rules, patterns, phony = {}, {}, [], set()
    current = None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("\t"):
            if current is None:
                raise MakeError("recipe before first target")
            current["recipe"].append(raw[1:])
            continue
        m = re.match(r"^(\w+)\s*=\s*(.*)$", raw)
        if m:
            variables[m.group(1)] = m.group(2)
            continue
        target, _, deps = raw.partition(":")
        deps = expand(deps, variables).split()
        if target == ".PHONY":
            phony.update(deps)
            continue
        current = {"deps": deps, "recipe": []}
        if "%" in target:
            patterns.append((target, current))
        else:
            rules[target] = current
    return variables, rules, patterns, phony


def expand(text, variables, depth=0):
    if depth > 10:
        raise MakeError("recursive variable")
    out = re.sub(r"\$\((\w+)\)", lambda m: variables.get(m.group(1), ""), text)
    return expand(out, variables, depth + 1) if "$(" in out else out


def rule_for(target, rules, patterns):
    if target in rules:
        return rules[target]
    for pat, rule in patterns:
        regex = "^" + re.escape(pat).replace("%", "(.+)") + "$"
        m = re.match(regex, target)
        if m:
            stem = m.group(1)
            return {"deps": [d.replace("%", stem) for d in rule["deps"]],
                    "recipe": rule["recipe"]}
    return None


def plan(goal, variables, rules, patterns, phony):
    graph, resolved = {}, {}
    todo = [goal]
    while todo:
        t = todo.pop()
        if t in graph:
            continue
        rule = rule_for(t, rules, patterns)
        if rule is None:
            if t not in MTIMES:
                raise MakeError(f"No rule to make target '{t}'")
            graph[t] = []
            continue
        resolved[t] = rule
        graph[t] = list(rule["deps"])
        todo.extend(rule["deps"])
    order = list(graphlib.TopologicalSorter(graph).static_order())
    clock = max(MTIMES.values())
    for t in order:
        if t not in resolved:
            continue
        rule = resolved[t]
        stale = (t in phony or t not in MTIMES or
                 any(MTIMES.get(d, 0) > MTIMES[t] for d in rule["deps"]))
        if not stale:
            print(f"  {t}: up to date")
            continue
        env = dict(variables)
        for line in rule["recipe"]:
            cmd = expand(line, env)
            cmd = cmd.replace("$@", t).replace("$^", " ".join(rule["deps"]))
            cmd = cmd.replace("$<", rule["deps"][0] if rule["deps"] else "")
            print("  $", " ".join(shlex.quote(a) for a in shlex.split(cmd)))
        clock += 1
        MTIMES[t] = clock


variables, rules, patterns, phony = parse(MAKEFILE)
print(sorted(variables.items()))
print(sorted(rules), [p for p, _ in patterns], sorted(phony))
for goal in ("app", "app", "clean", "missing.o", "nothing"):
    print(f"make {goal}")
    try:
        plan(goal, variables, rules, patterns, phony)
    except MakeError as e:
        print(f"  make: *** {e}.  Stop.")
cyclic = {"a": ["b"], "b": ["c"], "c": ["a"]}
try:
    list(graphlib.TopologicalSorter(cyclic).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))
print(Template("$CC ${CFLAGS}x $$1").substitute(variables))
print(Template("$CC $missing").safe_substitute(variables))
