import torch
from torch import nn

x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0])
print(x)
#> tensor([-2., -1.,  0.,  1.,  2.])
for act in [nn.ReLU(), nn.LeakyReLU(0.1), nn.GELU(), nn.Sigmoid(), nn.Tanh()]:
    print(f"{type(act).__name__:9} {act(x)}")
    #> ReLU      tensor([0., 0., 0., 1., 2.])
    #> LeakyReLU tensor([-0.2000, -0.1000,  0.0000,  1.0000,  2.0000])
    #> GELU      tensor([-0.0455, -0.1587,  0.0000,  0.8413,  1.9545])
    #> Sigmoid   tensor([0.1192, 0.2689, 0.5000, 0.7311, 0.8808])
    #> Tanh      tensor([-0.9640, -0.7616,  0.0000,  0.7616,  0.9640])
