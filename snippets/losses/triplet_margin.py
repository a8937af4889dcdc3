import torch
from torch import nn

torch.manual_seed(0)
anchor, positive, negative = torch.randn(3, 4, 8).unbind(0)  # 4 triplets of embeddings
loss = nn.TripletMarginLoss(margin=1.0)(anchor, positive, negative)
# the positive must be closer to the anchor than the negative is, by the margin
d_pos = torch.linalg.vector_norm(anchor - positive, dim=1)  # Euclidean (p=2)
d_neg = torch.linalg.vector_norm(anchor - negative, dim=1)
by_hand = torch.clamp(d_pos - d_neg + 1.0, min=0).mean()
torch.testing.assert_close(loss, by_hand)  # (PyTorch adds eps=1e-6 to each difference)
print(loss)
#> tensor(1.0627)
