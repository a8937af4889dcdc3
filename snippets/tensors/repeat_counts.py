import numpy as np
import torch

m = torch.tensor([[1, 2], [3, 4]])
print(m.repeat(1, 2))  # a count for every dim: once along dim 0, twice along dim 1
#> tensor([[1, 2, 1, 2],
#>         [3, 4, 3, 4]])
assert (m.repeat(1, 2).numpy() == np.tile(m.numpy(), 2)).all()  # np.tile fills in the missing 1
try:
    m.repeat(2)  # one count for a 2-D tensor
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor
