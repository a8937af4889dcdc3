import torch
import torch.nn.functional as F
from torch.testing import assert_close

x = torch.tensor([9.11, 8.9, 7.0, 6.56, 4.56], dtype=torch.float64)  # five students' CGPAs
y = torch.tensor([1.0, 1.0, 0.0, 1.0, 0.0], dtype=torch.float64)  # placed or not
w = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
b = torch.tensor(-3.0, dtype=torch.float64, requires_grad=True)

y_hat = torch.sigmoid(w * x + b)
loss = F.binary_cross_entropy(y_hat, y)  # the mean over the 5 students
loss.backward()

# dL/dz = dL/dy_hat * dy_hat/dz = y_hat - y per student, 1/N from the mean
dz = (y_hat - y).detach() / len(x)
assert_close(w.grad, (dz * x).sum(), rtol=1e-12, atol=1e-12)  # dz/dw = x
assert_close(b.grad, dz.sum(), rtol=1e-12, atol=1e-12)  # dz/db = 1
print(f"loss {loss.item():.4f},"
      f" dL/dw {w.grad.item():.4f}, dL/db {b.grad.item():.4f}")
#> loss 0.4672, dL/dw -0.0506, dL/db 0.0310
