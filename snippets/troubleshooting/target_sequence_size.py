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
torch.testing.assert_close(loss, flat)  # the same loss
print(round(loss.item(), 4))
#> 0.8857
square = torch.randn(2, 3, 3)  # L = C = 3: the wrong layout raises nothing
wrong = F.cross_entropy(square, labels[:, :3])  # reads (N, L, C) as (N, C, L)
right = F.cross_entropy(square.permute(0, 2, 1), labels[:, :3])
print(round(wrong.item(), 4), round(right.item(), 4))
#> 1.2914 1.9147
