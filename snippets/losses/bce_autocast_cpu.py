import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(4, 3), torch.tensor([[0.0], [1.0], [1.0], [0.0]])
with torch.autocast("cpu", dtype=torch.bfloat16):
    logits = model(x)  # linear runs in bfloat16
    bce = nn.BCELoss()(torch.sigmoid(logits), y)  # on the CPU: no error, runs in float32
    bce_logits = nn.BCEWithLogitsLoss()(logits, y)  # float32 as well
print(logits.dtype, bce.dtype, bce_logits.dtype)
#> torch.bfloat16 torch.float32 torch.float32
(bce + bce_logits).backward()
print(model.weight.grad.dtype)  # the parameters and their gradients stay float32
#> torch.float32
