import torch

# empty() only allocates: the values are whatever bytes were in that memory, so never
# read them before writing. It is for buffers you are about to fill anyway.
buffer = torch.empty(2, 3)
print(buffer.shape, buffer.dtype)
#> torch.Size([2, 3]) torch.float32
buffer.fill_(0.5)
print(buffer)
#> tensor([[0.5000, 0.5000, 0.5000],
#>         [0.5000, 0.5000, 0.5000]])
