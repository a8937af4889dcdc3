import torch

computed = []


class Mul(torch.autograd.Function):
    @staticmethod
    def forward(x, w):
        return x * w

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(*inputs)

    @staticmethod
    def backward(ctx, grad_output):
        x, w = ctx.saved_tensors
        grad_x = grad_w = None  # None: no gradient for that input
        if ctx.needs_input_grad[0]:  # one bool per forward input
            grad_x = grad_output * w
            computed.append("grad_x")
        if ctx.needs_input_grad[1]:
            grad_w = grad_output * x
            computed.append("grad_w")
        return grad_x, grad_w


x = torch.tensor([1.0, 2.0])  # data: no gradient wanted
w = torch.tensor([3.0, 4.0], requires_grad=True)
Mul.apply(x, w).sum().backward()
print(computed, w.grad)  # grad_x was never computed
#> ['grad_w'] tensor([1., 2.])
