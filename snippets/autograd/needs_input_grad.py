import torch

computed = []


class ScaledMul(torch.autograd.Function):
    @staticmethod
    def forward(x, w, k):  # k: a Python float
        return x * w * k

    @staticmethod
    def setup_context(ctx, inputs, output):
        x, w, ctx.k = inputs
        ctx.save_for_backward(x, w)

    @staticmethod
    def backward(ctx, grad_output):
        computed.append(ctx.needs_input_grad)  # one bool per forward input
        x, w = ctx.saved_tensors
        grad_x = grad_output * w * ctx.k if ctx.needs_input_grad[0] else None
        grad_w = grad_output * x * ctx.k if ctx.needs_input_grad[1] else None
        return grad_x, grad_w, None  # None: no gradient for that input


w = torch.tensor([3.0, 4.0], requires_grad=True)
ScaledMul.apply(torch.tensor([1.0, 2.0]), w, 2.0).sum().backward()  # data x: its gradient is skipped
x = torch.tensor([1.0, 2.0], requires_grad=True)
torch.autograd.grad(ScaledMul.apply(x, w, 2.0).sum(), w)  # asks only for w, yet x required grad in forward
print(computed)  # False for the float k
#> [(False, True, False), (True, True, False)]
