import torch
import torch.nn.functional as F
from torch import nn

x1 = torch.tensor([[1.0, 0.0], [1.0, 1.0], [1.0, 0.0]])
x2 = torch.tensor([[0.0, 1.0], [1.0, 1.0], [1.0, 0.2]])
y = torch.tensor([1, -1, -1])  # 1: should be similar, -1: should be dissimilar
loss_fn = nn.CosineEmbeddingLoss(margin=0.0, reduction="none")
cos = F.cosine_similarity(x1, x2, dim=1)
# 1 - cos for a similar pair, max(0, cos - margin) for a dissimilar one
torch.testing.assert_close(loss_fn(x1, x2, y), torch.where(y == 1, 1 - cos, cos.clamp(min=0)))
print(loss_fn(x1, x2, y))
#> tensor([1.0000, 1.0000, 0.9806])
print(loss_fn(x1, x2, torch.tensor([1, 0, 0])))  # 0/1 labels: no error, a 0 pair counts nothing
#> tensor([1., 0., 0.])
