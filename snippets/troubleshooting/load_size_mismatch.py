from collections import OrderedDict

import torch
from torch import nn


def make(num_classes):  # the same body, a head for num_classes
    return nn.Sequential(OrderedDict(body=nn.Linear(8, 4), fc=nn.Linear(4, num_classes)))


torch.manual_seed(0)
state = make(10).state_dict()  # say, pretrained on 10 classes
model = make(3)  # fine-tuned on 3
for strict in (True, False):  # strict=False forgives missing and extra names, not shapes
    try:
        model.load_state_dict(state, strict=strict)
    except RuntimeError as e:
        print(f"strict={strict}:", str(e).splitlines()[1].strip())  # the first mismatch
        #> strict=True: size mismatch for fc.weight: copying a param with shape torch.Size([10, 4]) from checkpoint, the shape in current model is torch.Size([3, 4]).
        #> strict=False: size mismatch for fc.weight: copying a param with shape torch.Size([10, 4]) from checkpoint, the shape in current model is torch.Size([3, 4]).

# the fix: leave out what does not fit, load the rest, check what was left out
own = model.state_dict()
fits = {name: value for name, value in state.items() if name in own and value.shape == own[name].shape}
print(model.load_state_dict(fits, strict=False).missing_keys)  # the new head keeps its init
#> ['fc.weight', 'fc.bias']
torch.testing.assert_close(model.body.weight, state["body.weight"])
