import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=16, nhead=4, dim_feedforward=4 * 16, activation="gelu",
                                   batch_first=True, norm_first=True).eval()  # eval: no dropout
x = torch.randn(2, 6, 16)
future = torch.ones(6, 6, dtype=torch.bool).triu(1)  # True = masked out
# the pre-norm block, written out with the layer's own submodules
h = layer.norm1(x)
x1 = x + layer.self_attn(h, h, h, attn_mask=future, need_weights=False)[0]
block = x1 + layer.linear2(F.gelu(layer.linear1(layer.norm2(x1))))
torch.testing.assert_close(layer(x, src_mask=future, is_causal=True), block)
