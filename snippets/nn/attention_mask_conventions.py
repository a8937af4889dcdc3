import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(1, 4, 8)  # (batch, length, embed); the last position is padding
real = torch.tensor([[True, True, True, False]])  # True: a real token
x_changed = x.clone()
x_changed[:, 3] = 100.0  # change only the padding


def padding_leaks(attend):  # does the padding's content reach the real tokens?
    return not torch.allclose(attend(x)[:, :3], attend(x_changed)[:, :3])


mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True).eval()
# the same mask to both APIs: SDPA's True means "attend", MHA's means "mask out"
sdpa_leaks = padding_leaks(lambda t: F.scaled_dot_product_attention(t, t, t, attn_mask=real[:, None]))
mha_leaks = padding_leaks(lambda t: mha(t, t, t, key_padding_mask=real)[0])  # the bug
print(f"padding leaks: SDPA {sdpa_leaks}, MHA {mha_leaks}")
#> padding leaks: SDPA False, MHA True
fixed = padding_leaks(lambda t: mha(t, t, t, key_padding_mask=~real)[0])  # the fix: invert
print(f"MHA with ~real: padding leaks {fixed}")
#> MHA with ~real: padding leaks False
