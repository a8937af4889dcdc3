import torch

torch.manual_seed(0)
A = torch.randn(5, 3)
U, S, Vh = torch.linalg.svd(A, full_matrices=False)  # the reduced SVD
print(U.shape, S.shape, Vh.shape)
#> torch.Size([5, 3]) torch.Size([3]) torch.Size([3, 3])
torch.testing.assert_close(U @ torch.diag(S) @ Vh, A)  # A = U diag(S) Vh
assert (S[:-1] >= S[1:]).all()  # singular values come sorted, largest first
rank1 = S[0] * torch.outer(U[:, 0], Vh[0])  # the best rank-1 approximation
err = torch.linalg.matrix_norm(A - rank1)
torch.testing.assert_close(err, S[1:].square().sum().sqrt())  # the error is what was dropped
