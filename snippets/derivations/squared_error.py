import torch
from torch.testing import assert_close

x, y = torch.tensor(1.0, dtype=torch.float64), torch.tensor(2.0, dtype=torch.float64)
w = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)

y_hat = w * x
s = y_hat - y
loss = s**2
loss.backward()

dloss_ds = 2 * s  # local gradients, chained backwards
dloss_dyhat = dloss_ds * 1
dloss_dw = dloss_dyhat * x
assert_close(w.grad, dloss_dw.detach(), rtol=0, atol=0)
print(w.grad)
#> tensor(-2., dtype=torch.float64)
