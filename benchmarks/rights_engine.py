"""How long the rights engine takes to evaluate one answer set.

Target (issue 10): under 2 ms for 500 rights, and a cost that grows linearly
from 50 to 5,000 rights. Rights are generated with rules shaped like the
facts file's (an "all" of three to five parts, one of them an "any" of two
"all" groups, about one right in four using another right), on the 16
questions of the test fixture; the answer set answers most questions and
leaves a few unknown, as a citizen half-way through would.

The baseline, in the same run, is evaluating the 50-right set: the ratios
say how the cost grows with the number of rights (linear growth: about
10 and 100).

Then the server time of the results page on the demo set (target: under
30 ms median): the demo is seeded into a throw-away SQLite database, a demo
persona answers the French explorer's questions through Django's test
client, and the results screen is posted again N times with the signed
answers (what "Back to the results" does). The baseline, in the same run, is
the explorer's introduction (a GET), so the ratio says what the evaluation
and the results add to an ordinary page. Seeding takes about a minute.

Run: .venv/bin/python benchmarks/rights_engine.py [--engine-only] [--repeat 50]

No figure here is an assertion; tests count queries, never time.
"""

import argparse
import io
import json
import os
import random
import re
import statistics
import sys
import tempfile
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


def engine_times():
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



def _form_answer(question_type, value):
    """A persona's answer as the explorer's form posts it."""
    from rights_explorer.engine import DONT_KNOW
    from rights_explorer.journey_forms import NONE_OF_THESE

    if value is None:
        return {"dont_know": "on"} if question_type in ("number", "age") else {
            "answer": DONT_KNOW}
    if question_type == "boolean":
        return {"answer": "yes" if value else "no"}
    if question_type == "multi":
        return {"answer": list(value) or [NONE_OF_THESE]}
    return {"answer": str(value)}


def _answered_state(client, url, persona, questions):
    """The signed answers once the persona has answered every question asked."""
    types = {question["slug"]: question["type"] for question in questions}
    response = client.post(url, {})
    while 'name="action" value="answer"' in (html := response.content.decode()):
        slug = re.search(r'name="question" value="([^"]+)"', html)[1]
        state = re.search(r'name="state" value="([^"]+)"', html)[1]
        response = client.post(url, {"state": state, "question": slug, "action": "answer",
                                     **_form_answer(types[slug], persona["answers"].get(slug))})
    return re.search(r'name="state" value="([^"]+)"', response.content.decode())[1]


def _timed(request, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = request()
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    times.sort()
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)]


def results_page_times(repeat):
    """Server time of the results page on the demo set, and of the intro."""
    root = ROOT / "site"
    sys.path.insert(0, str(root))
    tmp = Path(tempfile.mkdtemp(prefix="balise-bench-rights-"))
    os.environ["BALISE_VAR_DIR"] = str(tmp)
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import logging

    import django

    django.setup()
    logging.getLogger("django.request").setLevel(logging.ERROR)
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from demo import data_files
    from rights_explorer.models import RightsExplorerPage

    call_command("migrate", verbosity=0)
    call_command("seed_demo", "--no-admin", verbosity=0, stdout=io.StringIO())
    with override_settings(ALLOWED_HOSTS=["*"]):
        client = Client()
        explorer = RightsExplorerPage.objects.live().get(locale__language_code="fr")
        persona = data_files.personas()[0]
        state = _answered_state(client, explorer.url, persona, data_files.rights_questions())

        def results():
            return client.post(explorer.url, {"state": state, "action": "results"})

        def intro():
            return client.get(explorer.url)

        assert "results" in results().content.decode()
        intro_median, intro_p95 = _timed(intro, repeat)
        median, p95 = _timed(results, repeat)
        with CaptureQueriesContext(connection) as queries:
            results()
    print(f"results page on the demo set ({persona['name']}, {repeat} POSTs): "
          f"{median:.1f} ms median, {p95:.1f} ms p95, {len(queries)} SQL queries "
          f"(target: under 30 ms median)")
    print(f"baseline, the explorer's introduction ({repeat} GETs): {intro_median:.1f} ms median, "
          f"{intro_p95:.1f} ms p95; results / introduction: {median / intro_median:.1f} x")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine-only", action="store_true",
                        help="Only the engine on generated rights (no database).")
    parser.add_argument("--repeat", type=int, default=50,
                        help="Requests per measure of the results page (default 50).")
    options = parser.parse_args()
    engine_times()
    if not options.engine_only:
        results_page_times(options.repeat)


if __name__ == "__main__":
    main()
