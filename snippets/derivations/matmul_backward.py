import torch
from torch.testing import assert_close

torch.manual_seed(0)
A = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
B = torch.randn(3, 2, dtype=torch.float64, requires_grad=True)
c = torch.randn(2, dtype=torch.float64, requires_grad=True)  # broadcast over the 4 rows

D = A @ B + c
dD = torch.randn(4, 2, dtype=torch.float64)  # any upstream gradient dL/dD
D.backward(dD)

assert_close(A.grad, dD @ B.T, rtol=1e-12, atol=1e-12)  # (4, 2) @ (2, 3)
assert_close(B.grad, A.T @ dD, rtol=1e-12, atol=1e-12)  # (3, 4) @ (4, 2)
assert_close(c.grad, dD.sum(dim=0), rtol=1e-12, atol=1e-12)  # broadcast: sum
print(A.grad.shape, B.grad.shape, c.grad.shape)  # each the shape of its tensor
#> torch.Size([4, 3]) torch.Size([3, 2]) torch.Size([2])
