import torch

try:
    torch.tensor([1, 2], requires_grad=True)  # Python ints make an int64 tensor
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Only Tensors of floating point and complex dtype can require gradients
try:
    torch.tensor([1, 2]).requires_grad_()  # the same mistake, later: another wording
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: only Tensors of floating point dtype can require gradients
x = torch.tensor([1.0, 2.0], requires_grad=True)  # float literals (or dtype=torch.float32)
print(x.dtype, x.requires_grad)
#> torch.float32 True
