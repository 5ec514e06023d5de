"""The links the researchers' pages draw, built with Datasette's URL helpers (so they
follow its base_url setting)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from datasette.utils import tilde_encode


@dataclass
class Links:
    """The links a page draws, built with Datasette's URL helpers (base_url aware)."""

    datasette: object
    database: str

    def row(self, table: str, pk: object) -> str:
        return self.datasette.urls.row(self.database, table, tilde_encode(str(pk)))

    def meeting(self, pk: object) -> str:
        return self.row("meetings", pk)

    def person(self, pk: object) -> str:
        return self.row("persons", pk)

    def table(self, table: str, **filters: object) -> str:
        url = self.datasette.urls.table(self.database, table)
        return url + ("?" + urlencode(filters) if filters else "")

    def source(self, url: str | None) -> str | None:
        """A source link is served from the corpus mount; anything else is not a link."""
        if isinstance(url, str) and url.startswith("/corpus/"):
            return self.datasette.urls.path(url)
        return None
