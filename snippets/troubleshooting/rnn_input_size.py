import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=8, hidden_size=16, batch_first=True)
x = torch.randn(2, 5, 10)  # (batch, sequence, features): 10 features per step, not 8
try:
    lstm(x)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: input.size(-1) must be equal to input_size. Expected 8, got 10

lstm = nn.LSTM(input_size=x.shape[-1], hidden_size=16, batch_first=True)  # the fix: input_size = features
out, (h, c) = lstm(x)
print(out.shape)
#> torch.Size([2, 5, 16])
