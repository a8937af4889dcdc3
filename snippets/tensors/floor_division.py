import torch

a = torch.tensor([7, -7])
print(a // 2)  # floors, like Python: -7 // 2 == -4
#> tensor([ 3, -4])
print(torch.div(a, 2, rounding_mode="trunc"))  # towards zero, like C: -3
#> tensor([ 3, -3])
print(torch.div(a, 2, rounding_mode="floor"), torch.div(a, 2))  # the default: true division
#> tensor([ 3, -4]) tensor([ 3.5000, -3.5000])
print(a % 2, torch.fmod(a, 2))  # % takes the divisor's sign; fmod the dividend's
#> tensor([1, 1]) tensor([ 1, -1])
