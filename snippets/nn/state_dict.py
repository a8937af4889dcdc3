import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
with torch.no_grad():
    model(5 * torch.randn(64, 3) + 2)  # a forward in training mode updates the running statistics
# parameters AND buffers (the running statistics)
for key, value in model.state_dict().items():
    print(f"{key:22} {tuple(value.shape)}")
    #> 0.weight               (2, 3)
    #> 0.bias                 (2,)
    #> 1.weight               (2,)
    #> 1.bias                 (2,)
    #> 1.running_mean         (2,)
    #> 1.running_var          (2,)
    #> 1.num_batches_tracked  ()

copy = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
print(copy.load_state_dict(model.state_dict()))
#> <All keys matched successfully>
model.eval()  # eval mode uses the running statistics: loaded, so the same in both
copy.eval()
x = torch.randn(5, 3)
torch.testing.assert_close(copy(x), model(x))
