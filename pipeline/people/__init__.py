"""One person, one row: which printed names across all documents are one real person.

- `rules.py`: the resolution rules, a pure function from name mentions to persons;
- `overrides.py`: `corpus/people.yml` (`same` / `not_same`), read safely;
- `tables.py`: the pass against the database after an ingest: persons, person_names,
  memberships and the person ids of attendees, substitutions and presenters.
"""
