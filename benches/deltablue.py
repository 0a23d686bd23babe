# DeltaBlue: the incremental constraint-hierarchy solver of Freeman-Benson, Maloney and
# Borning. Constraints of different strengths (required ... weakest) relate variables;
# adding or removing a constraint re-plans incrementally by propagating "walkabout
# strengths", and a plan extracted from the input constraints is executed repeatedly.
# Two classic workloads: a long chain of equalities edited at one end, and a set of
# scale-and-offset projections edited from either side.
# Argument: length of the chain / number of projections.
import sys


class Strength:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def __repr__(self):
        return self.name

    def stronger(self, other):
        return self.rank < other.rank

    def weaker(self, other):
        return self.rank > other.rank

    def next_weaker(self):
        return STRENGTHS[self.rank + 1]


STRENGTHS = [
    Strength(rank, name)
    for rank, name in enumerate(
        ["required", "strong preferred", "preferred", "strong default", "normal", "weak default", "weakest"]
    )
]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS


def weakest_of(a, b):
    return a if a.weaker(b) else b


NONE, FORWARD, BACKWARD = 0, 1, -1


class UnsatisfiableError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def __repr__(self):
        return f"{self.name}={self.value}"

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark):
        """Tries to satisfy this constraint; returns the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise UnsatisfiableError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise UnsatisfiableError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        super().__init__(planner, strength)
        self.var = var
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.var.add_constraint(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.remove_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.var.mark != mark and self.strength.stronger(self.var.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable at its current value (unless something stronger changes it)."""


class EditConstraint(UnaryConstraint):
    """Marks a variable as an input the user is about to change."""

    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        super().__init__(planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.install()

    def variables(self):
        return (self.v1, self.v2)

    def add_to_graph(self):
        for v in self.variables():
            v.add_constraint(self)
        self.direction = NONE

    def remove_from_graph(self):
        for v in self.variables():
            v.remove_constraint(self)
        self.direction = NONE

    def choose_method(self, mark):
        v1, v2, s = self.v1, self.v2, self.strength
        if v1.mark == mark:
            self.direction = FORWARD if v2.mark != mark and s.stronger(v2.walk_strength) else NONE
        elif v2.mark == mark:
            self.direction = BACKWARD if s.stronger(v1.walk_strength) else NONE
        elif v1.walk_strength.weaker(v2.walk_strength):
            self.direction = BACKWARD if s.stronger(v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if s.stronger(v2.walk_strength) else BACKWARD

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def mark_inputs(self, mark):
        self.input().mark = mark

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """dest = src * scale + offset, solvable in either direction."""

    def __init__(self, planner, src, scale, offset, dest, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(planner, src, dest, strength)

    def variables(self):
        return (self.v1, self.v2, self.scale, self.offset)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def __len__(self):
        return len(self.steps)

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            if strength is WEAKEST:
                break
            strength = strength.next_weaker()

    def consumers(self, v):
        """The satisfied constraints that read v (all but the one determining it)."""
        determining = v.determined_by
        return [c for c in v.constraints if c is not determining and c.is_satisfied()]

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            todo.extend(self.consumers(d.output()))
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            unsatisfied.extend(c for c in v.constraints if not c.is_satisfied())
            for c in self.consumers(v):
                c.recalculate()
                todo.append(c.output())
        return unsatisfied

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.steps.append(c)
                out.mark = mark
                todo.extend(self.consumers(out))
        return plan

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def chain_test(n):
    """v0 = v1 = ... = vn; editing v0 must propagate to vn."""
    planner = Planner()
    variables = [Variable(f"v{i}") for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    first, last = variables[0], variables[-1]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_for([edit])
    failures = 0
    for value in range(100):
        first.value = value
        plan.execute()
        if last.value != value:
            failures += 1
    return len(plan), failures, last


def change(planner, var, value):
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.plan_for([edit])
    for _ in range(10):
        var.value = value
        plan.execute()
    edit.destroy()


def projection_test(n):
    """dst_i = src_i * scale + offset for n pairs, edited from every side."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    results = []
    change(planner, src, 17)
    results.append(dst.value)
    change(planner, dst, 1050)
    results.append(src.value)
    change(planner, scale, 5)
    bad = sum(1 for i in range(n - 1) if dests[i].value != i * 5 + 1000)
    change(planner, offset, 2000)
    bad += sum(1 for i in range(n - 1) if dests[i].value != i * 5 + 2000)
    results.append(bad)
    results.append(sum(d.value for d in dests))
    return results


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    for round_ in range(4):
        steps, failures, last = chain_test(n)
        print(f"chain {round_}: plan of {steps} steps, {failures} failures, last {last}")
        print(f"projection {round_}:", projection_test(n))
    try:
        planner = Planner()
        a, b = Variable("a"), Variable("b")
        EqualityConstraint(planner, a, b, REQUIRED)
        EditConstraint(planner, a, REQUIRED)
        EditConstraint(planner, b, REQUIRED)
    except UnsatisfiableError as e:
        print("conflict:", e)


main()
