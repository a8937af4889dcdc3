import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x**2).mean()  # one scalar from three inputs: (x1^2 + x2^2 + x3^2) / 3
y.backward()
print(x.grad)  # dy/dx_i = 2 x_i / 3, one partial derivative per input
#> tensor([0.6667, 1.3333, 2.0000])
torch.testing.assert_close(x.grad, 2 * x.detach() / 3)
