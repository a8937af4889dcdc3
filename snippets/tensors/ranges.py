import torch

print(torch.arange(5))  # end is excluded
#> tensor([0, 1, 2, 3, 4])
print(torch.arange(1, 10, 3))  # start, end, step
#> tensor([1, 4, 7])
print(torch.linspace(0, 1, steps=5))  # both ends included, evenly spaced
#> tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
print(torch.logspace(0, 3, steps=4))  # 10**0 ... 10**3
#> tensor([   1.,   10.,  100., 1000.])
