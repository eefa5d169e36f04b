"""The run in axe's own result shape, one result per address, so that tools
that read axe's JSON (dashboards, axe-reporter-*) read Balise's audit too.

Content-rule and document findings are written as axe violations as well:
their own rule id, and the tags axe would give them ("wcag2a", "wcag244",
"EN-9.2.4.4"). Dismissed findings are left out of ``violations`` and counted
under ``balise``, with the run's own facts.
"""

import json
from collections import defaultdict

from ..findings import IMPACTS
from ..results import labels
from .rows import address_of, dismissal_text


def _node(finding):
    node = {"target": [finding.location] if finding.location else [],
            "html": finding.snippet, "impact": finding.impact,
            "failureSummary": labels.rule_hint(finding)}
    if finding.shared:
        node["balise"] = {"shared": True, "occurrences": finding.occurrences}
    return node


def _violations(findings):
    by_rule = defaultdict(list)
    for finding in findings:
        by_rule[finding.rule].append(finding)
    violations = []
    for rule, rows in by_rule.items():
        first = rows[0]
        violations.append({
            "id": rule,
            "impact": max((row.impact for row in rows), key=IMPACTS.index),
            "tags": labels.axe_tags(first),
            "description": labels.rule_hint(first),
            "help": labels.rule_title(first),
            "helpUrl": first.help_url,
            "nodes": [_node(row) for row in rows],
        })
    return violations


def results(summary):
    """The list of per-address results (plain data)."""
    run = summary.run
    findings_at = defaultdict(list)
    for finding in summary.findings:
        findings_at[address_of(finding, summary)].append(finding)
    addresses = {}
    for address in summary.addresses:
        addresses.setdefault(address.url, address)
    urls = list(dict.fromkeys([*addresses, *findings_at]))
    timestamp = run.started_at.isoformat()
    output = []
    for url in urls:
        rows = findings_at.get(url, [])
        address = addresses.get(url)
        dismissed = [row for row in rows if row.is_dismissed]
        balise = {
            "run": {"id": run.pk, "started_at": timestamp,
                    "finished_at": run.finished_at.isoformat() if run.finished_at else None,
                    "status": run.status, "full": run.is_full},
            "dismissed": len(dismissed),
            "dismissed_findings": [{"id": row.rule, "target": row.location,
                                    "reason": dismissal_text(row)} for row in dismissed],
            "new": [row.rule for row in rows if row.is_new and not row.is_dismissed],
        }
        if address is not None:
            balise.update(state=address.state, locale=address.locale, page=address.page_id,
                          loaded=address.loaded, reason=address.reason)
        output.append({
            "url": url,
            "timestamp": timestamp,
            "testEngine": {"name": "axe-core", "version": run.axe_version},
            "violations": _violations([row for row in rows if not row.is_dismissed]),
            "balise": balise,
        })
    return output


def render(summary):
    return json.dumps(results(summary), ensure_ascii=False, indent=2).encode("utf-8")
