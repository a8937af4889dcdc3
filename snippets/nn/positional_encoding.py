import math

import torch


def sinusoidal(length, d_model):  # "Attention Is All You Need", section 3.5; d_model even
    pos = torch.arange(length).unsqueeze(1)  # (length, 1)
    freq = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
    pe = torch.zeros(length, d_model)
    pe[:, 0::2] = torch.sin(pos * freq)  # even dims: sin(pos / 10000^(2i/d))
    pe[:, 1::2] = torch.cos(pos * freq)  # odd dims: cos of the same angle
    return pe


pe = sinusoidal(length=50, d_model=16)
print(pe[:3, :4])
#> tensor([[ 0.0000,  1.0000,  0.0000,  1.0000],
#>         [ 0.8415,  0.5403,  0.3110,  0.9504],
#>         [ 0.9093, -0.4161,  0.5911,  0.8066]])
torch.manual_seed(0)
x = torch.randn(2, 50, 16)  # (batch, length, d_model) token embeddings
x = x + pe  # added, and broadcast over the batch
# each position's vector has the same norm, sqrt(d_model / 2), since sin^2 + cos^2 = 1
torch.testing.assert_close(pe.norm(dim=1), torch.full((50,), math.sqrt(8)))
