"""The pipeline: the `minutes` command, ingest, storage and publishing."""
