import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Dropout(0.5))
print([m.training for m in model.modules()])  # a new model is in training mode
#> [True, True, True, True, True]
model.eval()  # sets the flag on every submodule...
print([m.training for m in model.modules()])
#> [False, False, False, False, False]
x = torch.randn(3, 4)
torch.testing.assert_close(model(x), model(x))  # ...so dropout is off: the same output twice
print(model(x).requires_grad)  # eval() does not stop autograd...
#> True
with torch.no_grad():  # ...no_grad (or inference_mode) does
    print(model(x).requires_grad)
    #> False
