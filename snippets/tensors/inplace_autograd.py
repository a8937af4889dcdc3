# raises: RuntimeError
import torch

w = torch.ones(2, requires_grad=True)
try:
    w.add_(1)  # a leaf that requires grad: refused at once
except RuntimeError as e:
    print(e)
    #> a leaf Variable that requires grad is being used in an in-place operation.
x = torch.ones(2, requires_grad=True)
y = x.exp()  # exp saves its output y for the backward pass
y.add_(1)  # allowed: it only bumps y's version counter
print(y._version)
#> 1
y.sum().backward()  # backward finds the saved y changed, and fails here
#> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
