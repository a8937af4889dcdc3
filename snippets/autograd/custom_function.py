import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)  # what backward will need
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2  # upstream * local derivative


x = torch.tensor([1.0, -2.0], requires_grad=True)
Cube.apply(x).sum().backward()
print(x.grad)
#> tensor([ 3., 12.])

# gradcheck compares backward with finite differences; it needs float64
torch.manual_seed(0)
xd = torch.randn(5, dtype=torch.float64, requires_grad=True)
assert torch.autograd.gradcheck(Cube.apply, (xd,))  # True, or it raises with both Jacobians
