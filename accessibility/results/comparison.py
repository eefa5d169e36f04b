"""Which findings are new, fixed or still there between two runs.

Pure: it works on keys only (a finding's fingerprint and page, see
``AuditFinding.key``), so that the rule "same problem, same place" is decided
in one place and tested without a database.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Comparison:
    new: frozenset  # in the current run only
    fixed: frozenset  # in the previous run only
    kept: frozenset  # in both

    @property
    def changed(self):
        return bool(self.new or self.fixed)


def compare(previous_keys, current_keys):
    """``previous_keys`` None means there is no previous run to compare with:
    nothing is new and nothing is fixed (a first run is not a wave of new
    problems)."""
    current = frozenset(current_keys)
    if previous_keys is None:
        return Comparison(new=frozenset(), fixed=frozenset(), kept=current)
    previous = frozenset(previous_keys)
    return Comparison(new=current - previous, fixed=previous - current,
                      kept=current & previous)
