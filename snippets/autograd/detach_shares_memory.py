import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
d = y.detach()  # the same tensor class, cut from the graph
print(type(d).__name__, d.requires_grad, d.grad_fn)
#> Tensor False None
assert d.data_ptr() == y.data_ptr()  # no copy: the same memory
d[0] = 100.0  # so an in-place change shows through y too
print(y)
#> tensor([100.,   6.], grad_fn=<MulBackward0>)
print(d.numpy())  # what .detach() is often for: y.numpy() would raise
#> [100.   6.]
e = x.exp()  # exp saves its output e for backward
e.detach().add_(1)  # the version counter is shared too: autograd sees this change
try:
    e.sum().backward()
except RuntimeError as err:
    print("RuntimeError:", str(err).split(":")[0])
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation
