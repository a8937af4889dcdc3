import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)
labels = torch.tensor([[0], [2], [1], [2]])  # shape (4, 1), e.g. a label column of a table
try:
    F.cross_entropy(logits, labels)  # class indices must have shape (N,)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: 0D or 1D target tensor expected, multi-target not supported
print(round(F.cross_entropy(logits, labels.squeeze(1)).item(), 4))
#> 0.9357
try:  # a last batch of one sample: squeeze() also drops the batch dimension
    F.cross_entropy(logits[:1], labels[:1].squeeze())
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: Expected input batch_size (1) to match target batch_size (0).
print(round(F.cross_entropy(logits[:1], labels[:1].squeeze(1)).item(), 4))
#> 0.1689
