import torch

S = torch.tensor([[2.0, 1.0], [1.0, 2.0]])  # symmetric: use eigh, not eig
eigenvalues, Q = torch.linalg.eigh(S)  # ascending, real; Q's columns are orthonormal
print(eigenvalues.round(decimals=4))  # rounded: LAPACK builds differ in the last bits
#> tensor([1., 3.])
torch.testing.assert_close(Q @ torch.diag(eigenvalues) @ Q.T, S)  # S = Q diag(L) Q^T
torch.testing.assert_close(Q.T @ Q, torch.eye(2))
print(torch.linalg.eigvalsh(S).round(decimals=4))  # eigenvalues only
#> tensor([1., 3.])
rotation = torch.tensor([[0.0, -1.0], [1.0, 0.0]])  # not symmetric: eig, complex results
print(torch.linalg.eig(rotation).eigenvalues.dtype)
#> torch.complex64
