import torch

a = torch.tensor(0.1, dtype=torch.float64) + 0.2  # float64: in float32 this sum happens to round to 0.3
print(a.item(), a == 0.3)  # 0.1, 0.2 and 0.3 have no exact binary form
#> 0.30000000000000004 tensor(False)
print(torch.isclose(a, torch.tensor(0.3, dtype=torch.float64)))  # |a - b| <= atol + rtol * |b|
#> tensor(True)
assert torch.tensor(0.1) + 0.2 == 0.3  # float32: equal by luck
# the defaults: rtol=1e-05, atol=1e-08, equal_nan=False
x = torch.tensor([1.0, 1000.0, 1e-7, float("nan")])
y = torch.tensor([1.000001, 1000.001, 0.0, float("nan")])
print(torch.isclose(x, y))  # 1e-7 vs 0: only atol counts, and 1e-7 > 1e-8
#> tensor([ True,  True, False, False])
print(torch.isclose(x, y, atol=1e-6, equal_nan=True))
#> tensor([True, True, True, True])
print(torch.allclose(x[:2], y[:2]))  # allclose: isclose(...).all(), as a Python bool
#> True
u, v = torch.tensor(1.0), torch.tensor(1.8)
print(torch.isclose(u, v, rtol=0.5, atol=0), torch.isclose(v, u, rtol=0.5, atol=0))  # rtol scales |b|: not symmetric
#> tensor(True) tensor(False)
