# raises: RuntimeError
import torch

# Aligned from the right, 3 and 2 are unequal and neither is 1: no broadcast.
torch.ones(2, 3) + torch.ones(2)
#> RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
