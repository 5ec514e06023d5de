"""The one error an extractor raises for a file it cannot read."""


class UnreadableDocument(Exception):
    """A file that cannot be turned into a record; `reason` is one line for a person."""

    def __init__(self, reason: str, stage: str = "read"):
        super().__init__(reason)
        self.reason = reason
        self.stage = stage
