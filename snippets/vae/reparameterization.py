import torch
from torch.distributions import Normal

mu = torch.tensor([0.0, 1.0], requires_grad=True)
logvar = torch.tensor([0.0, -2.0], requires_grad=True)
std = torch.exp(0.5 * logvar)  # log-variance: any real number gives a positive std

torch.manual_seed(0)
z = mu + std * torch.randn_like(std)  # the randomness is an input, not a node to differentiate
z.sum().backward()
print(mu.grad, logvar.grad)  # gradients reach the encoder's outputs
#> tensor([1., 1.]) tensor([ 0.7705, -0.0540])

torch.manual_seed(0)
torch.testing.assert_close(Normal(mu, std).rsample(), z)  # rsample is this trick
print(Normal(mu, std).sample().requires_grad)  # sample() cuts the graph
#> False
