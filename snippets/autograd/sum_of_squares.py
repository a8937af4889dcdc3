import torch

x = torch.ones([3, 2], requires_grad=True)  # a 3x2 tensor of ones
y = x + 5
print(y)
#> tensor([[6., 6.],
#>         [6., 6.],
#>         [6., 6.]], grad_fn=<AddBackward0>)
z = y * y + 1
t = torch.sum(z)  # t = sum((x + 5)^2 + 1), a scalar
t.backward()
print(x.grad)  # dt/dx_i = 2 y_i = 2 (x_i + 5) = 12
#> tensor([[12., 12.],
#>         [12., 12.],
#>         [12., 12.]])
torch.testing.assert_close(x.grad, 2 * (x.detach() + 5))
