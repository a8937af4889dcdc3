import torch
from torch.distributions import Normal, kl_divergence

torch.manual_seed(0)
mu_p, mu_q = torch.randn(5), torch.randn(5)
s_p, s_q = torch.rand(5) + 0.1, torch.rand(5) + 0.1

kl = torch.log(s_q / s_p) + (s_p**2 + (mu_p - mu_q) ** 2) / (2 * s_q**2) - 0.5
torch.testing.assert_close(kl, kl_divergence(Normal(mu_p, s_p), Normal(mu_q, s_q)))

# against the prior N(0, 1), in the log-variance an encoder outputs
mu, logvar = torch.randn(5), torch.randn(5)
kl_prior = -0.5 * (1 + logvar - mu**2 - logvar.exp())
torch.testing.assert_close(kl_prior, kl_divergence(Normal(mu, (0.5 * logvar).exp()), Normal(0.0, 1.0)))
print(kl_prior)
#> tensor([0.5450, 0.0798, 0.1241, 1.1105, 0.0139])
assert (kl_prior >= 0).all()  # a KL divergence is never negative
