"""`python -m schemas` writes the JSON Schema of the record to stdout."""

import json

from schemas.record import json_schema

print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
