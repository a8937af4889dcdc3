import torch

a = torch.zeros(2, 3)
b = torch.ones(2, 3)
print(torch.cat([a, b]).shape)  # join along an existing dimension (0 by default)
#> torch.Size([4, 3])
print(torch.cat([a, b], dim=1).shape)
#> torch.Size([2, 6])
print(torch.stack([a, b]).shape)  # add a new dimension and join along it
#> torch.Size([2, 2, 3])
print(torch.stack([a, b], dim=2).shape)
#> torch.Size([2, 3, 2])
