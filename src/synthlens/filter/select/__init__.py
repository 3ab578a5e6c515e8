"""Selection to a budget with diversity, the `select:` step of a recipe.

- `config`: the step's plain form (score, budget, similarity limit, floors, caps) and its checks.
- `score`: the score, a column or arithmetic over columns, as a polars expression.
- `tokens`: tokens over every turn with a named tokenizer (the run's `tokens` stage).
- `walk`: the score-first, diversity-aware walk over the ranking with a growing faiss index.
- `selection`: the walk applied to a table's surviving rows, as drop reasons.
- `report`: what the selection did, per category, for the score and for diversity.
"""
