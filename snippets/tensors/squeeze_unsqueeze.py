import torch

x = torch.zeros(3, 4)
print(x.unsqueeze(0).shape)  # add a batch dimension
#> torch.Size([1, 3, 4])
print(x.unsqueeze(-1).shape)
#> torch.Size([3, 4, 1])
print(x[None, :, None].shape)  # None in an index does the same
#> torch.Size([1, 3, 1, 4])
y = torch.zeros(1, 3, 1, 4)
print(y.squeeze().shape)  # drop every size-1 dimension, a batch of one too: name the dim
#> torch.Size([3, 4])
print(y.squeeze(0).shape)  # drop only dimension 0
#> torch.Size([3, 1, 4])
