import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.rand(32, 1, 28, 28)  # a batch of 32 images of 28 x 28 = 784 pixels
logits = torch.randn_like(x)  # the decoder's output
mu, logvar = torch.randn(32, 16), torch.randn(32, 16)  # the encoder's, 16 latent dimensions

recon = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / len(x)  # per image
kl = -0.5 * torch.sum(1 + logvar - mu**2 - logvar.exp()) / len(x)  # per image: summed over latents
right = recon + kl
wrong = F.binary_cross_entropy_with_logits(logits, x) + kl  # reduction="mean": also divides by 784
print(f"per image: reconstruction {recon:.1f}, KL {kl:.1f}")
#> per image: reconstruction 632.9, KL 12.5
print(f"KL's share of the loss: {kl / right:.0%} summed, {kl / wrong:.0%} with mean BCE")
#> KL's share of the loss: 2% summed, 94% with mean BCE
torch.testing.assert_close(wrong * 784, recon + 784 * kl)  # the right loss with the KL weighted 784x
