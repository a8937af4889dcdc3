import torch
import torch.nn.functional as F

x = torch.tensor([[1, 2, 3], [4, 5, 6]])
# pad lists (before, after) pairs for the LAST dim first: (left, right, top, bottom, ...)
print(F.pad(x, (1, 0)))  # one column on the left
#> tensor([[0, 1, 2, 3],
#>         [0, 4, 5, 6]])
print(F.pad(x, (0, 0, 1, 0), value=9))  # one row on top: the last dim gets (0, 0)
#> tensor([[9, 9, 9],
#>         [1, 2, 3],
#>         [4, 5, 6]])
