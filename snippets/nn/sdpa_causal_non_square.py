import torch
import torch.nn.functional as F
from torch.nn.attention.bias import causal_lower_right

torch.manual_seed(0)
q = torch.randn(1, 2, 8)  # L = 2 queries: the 2 newest tokens of 5
k, v = torch.randn(1, 5, 8), torch.randn(1, 5, 8)  # S = 5 keys: all 5 tokens
out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
top_left = torch.ones(2, 5, dtype=torch.bool).tril()  # what is_causal means: query i sees keys 0..i
torch.testing.assert_close(out, F.scaled_dot_product_attention(q, k, v, attn_mask=top_left))
print(top_left.int())
#> tensor([[1, 0, 0, 0, 0],
#>         [1, 1, 0, 0, 0]], dtype=torch.int32)
# for the newest tokens, query i is token S - L + i: align the mask bottom-right
bottom_right = torch.ones(2, 5, dtype=torch.bool).tril(diagonal=5 - 2)
print(bottom_right.int())
#> tensor([[1, 1, 1, 1, 0],
#>         [1, 1, 1, 1, 1]], dtype=torch.int32)
newest = F.scaled_dot_product_attention(q, k, v, attn_mask=bottom_right)
assert not torch.allclose(out, newest)
torch.testing.assert_close(F.scaled_dot_product_attention(q, k, v, attn_mask=causal_lower_right(2, 5)), newest)
