import random

import numpy as np
import torch


def seed_everything(seed):
    random.seed(seed)  # Python's own random module
    np.random.seed(seed)  # NumPy's legacy global generator (np.random.rand and friends)
    torch.manual_seed(seed)  # torch on the CPU and on every GPU (no torch.cuda.manual_seed needed)


seed_everything(0)
first = (random.random(), np.random.rand(), torch.rand(1).item())
seed_everything(0)
assert first == (random.random(), np.random.rand(), torch.rand(1).item())
print(torch.initial_seed())
#> 0
