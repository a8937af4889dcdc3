import torch

A = torch.tensor([[3.0, 1.0], [1.0, 2.0]])
b = torch.tensor([9.0, 8.0])
x = torch.linalg.solve(A, b)  # solves A x = b: 3x + y = 9, x + 2y = 8
print(x.round(decimals=4))  # rounded: LAPACK builds differ in the last bits
#> tensor([2., 3.])
torch.testing.assert_close(A @ x, b)
B = torch.tensor([[9.0, 1.0], [8.0, 0.0]])
print(torch.linalg.solve(A, B).round(decimals=4))  # many right-hand sides at once: one per column of B
#> tensor([[ 2.0000,  0.4000],
#>         [ 3.0000, -0.2000]])
