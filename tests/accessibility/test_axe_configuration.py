"""One axe configuration for CI, audits and the editor: which rules run, and
how a finding's WCAG success criterion and EN 301 549 clause are read."""

from accessibility.axe import configuration, script


def test_the_wcag_2_2_a_and_aa_tags_run_so_target_size_is_checked():
    tags = configuration.run_only_tags()
    assert tags[:5] == ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def test_en_301_549_runs_with_the_bundled_engine():
    assert "EN-301-549" in configuration.run_only_tags()


def test_en_301_549_v4_runs_only_when_the_engine_knows_it():
    def engine_with_v4(tag):
        return True

    def engine_without_v4(tag):
        return tag != "EN-301-549v4"

    assert configuration.run_only_tags(engine_with_v4)[-2:] == ["EN-301-549", "EN-301-549v4"]
    assert "EN-301-549v4" not in configuration.run_only_tags(engine_without_v4)
    assert configuration.run_only_tags(engine_without_v4)[-1] == "EN-301-549"


def test_the_bundled_axe_is_a_2024_release_that_has_the_wcag_2_2_rule():
    major, minor, _patch = (int(part) for part in script.axe_version().split("."))
    assert (major, minor) >= (4, 10)
    assert script.has_tag("wcag22aa") and script.has_tag("EN-9.1.1.1")
    assert not script.has_tag("no-such-tag")


def test_the_options_run_only_those_tags_and_keep_violations_and_incomplete():
    options = configuration.axe_options()
    assert options["runOnly"] == {"type": "tag", "values": configuration.run_only_tags()}
    assert options["resultTypes"] == ["violations", "incomplete"]


def test_success_criteria_are_read_from_the_tags():
    tags = ["cat.color", "wcag2aa", "wcag143", "wcag1410", "wcag2411", "EN-301-549",
            "EN-9.1.4.3", "ACT", "best-practice"]
    assert configuration.success_criteria(tags) == ["1.4.3", "1.4.10", "2.4.11"]
    assert configuration.success_criteria(["wcag2a", "wcag21aa", "wcag22aa"]) == []


def test_en_301_549_clauses_are_read_from_the_tags():
    tags = ["EN-301-549", "EN-301-549v4", "EN-9.1.4.3", "EN-9.2.5.8", "wcag143"]
    assert configuration.en_clauses(tags) == ["9.1.4.3", "9.2.5.8"]


def test_the_wcag_level_of_a_rule_is_read_from_its_level_tag():
    assert configuration.wcag_level(["wcag2aa", "wcag143"]) == "AA"
    assert configuration.wcag_level(["wcag2a", "wcag111"]) == "A"
    assert configuration.wcag_level(["wcag22aa", "wcag258"]) == "AA"
    assert configuration.wcag_level(["best-practice"]) == ""


def test_axe_message_catalogues_are_kept_for_french_and_german_only():
    assert script.axe_locale("fr")["rules"]["image-alt"]["help"] == \
        "Les images doivent avoir une alternative textuelle"
    assert script.axe_locale("de-be")["lang"] == "de"
    assert script.axe_locale("nl") is None and script.axe_locale("en") is None
