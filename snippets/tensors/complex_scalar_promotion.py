import torch

f64 = torch.ones(2, dtype=torch.float64)
f16 = torch.ones(2, dtype=torch.float16)
i32 = torch.ones(2, dtype=torch.int32)
# A Python complex keeps a floating tensor's precision: float64 -> complex128, float16 -> complex32
print(torch.result_type(f64, 1j), torch.result_type(f16, 1j))
#> torch.complex128 torch.complex32
# so does a 0-dim complex tensor, even a complex128 one
print(torch.result_type(f16, torch.tensor(1j, dtype=torch.complex128)))
#> torch.complex32
# and two tensors with dimensions: float64 with complex64 widens to complex128, not complex64
print(torch.result_type(f64, torch.ones(2, dtype=torch.complex64)))
#> torch.complex128
# with an integer tensor: the default complex dtype (complex64 while the default is float32)
print(torch.result_type(i32, 1j))
#> torch.complex64
