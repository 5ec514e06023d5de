"""The researchers' pages: the data of the meeting, person and compare pages (read from
the published database) and the inline SVG charts drawn on them."""
