import torch

torch.manual_seed(0)
logits = torch.randn(5)  # one sample, without its batch dimension
try:
    logits.softmax(dim=1)  # a 1-D tensor has only dimension 0 (or -1)
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
    #> IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
print(logits.softmax(dim=-1).shape)  # -1, the last dimension, works with or without a batch
#> torch.Size([5])
print(logits.unsqueeze(0).softmax(dim=1).shape)  # or add the batch dimension back
#> torch.Size([1, 5])
