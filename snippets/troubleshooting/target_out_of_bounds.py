import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)  # 3 classes: the valid targets are 0, 1, 2
labels = torch.tensor([1, 3, 2, 3])  # labels counted from 1
try:
    F.cross_entropy(logits, labels)
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
    #> IndexError: Target 3 is out of bounds.
print(round(F.cross_entropy(logits, labels - 1).item(), 4))  # shift to 0..C-1
#> 0.9357
