"""How long the rights engine takes to evaluate one answer set.

Target (issue 10): under 2 ms for 500 rights, and a cost that grows linearly
from 50 to 5,000 rights. Rights are generated with rules shaped like the
facts file's (an "all" of three to five parts, one of them an "any" of two
"all" groups, about one right in four using another right), on the 16
questions of the test fixture; the answer set answers most questions and
leaves a few unknown, as a citizen half-way through would.

The baseline, in the same run, is evaluating the 50-right set: the ratios
say how the cost grows with the number of rights (linear growth: about
10 and 100). The server time of the results page is measured separately,
once the page exists.

Run: .venv/bin/python benchmarks/rights_engine.py
"""

import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rights_explorer.engine import evaluate, loads, parse  # noqa: E402

FIXTURE = ROOT / "tests" / "rights_explorer" / "fixtures" / "rights_be.json"
SIZES = (50, 500, 5000)
REPEATS = 31
ANSWERS = {"age": 34, "region": "brussels", "residence_status": "belgian",
           "household": "alone", "has_children": True, "children_count": 2,
           "monthly_income": "1 250,50", "benefits": [], "difficulties": ["food", "debts"],
           "housing": "tenant", "heating": "gas", "able_to_work": "dont_know"}


def leaf_conditions(questions):
    """Every condition the fixture's rules use, to draw realistic leaves from."""
    found = []

    def collect(node):
        if "question" in node:
            found.append(node)
        for key in ("all", "any"):
            for child in node.get(key, []):
                collect(child)
        if "not" in node:
            collect(node["not"])

    for right in json.loads(FIXTURE.read_text(encoding="utf-8"))["rights"]:
        collect(right["rule"])
    return found


def generated(count, seed=10):
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    leaves = leaf_conditions(data["questions"])
    pick = random.Random(seed)  # noqa: S311 - a repeatable benchmark, not a secret
    rights = []
    for number in range(count):
        parts = [pick.choice(leaves) for _ in range(pick.randint(2, 4))]
        parts.append({"any": [{"all": pick.sample(leaves, 2)}, {"all": pick.sample(leaves, 2)}]})
        if number > 10 and pick.random() < 0.25:
            parts.append({"right": f"right-{pick.randrange(number - 10, number)}"})
        if pick.random() < 0.2:
            parts[0] = {"not": parts[0]}
        rights.append({"slug": f"right-{number}", "title": f"Droit {number}",
                       "rule": {"all": parts}})
    return parse({"questions": data["questions"], "rights": rights})


def median_ms(ruleset):
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        evaluate(ruleset, ANSWERS)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    real = loads(FIXTURE.read_text(encoding="utf-8"))
    print(f"facts file ({len(real.rights)} rights): {median_ms(real):.3f} ms median")
    baseline = None
    for size in SIZES:
        ruleset = generated(size)
        nodes = sum(len(right.nodes) for right in ruleset.rights)
        median = median_ms(ruleset)
        baseline = baseline or median
        print(f"{size:>5} rights ({nodes:>6} nodes): {median:8.3f} ms median, "
              f"{median / baseline:6.1f} x the 50-right baseline, "
              f"{median * 1000 / size:5.2f} µs per right")


if __name__ == "__main__":
    main()
