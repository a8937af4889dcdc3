import numpy as np
import torch

x = torch.tensor([1, 2, 3])
print(x.repeat(2))  # the whole tensor, twice: NumPy's np.tile
#> tensor([1, 2, 3, 1, 2, 3])
print(x.repeat_interleave(2))  # each element, twice: NumPy's np.repeat
#> tensor([1, 1, 2, 2, 3, 3])
assert (x.repeat(2).numpy() == np.tile(x.numpy(), 2)).all()
assert (x.repeat_interleave(2).numpy() == np.repeat(x.numpy(), 2)).all()
print(x.repeat_interleave(torch.tensor([3, 0, 1])))  # a count per element
#> tensor([1, 1, 1, 3])
m = torch.tensor([[1, 2], [3, 4]])
print(m.repeat_interleave(2, dim=0))  # whole rows; without dim= it flattens first
#> tensor([[1, 2],
#>         [1, 2],
#>         [3, 4],
#>         [3, 4]])
