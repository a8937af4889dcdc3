import torch
import torch.nn.functional as F

torch.manual_seed(0)
probs = torch.rand(4, 1)  # a model with one output unit gives (N, 1)
labels = torch.tensor([0.0, 1.0, 1.0, 0.0])  # (N,)
try:
    F.binary_cross_entropy(probs, labels)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: Using a target size (torch.Size([4])) that is different to the input size (torch.Size([4, 1])) is deprecated. Please ensure they have the same size.
print(round(F.binary_cross_entropy(probs.squeeze(1), labels).item(), 4))
#> 0.879
