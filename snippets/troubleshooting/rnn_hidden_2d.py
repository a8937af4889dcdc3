import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=8, hidden_size=16)
x = torch.randn(5, 3, 8)  # (sequence, batch, features)
try:
    rnn(x, torch.zeros(3, 16))  # (batch, hidden): the layer dimension is missing
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: For batched 3-D input, hx should also be 3-D but got 2-D tensor
try:  # the reverse: one unbatched sequence (sequence, features) with a batched state
    rnn(x[:, 0], torch.zeros(1, 1, 16))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: For unbatched 2-D input, hx should also be 2-D but got 3-D tensor

out, h = rnn(x, torch.zeros(1, 3, 16))  # the fix: (num_layers, batch, hidden)
print(h.shape, rnn(x[:, 0], torch.zeros(1, 16))[1].shape)  # unbatched: (num_layers, hidden)
#> torch.Size([1, 3, 16]) torch.Size([1, 16])
