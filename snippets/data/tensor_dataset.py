import torch
from sklearn.datasets import load_digits
from torch.utils.data import TensorDataset

digits = load_digits()  # 1,797 8x8 images that ship with scikit-learn: no download
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16  # (N, 1, 8, 8) in [0, 1]
y = torch.tensor(digits.target)
ds = TensorDataset(X, y)  # indexes every tensor along dim 0 together

image, label = ds[0]
print(len(ds), image.shape, label)
#> 1797 torch.Size([1, 8, 8]) tensor(0)
print(ds.tensors[0].shape, ds.tensors[1].dtype)
#> torch.Size([1797, 1, 8, 8]) torch.int64
