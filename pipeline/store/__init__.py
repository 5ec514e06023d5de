"""The SQLite database (through sqlite-utils).

- `schema.py`: every table, index, full-text index and view, in one place;
- `migrations.py`: what opening an older database adds, and the named steps recorded
  in its `_migrations` table;
- `writer.py`: `Store`, which writes one document per transaction and answers what
  ingest asks (known hashes, failed files, the rows decks are linked by).
"""
