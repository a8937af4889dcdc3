import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
for labels in (torch.tensor([0.0, 2.0, 1.0, 2.0]), torch.tensor([0, 2, 1, 2], dtype=torch.int32)):
    try:
        F.cross_entropy(logits, labels)  # class indices must be int64 (Long)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: expected target dtype to be Long or Byte, but got Float
        #> RuntimeError: expected target dtype to be Long or Byte, but got Int
print(round(F.cross_entropy(logits, labels.long()).item(), 4))
#> 0.9357
