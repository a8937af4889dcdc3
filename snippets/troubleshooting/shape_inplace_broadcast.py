import torch

torch.manual_seed(0)
total = torch.zeros(3)
batch = torch.randn(2, 3)
try:
    total += batch  # the result would be (2, 3), but it must be written into total, (3,)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: output with shape [3] doesn't match the broadcast shape [2, 3]
total += batch.sum(dim=0)  # reduce first, so the result has total's shape
print(total.shape)
#> torch.Size([3])
