import torch
from torch import nn

old = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))  # a trained 3-class model
new = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
state = old.state_dict()
del state["2.bias"]  # say the checkpoint lacks a key
state["extra.scale"] = torch.ones(1)  # and has one the model does not know

try:  # strict=True (the default): any missing or unexpected key is an error
    new.load_state_dict(state)
except RuntimeError as e:
    print(f"{type(e).__name__}:", "\n".join(line.strip() for line in str(e).splitlines()))
    #> RuntimeError: Error(s) in loading state_dict for Sequential:
    #> Missing key(s) in state_dict: "2.bias".
    #> Unexpected key(s) in state_dict: "extra.scale".
result = new.load_state_dict(state, strict=False)  # loads what matches, reports the rest
print(result.missing_keys, result.unexpected_keys)
#> ['2.bias'] ['extra.scale']

# the trap: strict=False with mismatched names loads NOTHING, silently
ddp_style = {f"module.{k}": v for k, v in old.state_dict().items()}  # saved from a wrapper
result = new.load_state_dict(ddp_style, strict=False)
print(len(result.missing_keys), "of", len(new.state_dict()), "missing")  # check it!
#> 4 of 4 missing
