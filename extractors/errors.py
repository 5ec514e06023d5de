"""The one error an extractor raises for a file it cannot read."""


class UnreadableDocument(Exception):
    """A file that cannot be turned into a record; `reason` is one line for a person.

    `sha256` is the hash of the bytes that were read, when they were read.
    """

    def __init__(self, reason: str, stage: str = "read"):
        super().__init__(reason)
        self.reason = reason
        self.stage = stage
        self.sha256: str | None = None
