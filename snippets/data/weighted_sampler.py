import torch
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler

torch.manual_seed(0)
labels = torch.tensor([0] * 90 + [1] * 10)  # imbalanced: 90% class 0
ds = TensorDataset(torch.randn(100, 2), labels)

class_counts = torch.bincount(labels)  # tensor([90, 10])
weights = 1.0 / class_counts[labels].float()  # one weight per SAMPLE: 1 / its class size
sampler = WeightedRandomSampler(weights, num_samples=len(ds), replacement=True,
                                generator=torch.Generator().manual_seed(0))
for name, loader in [("shuffle", DataLoader(ds, batch_size=20, shuffle=True)),
                     ("weighted", DataLoader(ds, batch_size=20, sampler=sampler))]:
    seen = torch.cat([yb for _, yb in loader])  # one epoch's labels
    print(f"{name:8}: class counts {torch.bincount(seen).tolist()} in {len(seen)} draws")
    #> shuffle : class counts [90, 10] in 100 draws
    #> weighted: class counts [53, 47] in 100 draws
# about half and half: the 10 minority samples are drawn again and again (replacement=True)
