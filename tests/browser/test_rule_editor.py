"""The rule editor in Wagtail's page editor, in a real browser, used with the
keyboard only: staff replace a right's rule with "all of these: age is at
least 18 (with its sentence in four languages), receives the integration
income, and any of these: the situation is one of 'student' or 'worker'",
save a draft, and the draft holds exactly the contract's JSON. The editor
passes axe with zero violations, and keyboard focus follows each change (a
new condition's first control, the same control after a redraw). Every rule
of the 19 real rights (the fixture) is drawn whole: each group and condition
with its operator, answers and sentences, and nothing rewritten."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from rights_explorer.models import RightPage
from tests.factories import make_site
from tests.rights_explorer.rights_factories import AGE_18, make_explorer, make_question, make_right

from .conftest import axe_violations, describe, load, replaced, sign_in, wait_until_idle

pytestmark = pytest.mark.browser

EDITOR = ".balise-rule-editor"
FIXTURE = Path(__file__).parent.parent / "rights_explorer" / "fixtures" / "rights_be.json"
WAIT = 30


@pytest.fixture
def right(transactional_db):
    make_site()
    make_question("in_belgium", text="Vivez-vous en Belgique ?", sort_order=1)
    make_question("age", "age", text="Quel âge avez-vous ?", sort_order=2)
    make_question("situation", "choice", text="Quelle est votre situation ?", sort_order=3,
                  choices=[{"value": "student", "label": {"fr": "Étudiant"}},
                           {"value": "worker", "label": {"fr": "Travailleur"}}])
    explorer = make_explorer()
    make_right(explorer, "revenu-integration", AGE_18, title="Le revenu d'intégration")
    return make_right(explorer, "prime-installation",
                      {"question": "in_belgium", "op": "eq", "value": True},
                      title="La prime d'installation")


def editor_violations(browser):
    """axe's findings inside the rule editor, with the whole editor on the
    screen. In a window shorter than the editor, whether a button or check box
    lies half under Wagtail's sticky header depends on where the last focus
    change scrolled the page, and axe then reports the half it can see as too
    small (WCAG 2.5.8): the finding would come and go from run to run. A tall
    window shows every target whole; the same targets, the same rules."""
    width, height = browser.get_window_size().values()
    browser.set_window_size(width, 6000)
    try:
        wait_until_idle(browser)
        return axe_violations(browser, include=EDITOR)[0]
    finally:
        browser.set_window_size(width, height)


def focused(browser):
    return browser.switch_to.active_element


def press(browser, css):
    """Tab-reachable button: focus it as the keyboard would, press Enter."""
    button = browser.find_element(By.CSS_SELECTOR, css)
    browser.execute_script("arguments[0].focus()", button)
    assert focused(browser) == button
    button.send_keys(Keys.ENTER)


def choose_with_arrows(browser, role, value):
    """Move through the focused select with the arrow keys until ``value``:
    each change redraws the tree, and the focus must stay on that select."""
    for _step in range(30):
        select = focused(browser)
        assert select.get_attribute("data-role") == role, "the focus stayed on the select"
        if select.get_attribute("value") == value:
            return
        select.send_keys(Keys.ARROW_DOWN)
    raise AssertionError(f"{value} is not offered in {role}")


def focus_place(browser):
    """The condition or group the focused control belongs to, and its role."""
    return tuple(browser.execute_script(
        "const item = document.activeElement;"
        "return [item.closest('[data-node]').dataset.node, item.dataset.role];"))


def choose(browser, css, value):
    select = browser.find_element(By.CSS_SELECTOR, css)
    browser.execute_script("arguments[0].focus()", select)
    choose_with_arrows(browser, select.get_attribute("data-role"), value)


def type_into(browser, css, text):
    field = browser.find_element(By.CSS_SELECTOR, css)
    browser.execute_script("arguments[0].focus()", field)
    focused(browser).send_keys(text)


def test_staff_build_a_rule_with_the_keyboard_and_the_draft_holds_its_json(
        live_server, browser, right, capsys):
    sign_in(browser, live_server)
    load(browser, f"{live_server.url}/admin/pages/{right.pk}/edit/")
    WebDriverWait(browser, WAIT).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "[data-rule-editor-tree] fieldset"))
    wait_until_idle(browser)  # and Wagtail's autosave off: only our save writes
    textarea = browser.find_element(By.ID, "id_rule")
    assert not textarea.is_displayed(), "with JavaScript, the tree replaces the textarea"

    press(browser, f"{EDITOR} [data-node='~'] [data-role=remove]")
    press(browser, f"{EDITOR} [data-role=add-group]")
    assert focused(browser).get_attribute("data-role") == "kind", "the new group's first control"
    assert focused(browser).get_attribute("value") == "all"

    press(browser, f"{EDITOR} [data-node='~'] > .balise-rule-editor__add [data-role=add-question]")
    choose_with_arrows(browser, "question", "age")
    op = browser.find_element(By.CSS_SELECTOR, f"{EDITOR} [data-node='~all[0]'] [data-role=op]")
    assert op.get_attribute("value") == "gte"
    assert "is at least" in op.text and "includes" not in op.text
    type_into(browser, f"{EDITOR} [data-node='~all[0]'] [data-role=value]", "18")
    for code, sentence in AGE_18["text"].items():
        type_into(browser, f"{EDITOR} [data-node='~all[0]'] [data-role=text-{code}]", sentence)

    press(browser, f"{EDITOR} [data-node='~'] > .balise-rule-editor__add [data-role=add-right]")
    choose_with_arrows(browser, "right", "revenu-integration")
    options = browser.find_elements(By.CSS_SELECTOR, f"{EDITOR} [data-role=right] option")
    assert "prime-installation" not in [option.get_attribute("value") for option in options]

    press(browser, f"{EDITOR} [data-node='~'] > .balise-rule-editor__add [data-role=add-group]")
    choose_with_arrows(browser, "kind", "any")
    nested = f"{EDITOR} [data-node='~all[2]']"
    press(browser, f"{nested} > .balise-rule-editor__add [data-role=add-question]")
    choose_with_arrows(browser, "question", "situation")
    choose(browser, f"{nested} [data-role=op]", "in")
    student, worker = browser.find_elements(By.CSS_SELECTOR, f"{nested} input[type=checkbox]")
    assert student.is_selected(), "'is' student became 'is one of' student"
    assert worker.accessible_name == "Travailleur"
    browser.execute_script("arguments[0].focus()", worker)
    focused(browser).send_keys(" ")  # the space bar ticks it
    assert worker.is_selected()

    press(browser, f"{nested} > .balise-rule-editor__actions [data-role=up]")
    assert focus_place(browser) == ("~all[1]", "up"), "the focus moves with the group"
    press(browser, f"{EDITOR} [data-node='~all[1]'] > .balise-rule-editor__actions "
                   "[data-role=down]")
    assert focus_place(browser) == ("~all[2]", "up"), "last again: no 'move down' any more"

    failures = describe(browser.current_url, editor_violations(browser))
    press(browser, f"{EDITOR} .balise-rule-editor__toggle")
    assert textarea.is_displayed(), "the rule's text can be shown"
    failures += describe(browser.current_url + " (text shown)",
                         editor_violations(browser))

    old = browser.find_element(By.TAG_NAME, "html")
    press(browser, "footer .action-save, .action-save")
    WebDriverWait(browser, WAIT).until(replaced(old))
    load(browser, browser.current_url)  # the edit page again, after the save
    wait_until_idle(browser)
    legends = [legend.get_attribute("textContent") for legend in browser.find_elements(
        By.CSS_SELECTOR, f"{EDITOR} [data-node] > legend")]
    assert legends == ["All of these", "Condition on a question", "Condition on another right",
                       "Any of these", "Condition on a question"]
    draft = RightPage.objects.get(pk=right.pk).get_latest_revision_as_object()
    assert draft.rule == {"all": [AGE_18, {"right": "revenu-integration"}, {"any": [
        {"question": "situation", "op": "in", "value": ["student", "worker"]}]}]}
    assert RightPage.objects.get(pk=right.pk).rule["question"] == "in_belgium", "not published"

    with capsys.disabled():
        print(f"\nrule editor: 2 axe runs, {len(failures)} violations")
    assert not failures, "\n".join(failures)


# What the tree shows of each condition, read back from the page.
DRAWN = """
    return [...document.querySelectorAll("[data-rule-editor-tree] [data-node]")].map((node) => {
        const own = (role) => [...node.querySelectorAll(`[data-role="${role}"]`)]
            .filter((item) => item.closest("[data-node]") === node);
        const values = own("value");
        return {
            path: node.dataset.node.slice(1),
            legend: node.querySelector("legend").textContent,
            question: own("question").map((item) => item.value)[0],
            op: own("op").map((item) => item.value)[0],
            right: own("right").map((item) => item.value)[0],
            values: values.map((item) => item.type === "checkbox" ? item.checked : item.value),
            texts: Object.fromEntries(["fr", "nl", "de", "en"].map(
                (code) => [code, own(`text-${code}`).map((item) => item.value)[0] || ""])),
        };
    });
"""


def expected_nodes(rule, path=""):
    """(path, node) for every node of a rule, in the tree's order."""
    yield path, rule
    for key in ("all", "any"):
        for index, child in enumerate(rule.get(key, [])):
            yield from expected_nodes(child, f"{path}.{key}[{index}]".lstrip("."))
    if rule.get("not"):
        yield from expected_nodes(rule["not"], f"{path}.not".lstrip("."))


def test_every_rule_of_the_real_rights_is_drawn_whole_and_passes_axe(
        live_server, browser, transactional_db, capsys):
    make_site()
    make_explorer()
    call_command("rights_import", str(FIXTURE), stdout=io.StringIO())
    sign_in(browser, live_server)
    failures, conditions = [], 0
    for page in RightPage.objects.order_by("path"):
        load(browser, f"{live_server.url}/admin/pages/{page.pk}/edit/")
        WebDriverWait(browser, WAIT).until(
            lambda b: b.find_elements(By.CSS_SELECTOR, "[data-rule-editor-tree] [data-node]"))
        drawn = {node["path"]: node for node in browser.execute_script(DRAWN)}
        expected = list(expected_nodes(page.rule))
        assert list(drawn) == [path for path, _node in expected], page.slug
        for path, node in expected:
            shown = drawn[path]
            assert "cannot show" not in shown["legend"], (page.slug, path)
            if "question" in node:
                conditions += 1
                assert (shown["question"], shown["op"]) == (node["question"], node["op"])
                if isinstance(node["value"], list):
                    assert shown["values"].count(True) == len(node["value"]), (page.slug, path)
                else:
                    assert json.loads(shown["values"][0]) == node["value"], (page.slug, path)
            if "right" in node:
                assert shown["right"] == node["right"]
            if "text" in node:
                assert shown["texts"] == node["text"], (page.slug, path)
        assert json.loads(browser.find_element(By.ID, "id_rule").get_attribute("value")) \
            == page.rule, "drawing the tree changes nothing"
        failures += describe(browser.current_url, editor_violations(browser))
    with capsys.disabled():
        print(f"\nrule editor: {conditions} conditions of the real rights drawn, "
              f"{len(failures)} axe violations")
    assert conditions > 19
    assert not failures, "\n".join(failures)


def test_a_refused_rule_shows_each_problem_next_to_its_condition(
        live_server, browser, right, capsys):
    right.rule = {"all": [{"question": "in_belgium", "op": "eq", "value": True}]}
    right.save_revision().publish()
    sign_in(browser, live_server)
    load(browser, f"{live_server.url}/admin/pages/{right.pk}/edit/")
    WebDriverWait(browser, WAIT).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "[data-rule-editor-tree] fieldset"))
    wait_until_idle(browser)
    leaf = f"{EDITOR} [data-node='~all[0]']"
    choose(browser, f"{leaf} [data-role=question]", "situation")
    choose(browser, f"{leaf} [data-role=op]", "in")
    student = browser.find_element(By.CSS_SELECTOR, f"{leaf} input[type=checkbox]")
    browser.execute_script("arguments[0].focus()", student)
    focused(browser).send_keys(" ")  # no answer ticked any more: the engine refuses it
    assert not student.is_selected()

    old = browser.find_element(By.TAG_NAME, "html")
    press(browser, ".action-save")
    WebDriverWait(browser, WAIT).until(replaced(old))
    WebDriverWait(browser, WAIT).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "[data-rule-editor-tree] fieldset"))
    wait_until_idle(browser)
    message = "'in' needs a non-empty list of values"
    problem = browser.find_element(By.CSS_SELECTOR, f"{leaf} .balise-rule-editor__problem")
    assert problem.text == f"Problem: {message}"
    listed = browser.execute_script(
        "return document.getElementById('id_rule').closest('[data-field]')"
        ".querySelector('[data-field-errors]').textContent")
    assert f"prime-installation: all[0]: {message}" in listed, "the field's list stays"
    failures = describe(browser.current_url, editor_violations(browser))

    press(browser, f"{leaf} [data-role=remove]")
    assert not browser.find_elements(By.CSS_SELECTOR, f"{EDITOR} .balise-rule-editor__problem"), \
        "a change in the tree leaves the saved problems behind"
    with capsys.disabled():
        print(f"\nrule editor with a problem: {len(failures)} axe violations")
    assert not failures, "\n".join(failures)
