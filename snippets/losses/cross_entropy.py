import torch
from torch import nn

# (batch, classes): raw scores, no softmax
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
y = torch.tensor([0, 2])  # class indices, dtype long, not one-hot

loss = nn.CrossEntropyLoss()(logits, y)
log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
# -log p of the correct class, averaged over the batch
by_hand = -log_probs[torch.arange(2), y].mean()
torch.testing.assert_close(loss, by_hand)
print(loss)
#> tensor(1.4185)
