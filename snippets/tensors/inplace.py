import torch

x = torch.ones(3, 2)
y = torch.ones(3, 2)
z = y.add(x)  # a new tensor; y is unchanged
print(y[0], z[0])
#> tensor([1., 1.]) tensor([2., 2.])
z = y.add_(x)  # trailing underscore: adds into y itself, and returns y
print(y[0], z is y)
#> tensor([2., 2.]) True
alias = y  # not a copy: both names point to one tensor
alias.mul_(0)
print(y[0])
#> tensor([0., 0.])
copy = y.clone()  # a real copy
copy += 1  # += is in place on copy, y stays untouched
print(y[0], copy[0])
#> tensor([0., 0.]) tensor([1., 1.])
