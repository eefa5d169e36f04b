"""Accessibility audits (axe-core in a real browser plus content checks),
their history and the accessibility statement."""
