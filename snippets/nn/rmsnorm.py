import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(3, 4) * 3 + 5  # (batch, features)
rms = nn.RMSNorm(4)  # over the last dimension, like nn.LayerNorm(4)
print(list(rms.state_dict()))  # a scale (gamma), no bias
#> ['weight']
print(rms(x).detach().mean(dim=-1).round(decimals=4))  # not centred (LayerNorm's means are 0)
#> tensor([0.7549, 0.8190, 0.9655])
# y = x / sqrt(mean(x^2) + eps); eps=None: the machine epsilon of the type it computes in,
# float32 for float32, float16 and bfloat16 inputs, float64 for float64 ones
tiny = torch.full((1, 4), 1e-3, dtype=torch.float64)  # a mean square of 1e-6: there eps shows
for dtype in (torch.float32, torch.float16, torch.bfloat16, torch.float64):
    eps = torch.finfo(torch.float64 if dtype == torch.float64 else torch.float32).eps
    out = nn.RMSNorm(4, dtype=dtype)(tiny.to(dtype))
    by_hand = tiny / torch.sqrt(tiny.pow(2).mean(dim=-1, keepdim=True) + eps)  # in float64
    torch.testing.assert_close(out, by_hand.to(dtype))
    print(dtype, f"eps={eps:.1e}", round(out[0, 0].item(), 3))
    #> torch.float32 eps=1.2e-07 0.945
    #> torch.float16 eps=1.2e-07 0.945
    #> torch.bfloat16 eps=1.2e-07 0.945
    #> torch.float64 eps=2.2e-16 1.0
