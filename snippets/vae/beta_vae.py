import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch import nn

torch.set_num_threads(1)  # tiny tensors: more threads mostly wait on each other
X = torch.tensor(load_digits().data, dtype=torch.float32) / 16  # (1797, 64)


def recon_and_kl(encoder, decoder, x):  # per image, in nats
    mu, logvar = encoder(x).chunk(2, dim=1)
    z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
    recon = F.binary_cross_entropy_with_logits(decoder(z), x, reduction="sum") / len(x)
    return recon, -0.5 * torch.sum(1 + logvar - mu**2 - logvar.exp()) / len(x)


results = []
for beta in (0.1, 1.0, 10.0):
    torch.manual_seed(0)
    encoder, decoder = nn.Linear(64, 2 * 4), nn.Linear(4, 64)  # 4 latent dimensions
    optimizer = torch.optim.Adam([*encoder.parameters(), *decoder.parameters()], lr=0.05)
    for step in range(60):
        recon, kl = recon_and_kl(encoder, decoder, X[torch.randint(len(X), (200,))])
        optimizer.zero_grad()
        (recon + beta * kl).backward()  # beta weights the KL term
        optimizer.step()
    with torch.no_grad():
        results.append(recon_and_kl(encoder, decoder, X))
    print(f"beta={beta}: reconstruction {results[-1][0]:.0f}, KL {results[-1][1]:.0f} nats per image")
    #> beta=0.1: reconstruction 22, KL 10 nats per image
    #> beta=1.0: reconstruction 24, KL 3 nats per image
    #> beta=10.0: reconstruction 29, KL 0 nats per image
(r1, k1), (r2, k2), (r3, k3) = results
assert r1 < r2 < r3 and k1 > k2 > k3  # more beta: less information in z, worse reconstructions
assert k3 < 0.1  # beta=10: the posterior collapsed to the prior, z carries almost nothing
