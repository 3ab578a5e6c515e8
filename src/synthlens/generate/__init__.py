"""Generation: the recipes that make synthetic instruction data, run through the judge client.

    recipe (magpie | topics | combos | personas | tasks)
      -> stages of requests (raw completions or chat), one seed per request, cached and resumable
      -> rows in OpenAI `messages` form + provenance (gen_recipe, gen_model, gen_params, gen_seed, gen_index)
      -> append-only JSONL that `synthlens analyze` reads directly

- `run`: the runner (`generate(recipe, out, options)`), the endpoint check, the embedded default model.
- `llm`: the model as recipes see it (chat and raw completions with per-row seeds); `output`: the JSONL file.
- `recipe`: the interface every recipe provides, and its prompt files (`prompts/<recipe>/<stage>.txt`).
- `magpie`, `topics`, `combos`, `personas`, `tasks`: one module per recipe.
- `templates` (+ `gguf`): a model's chat format and Magpie's pre-query template derived from it.
- `lists`, `documents`, `reward`: list parsing, document chunking, the optional reward filter.
"""

from synthlens.generate.run import GenerateOptions, GenerateResult, generate

__all__ = ["GenerateOptions", "GenerateResult", "generate"]
