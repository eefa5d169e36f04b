"""Backup and restore of a whole site: the database as a portable JSON dump
(natural keys for content types and permissions, so it loads into SQLite or
PostgreSQL alike, and moves a site from one to the other), the public media
and the citizens' private documents, in one ``.tar.gz``.

The search index is not in it: it is rebuilt from the restored database.
``manage.py backup_site`` and ``manage.py restore_site`` are the commands;
deploy/README.md says when to run them."""

from .archive import BackupError, backup_site, restore_site

__all__ = ["BackupError", "backup_site", "restore_site"]
