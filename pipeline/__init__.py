"""The pipeline: the `minutes` command (cli.py) over its rooms, each with one job.

- `ingest/`: reads the corpus into the database (workers, Dask, lock, progress);
- `store/`: the database: its schema in one place, migrations, the writer;
- `people/`: one person, one row: the resolution rules, people.yml, the person tables;
- `review/`: what a secretary checks: `minutes check` and the corrections files;
- `publish/`: Datasette: settings, metadata, plugins, the pages and templates.
"""
