"""Reading the corpus into the database.

- `run.py`: `ingest()`: walk the corpus, hash, skip what is unchanged, read the rest,
  apply corrections, store each document, then the passes over all documents;
- `workers.py`: the worker processes that read files (one dies, only its file fails);
- `cluster.py`: the same on a Dask cluster (`--cluster`);
- `guard.py`: a reading process's memory ceiling, and its death with its parent;
- `lock.py`: one ingest writes a database at a time;
- `progress.py`: files read, pages/s and the time left, on a terminal or off it.
"""
