import torch

x = torch.zeros(2, 3, 4)
print(x.size())  # a method
#> torch.Size([2, 3, 4])
print(x.shape)  # the same torch.Size, as an attribute
#> torch.Size([2, 3, 4])
print(x.size(1), x.shape[-1])  # one dimension
#> 3 4
print(x.ndim, x.numel())  # number of dimensions, number of elements
#> 3 24
