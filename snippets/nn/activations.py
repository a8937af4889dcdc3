import torch
from torch import nn

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(x)
#> tensor([-3., -1.,  0.,  1.,  3.])
for act in [nn.ReLU(), nn.LeakyReLU(0.1), nn.GELU(), nn.Sigmoid(), nn.Tanh()]:
    print(f"{type(act).__name__:9} {act(x)}")
    #> ReLU      tensor([0., 0., 0., 1., 3.])
    #> LeakyReLU tensor([-0.3000, -0.1000,  0.0000,  1.0000,  3.0000])
    #> GELU      tensor([-0.0040, -0.1587,  0.0000,  0.8413,  2.9960])
    #> Sigmoid   tensor([0.0474, 0.2689, 0.5000, 0.7311, 0.9526])
    #> Tanh      tensor([-0.9951, -0.7616,  0.0000,  0.7616,  0.9951])
