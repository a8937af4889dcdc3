import torch
from torch import nn

torch.manual_seed(0)
w = torch.randn(3, 2)  # float32
x = torch.tensor([[0.5, 1.0, 1.5]], dtype=torch.float64)
for product in (lambda: x @ w, lambda: nn.Linear(3, 2, bias=False)(x)):
    try:
        product()  # matmul does not promote: both operands need the same dtype
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: expected m1 and m2 to have the same dtype, but got: double != float
        #> RuntimeError: expected m1 and m2 to have the same dtype, but got: double != float
print((x.to(w.dtype) @ w).dtype)
#> torch.float32
print((x + w.T).dtype)  # + promotes: float64 and float32 give float64
#> torch.float64
