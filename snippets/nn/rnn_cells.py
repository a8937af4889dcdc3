import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20)
cell = nn.LSTMCell(input_size=10, hidden_size=20)  # one step: you loop
with torch.no_grad():  # give the cell the layer's weights
    for name in ["weight_ih", "weight_hh", "bias_ih", "bias_hh"]:
        getattr(cell, name).copy_(getattr(lstm, name + "_l0"))

x = torch.randn(5, 3, 10)  # (sequence, batch, features)
h, c = torch.zeros(3, 20), torch.zeros(3, 20)
for x_t in x:
    h, c = cell(x_t, (h, c))
out, (h_n, c_n) = lstm(x)
torch.testing.assert_close(h, h_n[0])  # the loop of cells is the layer
print(h.shape, c.shape)
#> torch.Size([3, 20]) torch.Size([3, 20])

gru_cell = nn.GRUCell(input_size=10, hidden_size=20)
print(gru_cell(x[0], torch.zeros(3, 20)).shape)  # a GRU has no cell state
#> torch.Size([3, 20])
