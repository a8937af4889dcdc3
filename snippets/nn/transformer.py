import torch
from torch import nn

torch.manual_seed(0)
# batch_first=True: (batch, sequence, d_model); the default False makes
# PyTorch warn that the encoder's nested-tensor fast path is off
model = nn.Transformer(d_model=64, nhead=4, num_encoder_layers=2,
                       num_decoder_layers=2, dim_feedforward=128,
                       batch_first=True)
src = torch.randn(8, 12, 64)  # (batch, source length, d_model)
tgt = torch.randn(8, 9, 64)  # (batch, target length, d_model)
mask = nn.Transformer.generate_square_subsequent_mask(9)
out = model(src, tgt, tgt_mask=mask, tgt_is_causal=True)
print(out.shape)  # one vector per target position
#> torch.Size([8, 9, 64])

default = nn.Transformer(batch_first=True)  # d_model=512, 6 + 6 layers
print(sum(p.numel() for p in default.parameters()))
#> 44140544
