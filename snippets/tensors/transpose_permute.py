import torch

x = torch.zeros(2, 3, 4)
print(x.transpose(0, 2).shape)  # swap two dimensions
#> torch.Size([4, 3, 2])
print(x.permute(2, 0, 1).shape)  # any reordering of all dimensions
#> torch.Size([4, 2, 3])
image = torch.zeros(224, 224, 3)  # H, W, C: how image libraries store it
print(image.permute(2, 0, 1).shape)  # channels first, as PyTorch layers expect
#> torch.Size([3, 224, 224])
print(torch.zeros(2, 3).T.shape)  # .T for a matrix
#> torch.Size([3, 2])
