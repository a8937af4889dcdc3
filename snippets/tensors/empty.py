import torch

# empty() only allocates: its values are whatever bytes were in that memory.
# Never read them before writing; use it for buffers you fill right away.
buffer = torch.empty(2, 3)
print(buffer.shape, buffer.dtype)
#> torch.Size([2, 3]) torch.float32
buffer.fill_(0.5)
print(buffer)
#> tensor([[0.5000, 0.5000, 0.5000],
#>         [0.5000, 0.5000, 0.5000]])
