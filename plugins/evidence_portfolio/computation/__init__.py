"""Computing a portfolio from the items of one build: coverage, staleness, ratings, and the checks across items."""
