import torch
from torch import nn
from torch.nn.utils import parametrizations

torch.manual_seed(0)
old = torch.nn.utils.spectral_norm(nn.Linear(5, 4))  # the old function: no warning
print(list(old.state_dict()))  # its names
#> ['bias', 'weight_orig', 'weight_u', 'weight_v']
new = parametrizations.spectral_norm(nn.Linear(5, 4))
try:
    new.load_state_dict(old.state_dict())
except RuntimeError as e:
    print(f"{type(e).__name__}:", "\n".join(line.strip() for line in str(e).splitlines()))
    #> RuntimeError: Error(s) in loading state_dict for ParametrizedLinear:
    #> Missing key(s) in state_dict: "parametrizations.weight.original", "parametrizations.weight.0._u", "parametrizations.weight.0._v".
    #> Unexpected key(s) in state_dict: "weight_orig", "weight_u", "weight_v".
renamed = {"weight_orig": "parametrizations.weight.original",
           "weight_u": "parametrizations.weight.0._u", "weight_v": "parametrizations.weight.0._v"}
print(new.load_state_dict({renamed.get(k, k): v for k, v in old.state_dict().items()}))
#> <All keys matched successfully>
old.eval()
new.eval()  # eval mode runs no iteration step: the same u and v give the same sigma
x = torch.randn(2, 5)
torch.testing.assert_close(new(x), old(x))
