import torch
from devices import pick_device

device = pick_device()
torch.manual_seed(42)  # seeds the CPU generator and every GPU's generator
first = torch.randn(3, device=device)
torch.manual_seed(42)
again = torch.randn(3, device=device)
print(torch.equal(first, again))  # same seed, same draws, on any one device
#> True
