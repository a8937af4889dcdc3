import warnings

import torch

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    ys, xs = torch.meshgrid(torch.arange(2), torch.arange(3))  # no indexing=
for w in caught:  # empty if this process has warned before: it warns once
    print(w.category.__name__, str(w.message).split(" (Triggered")[0])
    #> UserWarning torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument.
print(ys.shape)  # and uses "ij"
#> torch.Size([2, 3])
