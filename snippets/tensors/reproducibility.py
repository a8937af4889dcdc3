import torch

torch.manual_seed(42)
first = torch.rand(3)
torch.manual_seed(42)
assert torch.equal(first, torch.rand(3))  # same seed, same numbers

g = torch.Generator().manual_seed(42)  # a private stream, untouched by other code
print(torch.rand(3, generator=g))
#> tensor([0.8823, 0.9150, 0.3829])
other = torch.Generator().manual_seed(42)
assert torch.equal(first, torch.rand(3, generator=other))
