"""Publishing the database read-only through Datasette.

- `serve.py`: the `datasette serve` command line, its settings and metadata.yml;
- `metadata.yml`: titles, descriptions, facets, canned queries, hidden tables;
- `plugins/`: Datasette plugins (loaded from the folder, `--plugins-dir`): guards on
  requests and queries, the researchers' pages, cell rendering, SQLite settings;
- `pages/`: what the meeting, person, compare and search pages read from the database;
- `templates/`: the templates those pages and the table pages are drawn with.
"""
