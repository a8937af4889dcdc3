import torch

x = torch.arange(6).view(2, 3)
t = x.t()  # transpose only swaps strides: same memory, new order
print(x.stride(), t.stride())
#> (3, 1) (1, 3)
print(t.is_contiguous())
#> False
print(t.view(3, 1, 2).shape)  # still fine: strides can walk this shape (a size-1 dim added)
#> torch.Size([3, 1, 2])
print(t.reshape(6))  # reshape copies when it must
#> tensor([0, 3, 1, 4, 2, 5])
print(t.contiguous().view(6))  # or make a contiguous copy, then view
#> tensor([0, 3, 1, 4, 2, 5])
