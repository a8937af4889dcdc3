import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=8, hidden_size=16, num_layers=2, batch_first=True)
x = torch.randn(3, 5, 8)  # batch_first: (batch=3, sequence=5, features=8)
h0 = torch.zeros(3, 2, 16)  # wrong: batch_first does not apply to the states
try:
    lstm(x, (h0, h0))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Expected hidden[0] size (2, 3, 16), got [3, 2, 16]

h0 = torch.zeros(2, 3, 16)  # the fix: (num_layers, batch, hidden), whatever batch_first says
out, (h, c) = lstm(x, (h0, h0.clone()))
print(out.shape, h.shape)
#> torch.Size([3, 5, 16]) torch.Size([2, 3, 16])

state = torch.randn(2, 2, 16)  # the mistake with a batch of 2, as many as the layers: no error
wrong, _ = lstm(x[:2], (state, state))  # each sample's states read as one layer's
right, _ = lstm(x[:2], (state.transpose(0, 1), state.transpose(0, 1)))
print(torch.allclose(wrong, right))
#> False
