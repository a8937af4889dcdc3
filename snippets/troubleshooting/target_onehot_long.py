import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
one_hot = F.one_hot(torch.tensor([0, 2, 1, 2]), num_classes=3)  # int64, shape (4, 3)
try:
    F.cross_entropy(logits, one_hot)  # the input's shape: read as class probabilities
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Expected floating point type for target with class probabilities, got Long
as_probs = F.cross_entropy(logits, one_hot.float())
as_indices = F.cross_entropy(logits, one_hot.argmax(dim=1))  # back to class indices
torch.testing.assert_close(as_probs, as_indices)  # the same loss
print(round(as_indices.item(), 4))
#> 0.9357
