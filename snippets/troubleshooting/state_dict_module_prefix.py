import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present

model = nn.Linear(4, 2)
wrapped = nn.DataParallel(model)  # DistributedDataParallel wraps the same way: as .module
state = wrapped.state_dict()  # saved from the wrapper: every key starts with "module."
try:
    nn.Linear(4, 2).load_state_dict(state)
except RuntimeError as e:
    print(f"{type(e).__name__}:", "\n".join(line.strip() for line in str(e).splitlines()))
    #> RuntimeError: Error(s) in loading state_dict for Linear:
    #> Missing key(s) in state_dict: "weight", "bias".
    #> Unexpected key(s) in state_dict: "module.weight", "module.bias".

# the fix, when saving: save the wrapped model itself
torch.testing.assert_close(wrapped.module.state_dict(), model.state_dict())
# the fix, for a checkpoint saved with the prefix: strip it (in place)
consume_prefix_in_state_dict_if_present(state, "module.")
print(nn.Linear(4, 2).load_state_dict(state))
#> <All keys matched successfully>

try:  # the other way round: a plain checkpoint loaded into the wrapper
    wrapped.load_state_dict(state)
except RuntimeError as e:
    print(str(e).splitlines()[1].strip())
    #> Missing key(s) in state_dict: "module.weight", "module.bias".
print(wrapped.module.load_state_dict(state))  # the fix: load into the model it wraps
#> <All keys matched successfully>
