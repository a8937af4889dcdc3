import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 7, 10)  # default layout: (sequence, batch, features)

rnn = nn.RNN(input_size=10, hidden_size=20, num_layers=1)
out, h = rnn(x)
# out: the top layer at every step; h: every layer at the last step
print(out.shape, h.shape)
#> torch.Size([5, 7, 20]) torch.Size([1, 7, 20])

lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=3)  # 3 stacked
out, (h, c) = lstm(x)  # an LSTM also carries a cell state c
print(out.shape, h.shape, c.shape)
#> torch.Size([5, 7, 20]) torch.Size([3, 7, 20]) torch.Size([3, 7, 20])

gru = nn.GRU(10, 20, num_layers=3, batch_first=True)
out, h = gru(x.transpose(0, 1))  # batch_first: (batch, sequence, features)
print(out.shape, h.shape)  # for input and output only: h is unchanged
#> torch.Size([7, 5, 20]) torch.Size([3, 7, 20])
torch.testing.assert_close(out[:, -1], h[-1])  # last step of the top layer
