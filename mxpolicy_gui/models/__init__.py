"""Qt item models over store records; no widgets, no SQL."""
