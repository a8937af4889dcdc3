import torch
from torch.testing import assert_close

torch.manual_seed(0)
A = torch.randn(32, 64, dtype=torch.float64, requires_grad=True)  # as in logits = h @ W2 + b2
B = torch.randn(64, 27, dtype=torch.float64, requires_grad=True)
c = torch.randn(27, dtype=torch.float64, requires_grad=True)  # broadcast over the 32 rows

D = A @ B + c
dD = torch.randn(32, 27, dtype=torch.float64)  # any upstream gradient dL/dD
D.backward(dD)

assert_close(A.grad, dD @ B.T, rtol=1e-12, atol=1e-12)  # (32, 27) @ (27, 64)
assert_close(B.grad, A.T @ dD, rtol=1e-12, atol=1e-12)  # (64, 32) @ (32, 27)
assert_close(c.grad, dD.sum(dim=0), rtol=1e-12, atol=1e-12)  # broadcast: sum
print(A.grad.shape, B.grad.shape, c.grad.shape)  # each the shape of its tensor
#> torch.Size([32, 64]) torch.Size([64, 27]) torch.Size([27])
