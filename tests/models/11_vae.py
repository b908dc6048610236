# Model zoo: a small VAE: encoder to (mu, logvar), the reparameterization trick with a seeded
# torch.randn_like, a decoder, and a dict output. PyTorch 2.9: one graph.
import torch
import torch.nn as nn
from torch._dynamo.testing import CompileCounter


class VAE(nn.Module):
    def __init__(self, d_in=8, d_hidden=6, d_latent=2):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(d_in, d_hidden), nn.ReLU())
        self.mu = nn.Linear(d_hidden, d_latent)
        self.logvar = nn.Linear(d_hidden, d_latent)
        self.dec = nn.Sequential(nn.Linear(d_latent, d_hidden), nn.ReLU(), nn.Linear(d_hidden, d_in), nn.Sigmoid())

    def reparameterize(self, mu, logvar):
        std = torch.exp(0.5 * logvar)
        eps = torch.randn_like(std)
        return mu + eps * std

    def forward(self, x):
        h = self.enc(x)
        mu, logvar = self.mu(h), self.logvar(h)
        z = self.reparameterize(mu, logvar)
        recon = self.dec(z)
        kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
        return {"recon": recon, "mu": mu, "logvar": logvar, "kl": kl}


torch.manual_seed(0)
model = VAE()
x = torch.rand(3, 8)
cnt = CompileCounter()
compiled = torch.compile(model, backend=cnt)
torch.manual_seed(1)
expected = model(x)
torch.manual_seed(1)
actual = compiled(x)
print("graphs:", cnt.frame_count)
print("keys:", sorted(actual))
print("same as eager:", all(torch.equal(actual[k], expected[k]) for k in expected))
