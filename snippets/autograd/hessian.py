import warnings

import torch
from torch.func import hessian


def f(x):
    return x[0] ** 2 * x[1] + x[1] ** 3  # a scalar function of two variables


x = torch.tensor([1.0, 2.0])
with warnings.catch_warnings():
    # hessian is jacfwd(jacrev(f)); torch 2.14 warns once, from its own internals, on the
    # first forward-mode call
    warnings.filterwarnings("ignore", "`torch.jit.script` is deprecated", FutureWarning)
    H = hessian(f)(x)  # all second derivatives: d2f / dx_i dx_j
print(H)
#> tensor([[ 4.,  2.],
#>         [ 2., 12.]])
expected = torch.tensor([[2 * x[1], 2 * x[0]], [2 * x[0], 6 * x[1]]])  # worked out by hand
torch.testing.assert_close(H, expected)
