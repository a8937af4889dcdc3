import torch

x = torch.tensor([1.0, 2.0])
y = x.add(10)  # a new tensor
print(x, y)
#> tensor([1., 2.]) tensor([11., 12.])
x.add_(10)  # trailing underscore: modifies x itself
print(x)
#> tensor([11., 12.])
alias = x  # not a copy: both names point to one tensor
alias.mul_(0)
print(x)
#> tensor([0., 0.])
copy = x.clone()  # a real copy
copy += 1  # += is in place on copy, x stays untouched
print(x, copy)
#> tensor([0., 0.]) tensor([1., 1.])
