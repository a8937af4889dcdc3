import torch
from torch import nn


class Block(nn.Module):  # pre-norm: x + attention(LN(x)), then x + MLP(LN(x))
    def __init__(self, d_model, n_heads):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(d_model), nn.LayerNorm(d_model)
        self.attn = nn.MultiheadAttention(d_model, n_heads, batch_first=True)
        self.mlp = nn.Sequential(nn.Linear(d_model, 4 * d_model), nn.GELU(),
                                 nn.Linear(4 * d_model, d_model))

    def forward(self, x):
        n = x.size(1)
        future = torch.ones(n, n, dtype=torch.bool).triu(1)  # MHA: True = masked out
        h = self.ln1(x)
        x = x + self.attn(h, h, h, attn_mask=future, need_weights=False)[0]
        return x + self.mlp(self.ln2(x))


torch.manual_seed(0)
block = Block(d_model=16, n_heads=4).eval()
x = torch.randn(2, 6, 16)  # (batch, length, d_model)
out = block(x)
print(out.shape)
#> torch.Size([2, 6, 16])
x[:, 4:] = 0.0  # change the future...
torch.testing.assert_close(block(x)[:, :4], out[:, :4])  # ...the past is the same
