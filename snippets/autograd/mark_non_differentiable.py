import torch


class ReluWithMask(torch.autograd.Function):
    @staticmethod
    def forward(x):
        mask = (x > 0).to(x.dtype)  # a float output that has no meaningful gradient
        return x.clamp(min=0), mask

    @staticmethod
    def setup_context(ctx, inputs, output):
        _, mask = output
        ctx.mark_non_differentiable(mask)  # mask will not require grad
        ctx.save_for_backward(mask)

    @staticmethod
    def backward(ctx, grad_y, grad_mask):  # still one gradient per output
        assert not grad_mask.any()  # the marked output's is zeros
        (mask,) = ctx.saved_tensors
        return grad_y * mask


x = torch.tensor([-1.0, 2.0], requires_grad=True)
y, mask = ReluWithMask.apply(x)
print(y.requires_grad, mask.requires_grad)  # unmarked, the float mask would track too
#> True False
y.sum().backward()
print(x.grad)
#> tensor([0., 1.])
