import random

import numpy as np
import torch
from torch.utils.data import DataLoader

random.seed(0)
np.random.seed(0)
torch.manual_seed(0)
g = torch.Generator().manual_seed(0)  # draws the DataLoader's shuffle order
loader = DataLoader(range(8), batch_size=4, shuffle=True, generator=g)

state = {  # save these in the checkpoint too (on a GPU: torch.cuda.get_rng_state_all())
    "torch": torch.get_rng_state(), "numpy": np.random.get_state(),
    "random": random.getstate(), "loader": g.get_state(),
}
first = [next(iter(loader)).tolist(), torch.rand(1).item(), np.random.rand(), random.random()]

torch.set_rng_state(state["torch"])  # ...after a restart: restore every one
np.random.set_state(state["numpy"])
random.setstate(state["random"])
g.set_state(state["loader"])
again = [next(iter(loader)).tolist(), torch.rand(1).item(), np.random.rand(), random.random()]
assert again == first  # the same shuffle, the same random draws
print(again[0])
#> [5, 3, 1, 7]
