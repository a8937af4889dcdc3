import torch
from torch.func import grad


def f(x):
    return torch.sin(x) * x  # a plain function of a tensor, returning a scalar


x = torch.tensor(2.0)  # no requires_grad: torch.func transforms functions, not tensors
df = grad(f)  # a new function: x -> df/dx = cos(x) x + sin(x)
print(df(x))
#> tensor(0.0770)
torch.testing.assert_close(df(x), torch.cos(x) * x + torch.sin(x))
d2f = grad(grad(f))  # transforms compose: the second derivative
torch.testing.assert_close(d2f(x), -torch.sin(x) * x + 2 * torch.cos(x))
print(grad(lambda w, b: (w * 3 + b) ** 2, argnums=(0, 1))(torch.tensor(1.0), torch.tensor(0.5)))
#> (tensor(21.), tensor(7.))
