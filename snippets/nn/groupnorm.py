import torch
from torch import nn

torch.manual_seed(0)
gn = nn.GroupNorm(num_groups=2, num_channels=6)  # 2 groups of 3 channels
x = torch.randn(2, 6, 3, 3)  # (N, C, H, W)
# per sample and group: over the group's channels and all their pixels
g = x.reshape(2, 2, -1)  # (N, groups, 3 * 3 * 3)
mean, var = g.mean(-1, keepdim=True), g.var(-1, keepdim=True, correction=0)
by_hand = ((g - mean) / torch.sqrt(var + gn.eps)).reshape(x.shape)
torch.testing.assert_close(gn(x), by_hand)
torch.testing.assert_close(gn(x[:1]), gn(x)[:1])  # no batch statistics: any batch size
# the two ends: 1 group is LayerNorm over (C, H, W), C groups is InstanceNorm
layer_norm, instance_norm = nn.LayerNorm([6, 3, 3]), nn.InstanceNorm2d(6)
torch.testing.assert_close(nn.GroupNorm(1, 6)(x), layer_norm(x))
torch.testing.assert_close(nn.GroupNorm(6, 6)(x), instance_norm(x))
# the same normalisation, other parameters: GroupNorm's scale (and bias) is per channel
print(gn.weight.shape, layer_norm.weight.shape, instance_norm.weight)
#> torch.Size([6]) torch.Size([6, 3, 3]) None
