import torch
from torch.testing import assert_close

x = torch.tensor([0.5, 1.0, 3.0], dtype=torch.float64, requires_grad=True)  # check in double precision
y = x**2
z = torch.sin(y)
u = torch.exp(z)

dz_dx = torch.cos(x**2) * 2 * x  # dz/dy * dy/dx
du_dx = torch.exp(torch.sin(x**2)) * dz_dx  # du/dz * dz/dx

# grad of a sum gives each element's own derivative (the Jacobian is diagonal)
(dz_dx_auto,) = torch.autograd.grad(z.sum(), x, retain_graph=True)
(du_dx_auto,) = torch.autograd.grad(u.sum(), x)
assert_close(dz_dx, dz_dx_auto, rtol=1e-12, atol=1e-12)
assert_close(du_dx, du_dx_auto, rtol=1e-12, atol=1e-12)
print(dz_dx.detach())  # -5.4668 at x = 3, as on the Autograd page
#> tensor([ 0.9689,  1.0806, -5.4668], dtype=torch.float64)
print(du_dx.detach())
#> tensor([ 1.2409,  2.5068, -8.2549], dtype=torch.float64)
