"""A small CLI tool that parses user records and emits a JSON summary."""
from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from dataclasses import dataclass, field, asdict
from typing import Dict, List, Optional

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("usertool")

EMAIL_RE = re.compile(r"^(?P<user>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)$")
LINE_RE = re.compile(r"\s*(\w+)\s*,\s*(\d+)\s*,\s*(\S+)\s*(?:,\s*(.*))?$")

RAW = """
alice, 34, alice@example.com, admin;dev
bob, 27, bob@@broken, dev
carol, 41, carol.smith@mail.example.org
dave, x, dave@example.com
erin, 19, erin+test@example.com, qa;dev;ops
"""


@dataclass
class User:
    name: str
    age: int
    email: str
    tags: List[str] = field(default_factory=list)
    domain: Optional[str] = None

    def __post_init__(self) -> None:
        m = EMAIL_RE.match(self.email)
        if not m:
            raise ValueError(f"invalid email {self.email!r}")
        self.domain = m.group("domain")

    @property
    def is_adult(self) -> bool:
        return self.age >= 21


@dataclass(frozen=True)
class Summary:
    count: int
    mean_age: float
    domains: Dict[str, int]
    tags: Dict[str, int]


def parse_lines(text: str) -> List[User]:
    users: List[User] = []
    for lineno, line in enumerate(text.strip().splitlines(), 1):
        m = LINE_RE.match(line)
        if not m:
            log.warning("line %d: cannot parse %r", lineno, line)
            continue
        name, age, email, tags = m.groups()
        try:
            user = User(name, int(age), email,
                        [t for t in (tags or "").split(";") if t])
        except ValueError as exc:
            log.error("line %d: %s", lineno, exc)
            continue
        log.debug("parsed %s", user)
        users.append(user)
    return users


def summarise(users: List[User]) -> Summary:
    domains: Dict[str, int] = {}
    tags: Dict[str, int] = {}
    for u in users:
        domains[u.domain] = domains.get(u.domain, 0) + 1
        for t in u.tags:
            tags[t] = tags.get(t, 0) + 1
    mean = sum(u.age for u in users) / len(users) if users else 0.0
    return Summary(len(users), round(mean, 2), dict(sorted(domains.items())),
                   dict(sorted(tags.items())))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="usertool", description="Summarise users")
    p.add_argument("--min-age", type=int, default=0, help="minimum age")
    p.add_argument("--tag", action="append", default=[], help="filter by tag")
    p.add_argument("--indent", type=int, default=None)
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("mode", choices=["summary", "list"])
    return p


def main(argv: List[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.verbose:
        log.setLevel(logging.DEBUG)
    else:
        log.setLevel(logging.INFO)
    users = parse_lines(RAW)
    users = [u for u in users if u.age >= args.min_age]
    if args.tag:
        users = [u for u in users if set(args.tag) & set(u.tags)]
    log.info("%d users after filtering", len(users))
    if args.mode == "summary":
        print(json.dumps(asdict(summarise(users)), indent=args.indent, sort_keys=True))
    else:
        for u in users:
            d = asdict(u)
            d["adult"] = u.is_adult
            print(json.dumps(d))
    return 0


if __name__ == "__main__":
    for argv in (["summary"], ["list", "--min-age", "20"],
                 ["summary", "--tag", "dev", "--indent", "2"],
                 ["list", "-v", "--tag", "qa"]):
        print("$ usertool", " ".join(argv))
        rc = main(argv)
        print("exit", rc)
    print(repr(User("zed", 50, "z@z.io")))
    s = summarise([])
    print(s)
    try:
        s.count = 3
    except Exception as e:
        print(type(e).__name__, e)
