import torch

x = torch.tensor([1.7, -1.7, 2.5])
print(x.to(torch.int64))  # truncates towards zero, it does not round
#> tensor([ 1, -1,  2])
print(x.round())  # rounds half to even
#> tensor([ 2., -2.,  2.])
print(x.int(), x.double().dtype, x.half().dtype)
#> tensor([ 1, -1,  2], dtype=torch.int32) torch.float64 torch.float16
print((torch.tensor([1, 2]) + torch.tensor([0.5, 0.5])).dtype)  # promoted
#> torch.float32
print(torch.tensor([1, 2]) / 2)  # true division always gives a float
#> tensor([0.5000, 1.0000])
