import torch

torch.manual_seed(0)
B = torch.randn(4, 3, dtype=torch.float64)
A = B @ B.T  # 4x4 of rank 3: singular, but rounding leaves no pivot exactly zero
print(torch.linalg.matrix_rank(A))
#> tensor(3)
A_inv = torch.linalg.inv(A)  # no error: an "inverse" with huge entries
assert A_inv.abs().max() > 1e12
assert not torch.allclose(A @ A_inv, torch.eye(4, dtype=torch.float64))
assert torch.linalg.inv_ex(A).info == 0  # inv_ex flags only an exactly zero pivot too
assert torch.linalg.cond(A) > 1e12  # the check to make: cond(A) near 1/eps means singular
