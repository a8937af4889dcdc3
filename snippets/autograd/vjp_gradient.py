import torch
from torch.func import jacrev

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
v = torch.tensor([1.0, 0.1, 0.01])  # dL/dy, from whatever comes after y


def f(x):
    return torch.stack([x[0] * x[1], x[1] ** 2, x[2].sin()])


J = jacrev(f)(x.detach())  # J[i, j] = dy_i / dx_j
print(J)
#> tensor([[ 2.0000,  1.0000,  0.0000],
#>         [ 0.0000,  4.0000,  0.0000],
#>         [ 0.0000,  0.0000, -0.9900]])

f(x).backward(gradient=v)  # computes the vector-Jacobian product v^T J
print(x.grad)
#> tensor([ 2.0000,  1.4000, -0.0099])
torch.testing.assert_close(x.grad, v @ J)
