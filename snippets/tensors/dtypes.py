import torch

print(torch.tensor([1, 2]).dtype)  # integers default to int64
#> torch.int64
print(torch.tensor([1.0, 2.0]).dtype)  # floats default to float32
#> torch.float32
print(torch.get_default_dtype())
#> torch.float32
print(torch.zeros(2, dtype=torch.bfloat16).dtype)
#> torch.bfloat16
print(torch.finfo(torch.float32).eps, torch.iinfo(torch.int8).max)
#> 1.1920928955078125e-07 127
