import torch

torch.manual_seed(0)
z = torch.randn(2, 3, requires_grad=True)
mask = torch.tensor([1.0, 0.0, 1.0])
out = torch.sigmoid(z)  # sigmoid saves its output: its derivative is out * (1 - out)
out *= mask  # in place: changes the saved output
try:
    out.sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2, 3]], which is output 0 of Sigmoid, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
out = torch.sigmoid(z) * mask  # out of place: a new tensor, the saved one is untouched
out.sum().backward()
print(z.grad.shape)
#> torch.Size([2, 3])
