import warnings

from torch import jit, nn

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    jit.script(nn.Linear(2, 2))
print(caught[0].category.__name__)
#> FutureWarning
print(caught[0].message)
#> `torch.jit.script` is deprecated. Please switch to `torch.compile` or `torch.export`.
