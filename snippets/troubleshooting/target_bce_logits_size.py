import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 1)  # a model with one output unit gives (N, 1)
labels = torch.tensor([0.0, 1.0, 1.0, 0.0])  # (N,)
loss_fn = nn.BCEWithLogitsLoss()
try:
    loss_fn(logits, labels)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: Target size (torch.Size([4])) must be the same as input size (torch.Size([4, 1]))
print(round(loss_fn(logits, labels.unsqueeze(1)).item(), 4))  # or logits.squeeze(1)
#> 1.4722
