import torch

x = torch.tensor(3.0, requires_grad=True)  # a leaf you want gradients for
c = torch.tensor(2.0)  # a constant: also a leaf, but autograd ignores it
y = c * x**2  # made by an operation on a tracked tensor, so it tracks too

print(x.requires_grad, x.is_leaf, x.grad_fn)
#> True True None
print(c.requires_grad, c.is_leaf, c.grad_fn)
#> False True None
print(y.requires_grad, y.is_leaf, y.grad_fn.name())
#> True False MulBackward0
y.backward()
print(x.grad, c.grad)  # only leaves that require grad receive a .grad
#> tensor(12.) None
