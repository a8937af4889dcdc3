import warnings

import torch
from torch import nn
from torch.nn.utils import parametrizations

torch.manual_seed(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = torch.nn.utils.weight_norm(nn.Linear(3, 2))  # the old function
print(f"{caught[0].category.__name__}: {caught[0].message}")
#> FutureWarning: `torch.nn.utils.weight_norm` is deprecated in favor of `torch.nn.utils.parametrizations.weight_norm`.
print(list(old.state_dict()))  # its names: weight_g and weight_v
#> ['bias', 'weight_g', 'weight_v']
new = parametrizations.weight_norm(nn.Linear(3, 2))
print(new.load_state_dict(old.state_dict()))  # the new one reads old checkpoints
#> <All keys matched successfully>
torch.testing.assert_close(new.weight, old.weight)
