"""What a secretary checks and corrects: `minutes check` (check.py, and check_html.py for
`--html`: the attendance pages beside the table read from them) and the corrections files
applied by check and by ingest (corrections.py)."""
