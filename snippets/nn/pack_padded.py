import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(0)
gru = nn.GRU(input_size=2, hidden_size=3, batch_first=True)
short = torch.randn(2, 2)  # 2 steps, padded to 4
padded = torch.stack([torch.cat([short, torch.zeros(2, 2)]), torch.randn(4, 2)])
lengths = torch.tensor([2, 4])  # not sorted by length

_, h_alone = gru(short.unsqueeze(0))  # the short sequence on its own
_, h_padded = gru(padded)  # without packing, the GRU also reads the 2 padding steps
assert not torch.allclose(h_padded[0, 0], h_alone[0, 0])  # so its final state is wrong

packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
out_packed, h_packed = gru(packed)  # h: each sequence's last REAL step, in the batch's order
torch.testing.assert_close(h_packed[0, 0], h_alone[0, 0])
out, out_lengths = pad_packed_sequence(out_packed, batch_first=True)
print(out.shape, out_lengths, out[0, 2:].abs().sum().item())  # padding outputs are 0
#> torch.Size([2, 4, 3]) tensor([2, 4]) 0.0
