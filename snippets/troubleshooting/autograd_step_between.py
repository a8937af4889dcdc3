import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(4, 3, requires_grad=True)  # or the output of an earlier layer
out = model(x)  # saves model.weight, to compute x's gradient
loss_a, loss_b = out.pow(2).mean(), out.abs().mean()
loss_a.backward(retain_graph=True)
opt.step()  # changes model.weight in place
try:
    loss_b.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3, 1]], which is output 0 of AsStrided, is at version 2; expected version 1 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
opt.zero_grad()
out = model(x)  # the fix: a new forward pass after the step (or both backward() before it)
(out.pow(2).mean() + out.abs().mean()).backward()
opt.step()
print(model.weight.grad.shape)
#> torch.Size([1, 3])
