import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([-1.0, 0.5, 2.0, -0.3])
y = torch.tensor([0.0, 1.0, 1.0, 0.0])

# each positive counts 3 times (for rare positives the docs suggest
# pos_weight = number of negatives / number of positives)
loss = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(3.0))(logits, y)
log_p, log_1mp = F.logsigmoid(logits), F.logsigmoid(-logits)  # log(1 - p)
by_hand = -(3.0 * y * log_p + (1 - y) * log_1mp).mean()
torch.testing.assert_close(loss, by_hand)
print(nn.BCEWithLogitsLoss()(logits, y), loss)
#> tensor(0.3672) tensor(0.6677)
