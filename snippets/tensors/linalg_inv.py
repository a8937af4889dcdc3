import torch

A = torch.tensor([[4.0, 7.0], [2.0, 6.0]])
A_inv = torch.linalg.inv(A)
print(A_inv)
#> tensor([[ 0.6000, -0.7000],
#>         [-0.2000,  0.4000]])
torch.testing.assert_close(A @ A_inv, torch.eye(2))
singular = torch.tensor([[1.0, 2.0], [2.0, 4.0]])  # row 2 = 2 * row 1
try:
    torch.linalg.inv(singular)
except torch.linalg.LinAlgError as e:
    print("LinAlgError:", e)
    #> LinAlgError: linalg.inv: The diagonal element 2 is zero, the inversion could not be completed because the input matrix is singular.
