"""How citizens reach the centre: contact channels with their opening
hours ("open now, until 12:00"), the organisation's details and the site
setting that points to them. ``opening_hours`` is pure Python."""
