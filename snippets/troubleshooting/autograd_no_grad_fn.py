import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(4, 3), torch.randn(4, 1)
with torch.no_grad():  # e.g. code copied from the evaluation loop
    loss = nn.functional.mse_loss(model(x), y)
print(loss.requires_grad, loss.grad_fn)
#> False None
try:
    loss.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
loss = nn.functional.mse_loss(model(x), y)  # computed with tracking on
loss.backward()
print(loss.grad_fn is not None, model.weight.grad.shape)
#> True torch.Size([1, 3])
