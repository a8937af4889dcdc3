import numpy as np
import torch

x = torch.arange(6).view(2, 3)
print(x.flip(1))  # reverse along the dims given
#> tensor([[2, 1, 0],
#>         [5, 4, 3]])
print(x.flip(0, 1))
#> tensor([[5, 4, 3],
#>         [2, 1, 0]])
print(np.shares_memory(x.flip(1).numpy(), x.numpy()),  # torch.flip copies,
      np.shares_memory(np.flip(x.numpy(), 1), x.numpy()))  # NumPy's flip is a view
#> False True
print(x.roll(1, dims=1))  # shift by 1 along dim 1; what falls off the end comes back at the start
#> tensor([[2, 0, 1],
#>         [5, 3, 4]])
print(x.roll(1))  # without dims= it rolls the flattened tensor
#> tensor([[5, 0, 1],
#>         [2, 3, 4]])
