import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
(dx,) = torch.autograd.grad((w * x**2).sum(), x)  # WRONG for a penalty: a plain tensor
print(dx, dx.requires_grad)
#> tensor([ 6., 12.]) False
(dx,) = torch.autograd.grad((w * x**2).sum(), x, create_graph=True)  # RIGHT: in the graph
print(dx)  # dx = 2 w x, still connected to w and x
#> tensor([ 6., 12.], grad_fn=<MulBackward0>)
penalty = (dx**2).sum()  # a gradient penalty: 4 w^2 (x1^2 + x2^2) = 180
penalty.backward()  # differentiates through the gradient itself
print(penalty.item(), w.grad)  # d penalty / dw = 8 w (x1^2 + x2^2) = 120
#> 180.0 tensor(120.)
