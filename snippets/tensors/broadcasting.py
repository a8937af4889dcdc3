import torch

# Align shapes from the right; each pair of sizes must be equal, or one of them 1.
matrix = torch.ones(2, 3)
row = torch.tensor([10.0, 20.0, 30.0])  # (3,) acts as (1, 3)
column = torch.tensor([[1.0], [2.0]])  # (2, 1)
print(matrix + row)
#> tensor([[11., 21., 31.],
#>         [11., 21., 31.]])
print(matrix + column)
#> tensor([[2., 2., 2.],
#>         [3., 3., 3.]])
# (4, 1, 3) with (2, 1), read as (1, 2, 1), gives (4, 2, 3)
print((torch.ones(4, 1, 3) + torch.ones(2, 1)).shape)
#> torch.Size([4, 2, 3])
