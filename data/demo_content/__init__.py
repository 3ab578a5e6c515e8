"""The demo dataset's content: hand-written YAML tables (one per topic) and the small generators that read them."""
