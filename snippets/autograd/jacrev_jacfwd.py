import warnings

import torch
from torch.func import jacfwd, jacrev


def f(x):  # R^3 -> R^2
    return torch.stack([x[0] * x[1], x[2].exp()])


x = torch.tensor([1.0, 2.0, 0.0])
J = jacrev(f)(x)  # reverse mode: one backward pass per OUTPUT (a row of J)
print(J)
#> tensor([[2., 1., 0.],
#>         [0., 0., 1.]])
with warnings.catch_warnings():
    # torch 2.14 warns once, from its own internals, on the first forward-mode call
    warnings.filterwarnings("ignore", "`torch.jit.script` is deprecated", FutureWarning)
    J_fwd = jacfwd(f)(x)  # forward mode: one forward pass per INPUT (a column of J)
torch.testing.assert_close(J_fwd, J)
