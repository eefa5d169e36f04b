"""The PostgreSQL path of the demo snapshot (tests/demo_snapshot.py).

PostgreSQL has no online copy of a database to memory as SQLite has: each
table the test flush empties is copied out with ``COPY ... TO STDOUT`` (binary,
in memory, a few MB for the demo) and put back with ``COPY ... FROM STDIN``
after one ``TRUNCATE ... RESTART IDENTITY CASCADE``. The tables come back in
any order: Django creates PostgreSQL's foreign keys ``DEFERRABLE INITIALLY
DEFERRED``, so they are checked once, at the commit, when every row is back.
The sequences are then set to where they were after the seeding, so the next
row a test writes gets the id it would have had.
"""

from django.db import connection, transaction


def take():
    """The rows of every table and the value of every sequence, now."""
    quote = connection.ops.quote_name
    tables = sorted(connection.introspection.django_table_names(
        only_existing=True, include_views=False))
    rows = {}
    with connection.cursor() as cursor:
        for table in tables:
            with cursor.cursor.copy(f"COPY {quote(table)} TO STDOUT (FORMAT binary)") as copy:
                rows[table] = b"".join(bytes(block) for block in copy)
        cursor.execute(
            "SELECT schemaname, sequencename, last_value FROM pg_sequences"
            " WHERE schemaname = current_schema()")
        sequences = cursor.fetchall()
    return rows, sequences


def restore(copy):
    """Put back what ``take`` returned, in one transaction."""
    rows, sequences = copy
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(quote(table) for table in rows)}"
                       " RESTART IDENTITY CASCADE")
        for table, data in rows.items():
            with cursor.cursor.copy(f"COPY {quote(table)} FROM STDIN (FORMAT binary)") as pipe:
                pipe.write(data)
        for schema, name, last_value in sequences:
            # a sequence never used has no value: its next one is its start
            cursor.execute("SELECT setval(%s, %s, %s)",
                           [f"{quote(schema)}.{quote(name)}", last_value or 1,
                            last_value is not None])
