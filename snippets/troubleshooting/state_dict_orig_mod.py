import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
compiled = torch.compile(model)  # a wrapper, OptimizedModule; nothing compiles before its first call
try:  # its state_dict names the model as the wrapper's attribute _orig_mod
    nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).load_state_dict(compiled.state_dict())
except RuntimeError as e:
    print(f"{type(e).__name__}:", "\n".join(line.strip() for line in str(e).splitlines()))
    #> RuntimeError: Error(s) in loading state_dict for Sequential:
    #> Missing key(s) in state_dict: "0.weight", "0.bias", "2.weight", "2.bias".
    #> Unexpected key(s) in state_dict: "_orig_mod.0.weight", "_orig_mod.0.bias", "_orig_mod.2.weight", "_orig_mod.2.bias".

# the fix: save the original module's state_dict; the wrapper holds that very module
print(compiled._orig_mod is model)
#> True
print(nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).load_state_dict(model.state_dict()))
#> <All keys matched successfully>

model.compile()  # the method compiles in place: the same module, the same keys
print(type(model).__name__, list(model.state_dict())[:2])
#> Sequential ['0.weight', '0.bias']
