import torch
from torch import nn

w = nn.Parameter(torch.tensor([1.0, 2.0]))
loss = (w**2).sum()  # d loss / dw = 2w = [2, 4] for these values
w.data.mul_(10)  # a change through .data between forward and backward...
loss.backward()
print(w.grad)  # ...goes unnoticed: the gradient is silently wrong
#> tensor([20., 40.])

loss = (w**2).sum()
with torch.no_grad():  # the same change under no_grad...
    w.mul_(10)
try:
    loss.backward()
except RuntimeError as e:  # ...is caught
    print(str(e).split(":")[0])
    #> one of the variables needed for gradient computation has been modified by an inplace operation
nn.init.constant_(w, 0.5)  # no graph pending: fine (nn.init uses no_grad)
print(w.detach())  # to read: detach() shares the memory, tracks nothing
#> tensor([0.5000, 0.5000])
