import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)  # 3 classes: the valid targets are 0, 1, 2
labels = torch.tensor([1, 3, 2, 3])  # labels counted from 1
padded = torch.tensor([0, 2, -1, -1])  # -1 marks padding
for targets in (labels, padded):
    try:
        F.cross_entropy(logits, targets)
    except IndexError as e:
        print(f"{type(e).__name__}: {e}")
        #> IndexError: Target 3 is out of bounds.
        #> IndexError: Target -1 is out of bounds.
print(round(F.cross_entropy(logits, labels - 1).item(), 4))  # shift to 0..C-1
#> 0.9357
print(round(F.cross_entropy(logits, padded, ignore_index=-1).item(), 4))  # skip the -1s
#> 1.211
print(round(F.cross_entropy(logits[:2], padded[:2]).item(), 4))  # the same: only 2 count
#> 1.211
