import torch

torch.manual_seed(0)
rows = [torch.randn(3) for _ in range(2)]  # e.g. one output per batch, collected in a list
try:
    torch.tensor(rows)  # torch.tensor wants numbers, or tensors of one element
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: only one element tensors can be converted to Python scalars
print(torch.stack(rows).shape)  # stack joins tensors along a new dimension
#> torch.Size([2, 3])
