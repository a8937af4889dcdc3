import torch
import torch.nn.functional as F

torch.manual_seed(0)
probs = torch.rand(4)
labels = torch.tensor([0, 1, 1, 0])  # int64
try:
    F.binary_cross_entropy(probs, labels)  # BCELoss wants float targets
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Found dtype Long but expected Float
print(F.binary_cross_entropy(probs, labels.float()).dtype)
#> torch.float32
