import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
q, k, v = torch.randn(3, 2, 4, 5, 8).unbind(0)  # each (batch, heads, length, head_dim)
out = F.scaled_dot_product_attention(q, k, v)
by_hand = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(8), dim=-1) @ v
torch.testing.assert_close(out, by_hand)
print(out.shape)
#> torch.Size([2, 4, 5, 8])
perm = torch.tensor([4, 2, 0, 1, 3])  # no notion of order: permute the tokens...
torch.testing.assert_close(F.scaled_dot_product_attention(q[..., perm, :], k[..., perm, :],
                                                          v[..., perm, :]), out[..., perm, :])

# is_causal=True: position i attends to 0..i only
causal = F.scaled_dot_product_attention(q, k, v, is_causal=True)
keep = torch.ones(5, 5, dtype=torch.bool).tril()  # a boolean attn_mask: True = ATTEND
torch.testing.assert_close(causal, F.scaled_dot_product_attention(q, k, v, attn_mask=keep))
additive = torch.zeros(5, 5).masked_fill(~keep, float("-inf"))  # a float mask is ADDED
torch.testing.assert_close(causal, F.scaled_dot_product_attention(q, k, v, attn_mask=additive))
print(keep.int())
#> tensor([[1, 0, 0, 0, 0],
#>         [1, 1, 0, 0, 0],
#>         [1, 1, 1, 0, 0],
#>         [1, 1, 1, 1, 0],
#>         [1, 1, 1, 1, 1]], dtype=torch.int32)
