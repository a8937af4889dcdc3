import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
try:
    bn(torch.randn(1, 3))  # training mode, one value per channel: no variance to normalise by
except ValueError as e:
    print(e)
    #> Expected more than 1 value per channel when training, got input size torch.Size([1, 3])
bn.eval()  # eval mode normalises with the running statistics: one sample is fine
print(bn(torch.randn(1, 3)).shape)
#> torch.Size([1, 3])
print(nn.BatchNorm2d(3)(torch.randn(1, 3, 4, 4)).shape)  # one image, but 16 values per channel
#> torch.Size([1, 3, 4, 4])
