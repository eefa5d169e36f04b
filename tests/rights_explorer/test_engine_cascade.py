"""A right used as a condition follows that right's outcome: receiving the
revenu d'intégration unlocks the increased reimbursement, which unlocks the
reduced transport fare."""

from rights_explorer.engine import evaluate

from .engine_helpers import rules

RIS = ("revenu-integration", {"all": [{"question": "age", "op": "gte", "value": 18},
                                      {"question": "income", "op": "lt", "value": 1314.2}]})
BIM = ("intervention-majoree", {"any": [{"right": "revenu-integration"},
                                        {"question": "benefits", "op": "contains",
                                         "value": "grapa"}]})
STIB = ("tarif-preferentiel-stib", {"all": [{"question": "region", "op": "eq",
                                             "value": "brussels"},
                                            {"right": "intervention-majoree"}]})
ERIS = ("aide-equivalente", {"not": {"right": "revenu-integration"}})


def outcomes(answers, *rights):
    return evaluate(rules(*rights), answers).outcomes()


def test_a_right_depending_on_another_follows_its_outcome():
    assert outcomes({"age": 30, "income": 900}, RIS, BIM)["intervention-majoree"] == "likely"
    assert outcomes({"age": 30}, RIS, BIM)["intervention-majoree"] == "possible"
    assert outcomes({"age": 30, "income": 5000, "benefits": []}, RIS, BIM)[
        "intervention-majoree"] == "unlikely"


def test_a_chain_of_rights_is_followed_whatever_order_they_are_written_in():
    answers = {"age": 30, "income": 900, "region": "brussels"}
    for order in [(RIS, BIM, STIB), (STIB, BIM, RIS), (BIM, STIB, RIS)]:
        result = outcomes(answers, *order)
        assert result == {"revenu-integration": "likely", "intervention-majoree": "likely",
                          "tarif-preferentiel-stib": "likely"}
        assert list(result) == [slug for slug, _ in order]  # results in the rules' order


def test_a_possible_right_leaves_the_rights_it_unlocks_possible():
    result = outcomes({"region": "brussels"}, STIB, BIM, RIS)
    assert result["tarif-preferentiel-stib"] == "possible"


def test_not_a_right_is_true_where_that_right_is_unlikely():
    assert outcomes({"age": 15}, RIS, ERIS)["aide-equivalente"] == "likely"
    assert outcomes({"age": 30, "income": 1}, RIS, ERIS)["aide-equivalente"] == "unlikely"
    assert outcomes({}, RIS, ERIS)["aide-equivalente"] == "possible"


def test_the_status_of_a_right_condition_is_that_rights_truth():
    result = evaluate(rules(RIS, BIM), {"age": 30, "income": 900})["intervention-majoree"]
    assert [(c.node.right, str(c.truth)) for c in result.conditions
            if hasattr(c.node, "right")] == [("revenu-integration", "true")]
