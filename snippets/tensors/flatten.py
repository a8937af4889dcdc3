import torch

x = torch.zeros(32, 3, 28, 28)
print(x.flatten().shape)  # everything into one dimension
#> torch.Size([75264])
print(x.flatten(start_dim=1).shape)  # keep the batch dimension
#> torch.Size([32, 2352])
print(torch.nn.Flatten()(x).shape)  # the layer form starts at dim 1 by default
#> torch.Size([32, 2352])
print(x.unflatten(1, (1, 3)).shape)
#> torch.Size([32, 1, 3, 28, 28])
