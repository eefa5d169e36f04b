"""The automated audit (issue 12, points 2 and 3): every live page of every
language, and the states a crawler never sees, opened in N browsers with axe,
plus the content rules and the document checks, stored as one run
(``models.runs``). ``run.run_audit`` is the entry point; the command
``accessibility_audit`` and the tasks (``accessibility.tasks``) call it."""
