import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2, bidirectional=True,
               batch_first=True)
x = torch.randn(3, 5, 10)  # (batch, sequence, features)
out, (h, c) = lstm(x)
print(out.shape)  # (batch, sequence, 2 * hidden): both directions, concatenated
#> torch.Size([3, 5, 40])
print(h.shape, c.shape)  # (layers * 2, batch, hidden): batch_first does not apply
#> torch.Size([4, 3, 20]) torch.Size([4, 3, 20])
# h is layer by layer, forward then backward; the last layer is h[-2], h[-1]
torch.testing.assert_close(out[:, -1, :20], h[-2])  # forward: ends at the LAST step
torch.testing.assert_close(out[:, 0, 20:], h[-1])  # backward: ends at the FIRST step
summary = torch.cat([h[-2], h[-1]], dim=1)  # both directions: the input of a classifier
print(summary.shape)
#> torch.Size([3, 40])
