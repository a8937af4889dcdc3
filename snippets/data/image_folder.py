import tempfile
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader
from torchvision.datasets import ImageFolder
from torchvision.transforms import v2

digits = load_digits()
with tempfile.TemporaryDirectory() as root:
    for i, (image, label) in enumerate(zip(digits.images[:30], digits.target[:30])):
        folder = Path(root) / f"class_{label}"  # one folder per class: what ImageFolder reads
        folder.mkdir(exist_ok=True)
        Image.fromarray((image * 255 / 16).astype(np.uint8)).save(folder / f"{i}.png")

    transform = v2.Compose([v2.Grayscale(), v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
    ds = ImageFolder(root, transform=transform)  # opens each file with PIL, as RGB
    print(len(ds), ds.classes[:3], ds.class_to_idx["class_9"])
    #> 30 ['class_0', 'class_1', 'class_2'] 9
    xb, yb = next(iter(DataLoader(ds, batch_size=8)))  # reads the files: inside the with
    print(xb.shape, xb.dtype)
    #> torch.Size([8, 1, 8, 8]) torch.float32
