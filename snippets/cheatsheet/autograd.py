import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)  # a leaf that autograd tracks
loss = (w**2).sum()
loss.backward()  # fills w.grad with d loss / d w = 2w
print(w.grad)
#> tensor([2., 4.])
with torch.no_grad():  # update the weights without recording the update
    w -= 0.1 * w.grad
w.grad = None  # gradients accumulate: clear them before the next backward
(g,) = torch.autograd.grad((w**3).sum(), w)  # returns the gradient, leaves .grad alone
print(g, w.grad, w.detach().requires_grad)
#> tensor([1.9200, 7.6800]) None False
