import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
images = torch.randn(8, 3, 32, 32)  # RGB
labels = torch.randint(0, 10, (8,))
fc = nn.Linear(32 * 32, 10)  # written for gray images
logits = fc(images.view(-1, 32 * 32))  # -1 silently takes in the 3 channels: 24 rows
seq_logits, seq_labels = torch.randn(2, 5, 3), torch.randint(0, 3, (2, 5))  # (N, L, C), (N, L)
for x, y in ((logits, labels), (seq_logits.reshape(-1, 3), seq_labels)):  # targets not flattened
    try:
        F.cross_entropy(x, y)
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")
        #> ValueError: Expected input batch_size (24) to match target batch_size (8).
        #> ValueError: Expected input batch_size (10) to match target batch_size (2).
fc = nn.Linear(3 * 32 * 32, 10)
logits = fc(images.flatten(1))  # keep dimension 0 as the batch
print(logits.shape)
#> torch.Size([8, 10])
print(F.cross_entropy(seq_logits.reshape(-1, 3), seq_labels.reshape(-1)).shape)  # flatten both
#> torch.Size([])
