"""Hand-written tables and small generators that make up the synthlens demo dataset."""
