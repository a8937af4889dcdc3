import torch

x = torch.arange(12, dtype=torch.float32).reshape(3, 4)
print(x.shape, x.dtype, x.device)
#> torch.Size([3, 4]) torch.float32 cpu
print(x[1], x[:, -1])  # a row, the last column
#> tensor([4., 5., 6., 7.]) tensor([ 3.,  7., 11.])
print(x.T.reshape(-1)[:5])  # x.T.view(-1) raises: no strides walk it; reshape copies
#> tensor([0., 4., 8., 1., 5.])
print(x.sum(dim=0), x.mean(dim=1, keepdim=True).shape)
#> tensor([12., 15., 18., 21.]) torch.Size([3, 1])
print(torch.cat([x, x]).shape, torch.stack([x, x]).shape)
#> torch.Size([6, 4]) torch.Size([2, 3, 4])
print((x @ x.T).shape, (x + torch.ones(4)).shape)  # matmul, broadcasting
#> torch.Size([3, 3]) torch.Size([3, 4])
