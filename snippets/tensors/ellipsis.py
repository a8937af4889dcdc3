import torch

x = torch.zeros(2, 3, 4, 5)  # N, C, H, W
print(x[..., 0].shape)  # ... stands for "every dimension not named": x[:, :, :, 0]
#> torch.Size([2, 3, 4])
print(x[0, ...].shape, x[0, ..., 1].shape)
#> torch.Size([3, 4, 5]) torch.Size([3, 4])
print(x[..., None].shape)  # add a trailing dimension, whatever the rank
#> torch.Size([2, 3, 4, 5, 1])
