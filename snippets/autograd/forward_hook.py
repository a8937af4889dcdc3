import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
activations = {}


def save_output(name):
    def hook(module, args, output):  # runs after module.forward
        activations[name] = output.detach()
    return hook


handles = [model[i].register_forward_hook(save_output(f"layer{i}")) for i in (0, 1)]
model(torch.randn(3, 4))
print({name: tuple(a.shape) for name, a in activations.items()})
#> {'layer0': (3, 8), 'layer1': (3, 8)}
print(f"{(activations['layer1'] == 0).float().mean():.4f}")  # the fraction ReLU zeroed
#> 0.5833
for h in handles:
    h.remove()
