"""How a statement's compliance status follows from a manual audit.

Pure: takes each criterion's results over the audit's samples, no ORM. The
EU model knows three statuses; an audit with criteria nobody assessed gives
none, so no statement can be published from it (issue 12, points 4 and 7).
"""

PASS = "pass"  # noqa: S105 (a result, not a password)
FAIL = "fail"
CANNOT_TELL = "cannot_tell"
NOT_APPLICABLE = "not_applicable"
NOT_ASSESSED = "not_assessed"
RESULTS = (PASS, FAIL, CANNOT_TELL, NOT_APPLICABLE, NOT_ASSESSED)

FULLY = "fully"
PARTIALLY = "partially"
NOT_COMPLIANT = "not"
# The EU model's "not compliant": most requirements are not met.
NOT_COMPLIANT_SHARE = 0.5


def criterion_result(results):
    """One criterion over every sample (shared parts included): failed
    anywhere is failed; unknown anywhere is unknown; otherwise passed, or not
    applicable when it applies to no sample."""
    results = list(results)
    if not results or NOT_ASSESSED in results:
        return NOT_ASSESSED
    if FAIL in results:
        return FAIL
    if CANNOT_TELL in results:
        return CANNOT_TELL
    if PASS in results:
        return PASS
    return NOT_APPLICABLE


def compliance_status(by_criterion):
    """``by_criterion``: {number: [result per sample]}. Returns FULLY,
    PARTIALLY or NOT_COMPLIANT, or None while any criterion is not assessed
    on every sample."""
    outcomes = [criterion_result(results) for results in by_criterion.values()]
    if not outcomes or NOT_ASSESSED in outcomes:
        return None
    applicable = [outcome for outcome in outcomes if outcome != NOT_APPLICABLE]
    failed = sum(outcome == FAIL for outcome in applicable)
    if applicable and failed / len(applicable) > NOT_COMPLIANT_SHARE:
        return NOT_COMPLIANT
    # "cannot tell" is no proof of conformance: full compliance needs passes.
    if failed or CANNOT_TELL in applicable:
        return PARTIALLY
    return FULLY
