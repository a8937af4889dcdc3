import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
(w**2).sum().backward()
try:
    w -= 0.1 * w.grad  # a hand-written update that autograd would record
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
try:
    w[0] = 0.0  # writing into part of w
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.
with torch.no_grad():  # the fix: an update is not part of the model's computation
    w -= 0.1 * w.grad
    w[0] = 0.0
print(w.is_leaf, w.requires_grad)
#> True True
