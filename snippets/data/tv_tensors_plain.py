import torch
from torchvision import tv_tensors
from torchvision.transforms import v2

flip = v2.RandomHorizontalFlip(p=1)
image = torch.arange(6).view(1, 2, 3)
mask = torch.tensor([[[1, 0, 0], [1, 0, 0]]])  # a plain tensor, not a tv_tensors.Mask
box = torch.tensor([[0, 0, 1, 2]])  # a plain tensor, not tv_tensors.BoundingBoxes
out_image, out_mask, out_box = flip(tv_tensors.Image(image), mask, box)
print(torch.equal(out_image, image.flip(-1)), torch.equal(out_mask, mask), out_box.tolist())  # only the image moved
#> True True [[0, 0, 1, 2]]
out_mask, out_image = flip(mask, image)  # no tv_tensors.Image: the FIRST plain tensor is taken for the image
print(torch.equal(out_mask, mask.flip(-1)), torch.equal(out_image, image))  # the mask flipped, the image not
#> True True
print(flip(tv_tensors.Image(image), tv_tensors.Mask(mask))[1].tolist())  # wrapped, the mask moves with the image
#> [[[0, 0, 1], [0, 0, 1]]]
