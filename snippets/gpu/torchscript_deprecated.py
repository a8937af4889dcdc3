import warnings

import torch

model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.jit.script(model)  # still there, but on its way out
print(caught[0].category.__name__, caught[0].message)
#> FutureWarning `torch.jit.script` is deprecated. Please switch to `torch.compile` or `torch.export`.
