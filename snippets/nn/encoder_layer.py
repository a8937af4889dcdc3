import torch
from torch import nn

torch.manual_seed(0)
# 768 / 12 = 64 dimensions per head
layer = nn.TransformerEncoderLayer(d_model=768, nhead=12, batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2)  # 2 deep copies of layer
x = torch.randn(4, 10, 768)  # (batch, sequence, d_model)
padding = torch.zeros(4, 10, dtype=torch.bool)
padding[:, 8:] = True  # True: a padding position that attention ignores
print(encoder(x, src_key_padding_mask=padding).shape)  # same shape out
#> torch.Size([4, 10, 768])

n = sum(p.numel() for p in layer.parameters())
attention = 4 * (768 * 768 + 768)  # Q, K, V and output projections
mlp = (768 * 2048 + 2048) + (2048 * 768 + 768)  # dim_feedforward=2048
norms = 2 * 2 * 768  # two LayerNorms, weight and bias
assert n == attention + mlp + norms
print(n)
#> 5513984
