"""A CLI (argparse subcommands) whose side effects are checked with unittest.mock in a unittest suite."""
import argparse
import io
import os
import sys
import unittest
from unittest import mock


class Store:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self.items[name]

    def remove(self, name):
        return self.items.pop(name)


def build_parser():
    p = argparse.ArgumentParser(prog="inv", description="Tiny inventory tool")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add", help="add stock")
    a.add_argument("name")
    a.add_argument("qty", type=int, nargs="?", default=1)
    r = sub.add_parser("rm", help="remove an item")
    r.add_argument("name")
    r.add_argument("--force", action="store_true")
    sub.add_parser("env", help="show INV_ settings")
    return p


def main(argv, store, out=sys.stdout):
    args = build_parser().parse_args(argv)
    if args.cmd == "add":
        total = store.add(args.name, args.qty)
        print(f"{args.name}: {total}", file=out)
    elif args.cmd == "rm":
        try:
            store.remove(args.name)
        except KeyError:
            if not args.force:
                print(f"no such item: {args.name}", file=out)
                return 1
        print(f"removed {args.name}", file=out)
    elif args.cmd == "env":
        for k in sorted(os.environ):
            if k.startswith("INV_"):
                print(f"{k[4:].lower()}={os.environ[k]}", file=out)
    if args.verbose:
        print(f"(verbosity {args.verbose})", file=out)
    return 0


class CliTests(unittest.TestCase):
    def setUp(self):
        self.store = mock.create_autospec(Store, instance=True)
        self.out = io.StringIO()

    def test_add_default_qty(self):
        self.store.add.return_value = 1
        self.assertEqual(main(["add", "bolt"], self.store, self.out), 0)
        self.store.add.assert_called_once_with("bolt", 1)
        self.assertEqual(self.out.getvalue(), "bolt: 1\n")

    def test_add_verbose(self):
        self.store.add.side_effect = [3, 10]
        main(["-vv", "add", "nut", "3"], self.store, self.out)
        main(["add", "nut", "7"], self.store, self.out)
        self.assertEqual(self.store.add.call_args_list, [mock.call("nut", 3), mock.call("nut", 7)])
        self.assertEqual(self.out.getvalue().splitlines(), ["nut: 3", "(verbosity 2)", "nut: 10"])

    def test_rm_missing(self):
        self.store.remove.side_effect = KeyError("gear")
        self.assertEqual(main(["rm", "gear"], self.store, self.out), 1)
        self.assertIn("no such item", self.out.getvalue())

    def test_rm_force(self):
        self.store.remove.side_effect = KeyError
        self.assertEqual(main(["rm", "gear", "--force"], self.store, self.out), 0)

    def test_autospec_rejects_bad_call(self):
        with self.assertRaises(TypeError):
            self.store.add("only-one-arg")

    @mock.patch.dict(os.environ, {"INV_COLOR": "no", "INV_DB": "/tmp/x.db", "OTHER": "1"})
    def test_env(self):
        main(["env"], self.store, self.out)
        self.assertEqual(self.out.getvalue(), "color=no\ndb=/tmp/x.db\n")

    def test_bad_usage_exits(self):
        with mock.patch("sys.stderr", new_callable=io.StringIO) as err:
            with self.assertRaises(SystemExit) as cm:
                main(["add"], self.store, self.out)
        self.assertEqual(cm.exception.code, 2)
        print("\n" + err.getvalue().strip())

    @mock.patch("builtins.print")
    def test_print_patched(self, fake_print):
        self.store.add.return_value = 5
        main(["add", "washer", "5"], self.store)
        fake_print.assert_called_once_with("washer: 5", file=sys.stdout)

    @unittest.expectedFailure
    def test_known_bug(self):
        self.store.add.return_value = 2
        main(["add", "x", "2"], self.store, self.out)
        self.store.add.assert_called_once_with("x", "2")


if __name__ == "__main__":
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    prog = unittest.main(argv=["cli_tests"], testRunner=runner, exit=False)
    lines = [l for l in stream.getvalue().splitlines() if not l.startswith("Ran ")]
    print("\n".join(lines))
    print(prog.result.testsRun, len(prog.result.failures), len(prog.result.expectedFailures))
