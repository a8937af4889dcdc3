import torch

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0, 6.0])
print(a + b, torch.add(a, b))
#> tensor([5., 7., 9.]) tensor([5., 7., 9.])
print(a * b, torch.mul(a, b))  # element-wise, not a matrix product
#> tensor([ 4., 10., 18.]) tensor([ 4., 10., 18.])
print(b / a, b // a, b % a)
#> tensor([4.0000, 2.5000, 2.0000]) tensor([4., 2., 2.]) tensor([0., 1., 0.])
print(a**2, torch.pow(a, 2))
#> tensor([1., 4., 9.]) tensor([1., 4., 9.])
print(torch.exp(a), torch.sqrt(a), torch.log(a))
#> tensor([ 2.7183,  7.3891, 20.0855]) tensor([1.0000, 1.4142, 1.7321]) tensor([0.0000, 0.6931, 1.0986])
print(torch.clamp(b, min=4.5, max=5.5))
#> tensor([4.5000, 5.0000, 5.5000])
