import torch

torch.manual_seed(0)
mu, logvar = torch.tensor([[0.0] * 4, [1.0] * 4]), torch.zeros(2, 4)  # what an encoder outputs
z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()  # reparameterize: z stays differentiable
kl = 0.5 * (mu**2 + logvar.exp() - 1 - logvar).sum(dim=1)  # KL(q || N(0, 1)) per sample
print(z.shape, kl)  # the first q is the prior itself: KL 0
#> torch.Size([2, 4]) tensor([0., 2.])
print(torch.nn.ConvTranspose2d(8, 4, kernel_size=2, stride=2)(torch.zeros(1, 8, 7, 7)).shape)
#> torch.Size([1, 4, 14, 14])
