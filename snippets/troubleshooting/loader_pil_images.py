import torch
from PIL import Image
from torch.utils.data import DataLoader, Dataset
from torchvision.transforms import v2


class Pictures(Dataset):
    def __init__(self, transform=None):
        self.transform = transform

    def __len__(self):
        return 4

    def __getitem__(self, i):
        image = Image.new("RGB", (8, 6), color=(51 * i, 0, 0))  # as Image.open(...).convert("RGB") gives
        return (self.transform(image) if self.transform else image), i


try:  # default_collate knows tensors, arrays, numbers, dicts and lists, not images
    next(iter(DataLoader(Pictures(), batch_size=4)))
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
    #> TypeError: default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found <class 'PIL.Image.Image'>

to_tensor = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])  # the fix
images, labels = next(iter(DataLoader(Pictures(to_tensor), batch_size=4)))
print(images.shape, images.dtype, [round(v, 2) for v in images[:, 0, 0, 0].tolist()])  # (N, C, H, W), scaled to [0, 1]
#> torch.Size([4, 3, 6, 8]) torch.float32 [0.0, 0.2, 0.4, 0.6]
