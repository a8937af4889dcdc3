import torch
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.randn(4, requires_grad=True)
target = torch.randn(4)
losses = F.mse_loss(pred, target, reduction="none")  # one loss per sample: shape (4,)
try:
    losses.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: grad can be implicitly created only for scalar outputs
losses.mean().backward()  # reduce to one number first
print(pred.grad.shape)
#> torch.Size([4])
