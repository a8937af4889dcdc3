import torch

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(42)  # seeds the CPU generator and every GPU's generator
first = torch.randn(3, device=device)
torch.manual_seed(42)
again = torch.randn(3, device=device)
print(torch.equal(first, again))  # same seed, same draws, on any one device
#> True
