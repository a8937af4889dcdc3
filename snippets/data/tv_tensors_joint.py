import torch
from torchvision import tv_tensors
from torchvision.ops import masks_to_boxes
from torchvision.transforms import v2

torch.manual_seed(0)  # RandomCrop draws its window from torch's global generator
mask = torch.zeros(1, 32, 48, dtype=torch.uint8)
mask[:, 8:20, 4:16] = 1  # the object: rows 8 to 19, columns 4 to 15
sample = {
    "image": tv_tensors.Image(torch.randint(0, 256, (3, 32, 48), dtype=torch.uint8)),
    "mask": tv_tensors.Mask(mask),
    "boxes": tv_tensors.BoundingBoxes([[4, 8, 16, 20]], format="XYXY", canvas_size=(32, 48)),
    "label": 3,  # anything else passes through untouched
}
transform = v2.Compose([v2.RandomHorizontalFlip(p=1), v2.RandomCrop((24, 40))])
out = transform(sample)  # one random crop window, applied to all of them
print(sample["boxes"].tolist(), "->", out["boxes"].tolist(), out["boxes"].canvas_size)
#> [[4, 8, 16, 20]] -> [[25, 7, 37, 19]] (24, 40)
print(out["image"].shape, out["mask"].shape, out["label"])
#> torch.Size([3, 24, 40]) torch.Size([1, 24, 40]) 3
mask_box = masks_to_boxes(out["mask"]) + torch.tensor([0, 0, 1, 1])  # +1: it ends AT the last pixel
print(mask_box.tolist())  # the box around the moved mask: the moved box
#> [[25.0, 7.0, 37.0, 19.0]]
