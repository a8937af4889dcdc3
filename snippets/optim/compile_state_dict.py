import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
compiled = torch.compile(model, backend="eager")  # a wrapper around model: OptimizedModule
print(type(compiled).__name__, list(compiled.state_dict())[:2])
#> OptimizedModule ['_orig_mod.0.weight', '_orig_mod.0.bias']
plain = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
try:  # wrong: the keys carry the wrapper's attribute name
    plain.load_state_dict(compiled.state_dict())
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[2].strip()}")
    #> RuntimeError: Unexpected key(s) in state_dict: "_orig_mod.0.weight", "_orig_mod.0.bias", "_orig_mod.2.weight", "_orig_mod.2.bias".

print(plain.load_state_dict(model.state_dict()))  # right: save the original module's
#> <All keys matched successfully>
state = compiled.state_dict()  # or strip the prefix from a checkpoint saved that way
consume_prefix_in_state_dict_if_present(state, "_orig_mod.")  # in place
print(plain.load_state_dict(state))
#> <All keys matched successfully>
