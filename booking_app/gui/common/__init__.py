"""Pieces every view uses: the desk context, labels, number fields, workers,
row models and sheet imports."""
