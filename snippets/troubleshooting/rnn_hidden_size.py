import torch
from torch import nn

torch.manual_seed(0)
gru = nn.GRU(input_size=8, hidden_size=16, num_layers=1, bidirectional=True)
x = torch.randn(5, 3, 8)  # (sequence, batch, features)
try:
    gru(x, torch.zeros(1, 3, 16))  # a state for one direction only
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Expected hidden size (2, 3, 16), got [1, 3, 16]

h0 = torch.zeros(gru.num_layers * 2, 3, gru.hidden_size)  # the fix: layers x directions first
out, h = gru(x, h0)
print(out.shape, h.shape)
#> torch.Size([5, 3, 32]) torch.Size([2, 3, 16])
