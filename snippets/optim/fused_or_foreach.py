import torch
from torch import nn

model = nn.Linear(2, 1)
try:
    torch.optim.AdamW(model.parameters(), foreach=True, fused=True)  # one or the other
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: `fused` and `foreach` cannot be `True` together.
