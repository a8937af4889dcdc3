import torch
from torchvision import tv_tensors
from torchvision.transforms import v2

sample = {
    "image": tv_tensors.Image(torch.zeros(3, 32, 48, dtype=torch.uint8)),
    "boxes": tv_tensors.BoundingBoxes([[4, 8, 16, 20], [20, 10, 28, 18]], format="XYXY", canvas_size=(32, 48)),
    "labels": torch.tensor([1, 2]),  # one per box, found by its key ("labels", else any key with "label")
}
cropped = v2.CenterCrop(16)(sample)  # keeps columns 16 to 31: the first box is left with no width
print(cropped["boxes"].tolist(), cropped["labels"].tolist())
#> [[0, 0, 0, 12], [4, 2, 12, 10]] [1, 2]
out = v2.Compose([v2.CenterCrop(16), v2.SanitizeBoundingBoxes()])(sample)  # end the pipeline with it
print(out["boxes"].tolist(), out["labels"].tolist())  # the empty box is gone, and its label with it
#> [[4, 2, 12, 10]] [2]
