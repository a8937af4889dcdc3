import torch
from torch.autograd.functional import jacobian
from torch.testing import assert_close

x = torch.tensor([1.0, 2.0], dtype=torch.float64)


def z_of(x):
    y = x + 2
    return 2 * y**2


J = jacobian(z_of, x)  # dz/dx = diag(4 y) = diag(4 (x + 2))
assert_close(J, torch.diag(4 * (x + 2)), rtol=0, atol=0)  # small integers: exact
print(J)
#> tensor([[12.,  0.],
#>         [ 0., 16.]], dtype=torch.float64)

hand = {"mean": [6.0, 8.0], "sum": [12.0, 16.0]}  # 4y/2 and 4y, with y = (3, 4)
for reduce, dL_dz in [("mean", torch.full((2,), 0.5, dtype=torch.float64)), ("sum", torch.ones(2, dtype=torch.float64))]:
    xg = x.clone().requires_grad_()
    getattr(z_of(xg), reduce)().backward()  # L = z.mean() or z.sum()
    assert_close(xg.grad, dL_dz @ J, rtol=0, atol=0)  # the vector-Jacobian product
    assert_close(xg.grad, torch.tensor(hand[reduce], dtype=torch.float64), rtol=0, atol=0)
    print(reduce, xg.grad)
    #> mean tensor([6., 8.], dtype=torch.float64)
    #> sum tensor([12., 16.], dtype=torch.float64)
