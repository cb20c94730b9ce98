"""Charts of figures: the rule for what may be compared, and one painter for screen and PDF."""
