import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(2, 5, 3)  # (N, L, C): a batch of 2 sequences of 5 steps, 3 classes
labels = torch.randint(0, 3, (2, 5))  # (N, L)
try:
    F.cross_entropy(logits, labels)  # reads dimension 1 as the classes: C = 5
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Expected target size [2, 3], got [2, 5]
loss = F.cross_entropy(logits.permute(0, 2, 1), labels)  # (N, C, L) against (N, L)
flat = F.cross_entropy(logits.reshape(-1, 3), labels.reshape(-1))  # (N*L, C) against (N*L,)
print(round(loss.item(), 4), torch.allclose(loss, flat))
#> 0.8857 True
