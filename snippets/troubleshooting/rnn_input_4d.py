import torch
from torch import nn

torch.manual_seed(0)
images = torch.randn(2, 1, 28, 28)  # (batch, channels, height, width)
lstm = nn.LSTM(input_size=28, hidden_size=32, batch_first=True)
try:  # an RNN takes (batch, sequence, features), or one unbatched (sequence, features)
    lstm(images)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: LSTM: Expected input to be 2D or 3D, got 4D instead

rows = images.squeeze(1)  # the fix: make it 3-D, here each image as a sequence of 28 rows
out, (h, c) = lstm(rows)
print(rows.shape, out.shape)
#> torch.Size([2, 28, 28]) torch.Size([2, 28, 32])
