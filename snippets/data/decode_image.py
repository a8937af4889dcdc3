import io
import warnings

import PIL.Image
import torch
from torchvision.io import decode_image
from torchvision.transforms import v2

torch.manual_seed(0)
img = torch.randint(0, 256, (3, 16, 24), dtype=torch.uint8)
buffer = io.BytesIO()
v2.functional.to_pil_image(img).save(buffer, format="PNG")
data = buffer.getvalue()  # a PNG file's bytes, as open(path, "rb").read() returns them

encoded = torch.frombuffer(bytearray(data), dtype=torch.uint8)  # 1-D uint8 (bytearray: writable, no warning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    decoded = decode_image(encoded, mode="RGB")  # the format is read from the bytes
    try:
        decode_image(data)  # bytes are not a tensor: taken for a PATH
    except RuntimeError as e:
        print(type(e).__name__, "File name too long" in str(e))  # str(data) was used as a file name
        #> RuntimeError True
print(decoded.shape, decoded.dtype, torch.equal(decoded, img))  # (C, H, W) uint8; PNG is lossless
#> torch.Size([3, 16, 24]) torch.uint8 True
print(caught[0].category.__name__ + ":", str(caught[0].message).split(". ")[0])
#> DeprecationWarning: The image decoding and encoding capabilities of TorchVision are deprecated since torchvision 0.29 and will be removed in a future release
print(torch.equal(v2.ToImage()(PIL.Image.open(io.BytesIO(data)).convert("RGB")), decoded))  # the same via PIL
#> True
