import torch

print(torch.tensor([1, 2]).dtype)  # integers default to int64
#> torch.int64
print(torch.tensor([1.0, 2.0]).dtype)  # floats default to float32
#> torch.float32
print(torch.get_default_dtype())
#> torch.float32
print(torch.zeros(2, dtype=torch.bfloat16).dtype)
#> torch.bfloat16
print(torch.half)  # half is float16; bfloat16 has no alias
#> torch.float16
print(torch.finfo(torch.float16).max, torch.finfo(torch.bfloat16).max)  # bfloat16: float32's range
#> 65504.0 3.3895313892515355e+38
print(torch.finfo(torch.float32).eps, torch.iinfo(torch.int8).max)
#> 1.1920928955078125e-07 127
