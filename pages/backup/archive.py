"""One ``.tar.gz`` holding a site: ``manifest.json``, ``database/*.json`` and
the file folders (``media/``, ``private-documents/``).

Restoring writes files only inside those folders (tar's "data" filter: no
absolute path, no ``..``, no links leading out), and refuses a database that
already holds a site unless asked to replace it."""

import datetime
import json
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from ..frame.cache import bump
from . import database

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE = "database"  # a folder of JSON files, loaded in the manifest's order


class BackupError(Exception):
    """A backup that cannot be written or restored; the message says why."""


def file_folders():
    """Folder name in the archive -> where it lives on this site:
    ``MEDIA_ROOT``, and the folders an app keeps apart (an AppConfig's
    ``backup_folders()``: the contact forms' private documents)."""
    folders = {"media": Path(settings.MEDIA_ROOT)}
    for config in apps.get_app_configs():
        hook = getattr(config, "backup_folders", None)
        if callable(hook):
            folders.update({name: Path(path) for name, path in hook().items()})
    return folders


def backup_site(out_path):
    """Write the backup to ``out_path``; return what it holds (for the
    command's summary)."""
    out_path = Path(out_path)
    with tempfile.TemporaryDirectory(prefix="balise-backup-") as work:
        dump = Path(work) / DATABASE
        dump.mkdir()
        files_in_order = database.dump(dump)
        manifest = {
            "database_files": [path.name for path in files_in_order],
            "format": FORMAT,
            "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "database_engine": connection.vendor,
            "migrations": database.applied_migrations(),
        }
        manifest_file = Path(work) / MANIFEST
        manifest_file.write_text(json.dumps(manifest, indent=1))
        partial = out_path.with_name(out_path.name + ".partial")
        files = 0
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(manifest_file, MANIFEST)
            for path in files_in_order:
                archive.add(path, f"{DATABASE}/{path.name}")
            for name, folder in file_folders().items():
                if folder.is_dir():
                    for path in sorted(folder.rglob("*")):
                        if path.is_file() and not path.is_symlink():
                            archive.add(path, f"{name}/{path.relative_to(folder)}",
                                        recursive=False)
                            files += 1
        partial.replace(out_path)  # never a half-written backup under the real name
    return {"files": files, "bytes": out_path.stat().st_size}


def read_manifest(archive):
    try:
        manifest = json.load(archive.extractfile(MANIFEST))
    except (KeyError, ValueError, TypeError) as error:
        raise BackupError("This is not a Balise backup: it has no readable manifest.") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Backup format {manifest.get('format')!r} is not one this "
                          f"version reads ({FORMAT}).")
    return manifest


def restore_site(in_path, force=False, rebuild_index=True):
    """Load the backup into this site's database and folders, then rebuild
    the search index."""
    try:
        archive = tarfile.open(in_path, "r:gz")
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"Cannot read {in_path}: {error}") from error
    with archive, tempfile.TemporaryDirectory(prefix="balise-restore-") as work:
        manifest = read_manifest(archive)
        missing = sorted(set(manifest["migrations"]) - set(database.applied_migrations()))
        if missing:
            raise BackupError(
                "The backup was made by a newer version of the site (migrations not applied "
                f"here: {', '.join(missing[:5])}). Install that version and run "
                "`manage.py migrate` first.")
        if database.holds_content() and not force:
            raise BackupError(
                "This database already holds a site (user accounts or pages). Restore into an "
                "empty database (after `manage.py migrate`), or add --force to replace "
                "everything in it.")
        names = [f"{DATABASE}/{Path(name).name}" for name in manifest["database_files"]]
        for name in names:
            try:
                archive.extract(name, work, filter="data")
            except KeyError as error:
                raise BackupError(f"The backup is incomplete: {name} is missing.") from error
        database.load([Path(work) / name for name in names])
        files = 0
        folders = file_folders()
        for member in archive.getmembers():
            name, _, rest = member.name.partition("/")
            if name in folders and rest and member.isfile():
                member.name = rest
                folders[name].mkdir(parents=True, exist_ok=True)
                archive.extract(member, folders[name], filter="data")
                files += 1
    # The page frame and the cached pages described the old site: a new
    # generation drops them all. Not cache.clear(): on Redis that empties the
    # whole database, other sites' keys and the abuse counters included.
    bump()
    if rebuild_index:
        call_command("update_index", verbosity=0)
    return {"files": files, "created": manifest["created"]}
