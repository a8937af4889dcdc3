import torch
from torch import nn

torch.manual_seed(0)
layer = nn.TransformerDecoderLayer(d_model=768, nhead=12, batch_first=True)
# 6 deep copies of layer
decoder = nn.TransformerDecoder(decoder_layer=layer, num_layers=6)
decoder.eval()  # no dropout, so the two calls below are comparable

memory = torch.randn(2, 10, 768)  # encoder output: (batch, source len, d_model)
tgt = torch.randn(2, 5, 768)  # (batch, target len, d_model)
mask = nn.Transformer.generate_square_subsequent_mask(5)
print(mask)  # -inf above the diagonal: position i sees 0..i only
#> tensor([[0., -inf, -inf, -inf, -inf],
#>         [0., 0., -inf, -inf, -inf],
#>         [0., 0., 0., -inf, -inf],
#>         [0., 0., 0., 0., -inf],
#>         [0., 0., 0., 0., 0.]])
out = decoder(tgt, memory, tgt_mask=mask, tgt_is_causal=True)
print(out.shape)
#> torch.Size([2, 5, 768])

changed = tgt.clone()
changed[:, 3:] = 0.0  # change the future...
again = decoder(changed, memory, tgt_mask=mask, tgt_is_causal=True)
torch.testing.assert_close(again[:, :3], out[:, :3])  # ...the past is the same
