"""YAML from archivists' files (corrections, people.yml) within bounds: a few aliases at
most and shallow nesting, so a 549-byte alias bomb or 5,000 nested brackets are a
one-line refusal instead of gigabytes of memory or a RecursionError."""

from __future__ import annotations

import yaml
from yaml.events import AliasEvent

# Nobody writes more than a few aliases (&anchor/*alias) in a corrections file; an
# alias bomb needs dozens, each doubling the data.
MAX_ALIASES = 20
# Corrections nest four levels deep (attendees: change: name: fields).
MAX_DEPTH = 20


class YAMLLimitError(yaml.YAMLError):
    """YAML past a bound; `str()` is the one-line reason, `problem_mark` where."""

    def __init__(self, problem: str, mark) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark

    def __str__(self) -> str:
        line = f" at line {self.problem_mark.line + 1}" if self.problem_mark else ""
        return f"{self.problem}{line}"


def _bounded(base: type) -> type:
    class Bounded(base):
        def __init__(self, stream) -> None:
            super().__init__(stream)
            self._aliases = 0
            self._depth = 0

        def compose_node(self, parent, index):
            if self.check_event(AliasEvent):
                self._aliases += 1
                if self._aliases > MAX_ALIASES:
                    mark = self.peek_event().start_mark
                    raise YAMLLimitError(f"more than {MAX_ALIASES} aliases (*name)", mark)
            self._depth += 1
            try:
                if self._depth > MAX_DEPTH:
                    mark = self.peek_event().start_mark
                    raise YAMLLimitError(f"nested deeper than {MAX_DEPTH} levels", mark)
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

    Bounded.__name__ = f"Bounded{base.__name__}"
    return Bounded


BoundedBaseLoader = _bounded(yaml.BaseLoader)
BoundedSafeLoader = _bounded(yaml.SafeLoader)


def load(text: str, loader: type = BoundedSafeLoader):
    """YAML text as data; `YAMLLimitError` past a bound, `yaml.YAMLError` if invalid."""
    return yaml.load(text, Loader=loader)
