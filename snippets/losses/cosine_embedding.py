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
y01 = torch.tensor([1, 0, 0])  # 0/1 labels: no error
print(loss_fn(x1, x2, y01))  # a 0 pair adds 0 to the sum, whatever the vectors
#> tensor([1., 0., 0.])
mean = nn.CosineEmbeddingLoss()(x1, x2, y01)
torch.testing.assert_close(mean, loss_fn(x1, x2, y01).sum() / 3)  # yet counts in the mean
