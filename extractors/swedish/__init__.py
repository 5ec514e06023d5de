"""Swedish language knowledge shared by the extractors: parties, places, dates, names."""
