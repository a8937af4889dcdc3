import torch
from torch import nn

batch = torch.full((4, 1), 5.0)  # a batch whose mean is 5; the running mean starts at 0
for m in [0.1, 0.01, 0.99]:
    bn = nn.BatchNorm1d(1, momentum=m)
    bn(batch)
    # running = (1 - m) * running + m * batch: m weighs the NEW batch
    torch.testing.assert_close(bn.running_mean, torch.tensor([(1 - m) * 0 + m * 5]))
    print(f"momentum={m}: running_mean {bn.running_mean.item():.2f}")
    #> momentum=0.1: running_mean 0.50
    #> momentum=0.01: running_mean 0.05
    #> momentum=0.99: running_mean 4.95

bn = nn.BatchNorm1d(1, momentum=None)  # None: the plain average of every batch so far
for mean in [2.0, 4.0, 9.0]:
    bn(torch.full((4, 1), mean))
torch.testing.assert_close(bn.running_mean, torch.tensor([(2.0 + 4.0 + 9.0) / 3]))
