"""Student grade report: read CSV with DictReader, aggregate, write a CSV summary."""
import csv
import io
from collections import defaultdict

RAW = """student,course,assignment,score,max_score
Ana,Math,hw1,18,20
Ana,Math,hw2,17,20
Ana,Math,exam,71,100
Ben,Math,hw1,12,20
Ben,Math,exam,58,100
Ana,Physics,lab1,9,10
Ben,Physics,lab1,7,10
Ben,Physics,exam,"81",100
Cleo,Math,hw1,20,20
Cleo,Math,hw2,19,20
Cleo,Math,exam,93,100
Cleo,Physics,lab1,10,10
Cleo,Physics,exam,88,100
Dan,"Math, Advanced",project,45,50
Dan,Physics,lab1,,10
"""

WEIGHTS = {"hw": 0.3, "lab": 0.3, "exam": 0.6, "project": 1.0}


def kind(assignment):
    for prefix in WEIGHTS:
        if assignment.startswith(prefix):
            return prefix
    raise ValueError("unknown assignment " + assignment)


def letter(pct):
    for bound, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if pct >= bound:
            return grade
    return "F"


def load(text):
    reader = csv.DictReader(io.StringIO(text))
    print("columns:", reader.fieldnames)
    rows, skipped = [], []
    for row in reader:
        if not row["score"]:
            skipped.append((reader.line_num, row["student"], row["assignment"]))
            continue
        row["score"] = int(row["score"])
        row["max_score"] = int(row["max_score"])
        rows.append(row)
    return rows, skipped


def aggregate(rows):
    parts = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in rows:
        bucket = parts[(row["student"], row["course"])][kind(row["assignment"])]
        bucket[0] += row["score"]
        bucket[1] += row["max_score"]
    results = []
    for (student, course), kinds in sorted(parts.items()):
        total_weight = sum(WEIGHTS[k] for k in kinds)
        pct = sum(WEIGHTS[k] * got / top for k, (got, top) in kinds.items()) / total_weight * 100
        results.append({"student": student, "course": course,
                        "percent": round(pct, 1), "grade": letter(pct),
                        "parts": ";".join(sorted(kinds))})
    return results


rows, skipped = load(RAW)
print("loaded", len(rows), "rows; skipped", skipped)
results = aggregate(rows)

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["student", "course", "percent", "grade", "parts"],
                        lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
writer.writeheader()
writer.writerows(results)
print(out.getvalue(), end="")

out2 = io.StringIO()
w2 = csv.writer(out2, delimiter="|", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
by_course = defaultdict(list)
for r in results:
    by_course[r["course"]].append(r["percent"])
for course, pcts in sorted(by_course.items()):
    w2.writerow([course, len(pcts), round(sum(pcts) / len(pcts), 2), max(pcts)])
print(out2.getvalue(), end="")

back = list(csv.reader(io.StringIO(out2.getvalue()), delimiter="|", quoting=csv.QUOTE_NONNUMERIC))
print(back)
print(csv.list_dialects() and sorted(csv.list_dialects()))
sniffed = list(csv.DictReader(io.StringIO("a;b\n1;2\n"), delimiter=";"))
print(sniffed)
try:
    csv.DictWriter(io.StringIO(), fieldnames=["x"]).writerow({"x": 1, "y": 2})
except ValueError as e:
    print("ValueError:", e)
