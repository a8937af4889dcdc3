import torch
import torch.nn.functional as F

torch.manual_seed(0)
pred, target = torch.randn(4), torch.randn(4)
losses = F.mse_loss(pred, target, reduction="none")  # one loss per sample
try:
    losses.item()  # item() is for a tensor with exactly one element
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: a Tensor with 4 elements cannot be converted to Scalar
print(round(losses.mean().item(), 4))  # reduce first
#> 3.7137
print(len(losses.tolist()))  # or take all the values as a list
#> 4
