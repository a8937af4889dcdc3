import torch

i32 = torch.tensor([1, 2], dtype=torch.int32)
f16 = torch.tensor([1.0, 2.0], dtype=torch.float16)
i64_0d = torch.tensor(5)  # 0-dim int64
print(torch.result_type(i32, f16))  # a higher category (float beats int) wins
#> torch.float16
print(torch.result_type(i32, torch.ones(2, dtype=torch.int64)))  # same category: the wider
#> torch.int64
print(torch.result_type(f16, torch.ones(2, dtype=torch.bfloat16)))  # neither holds the other
#> torch.float32
print(torch.result_type(i32, i64_0d))  # a 0-dim tensor does not widen a dimensioned one
#> torch.int32
print(torch.result_type(i32, 2.5))  # a Python float: the default float dtype
#> torch.float32
print(torch.result_type(i32, torch.tensor(2.5, dtype=torch.float64)))  # 0-dim, higher category
#> torch.float64
print(torch.result_type(f16, 2.5), torch.result_type(f16, torch.tensor(2.5, dtype=torch.float64)))
#> torch.float16 torch.float16
