import tempfile
from pathlib import Path

from PIL import Image

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "gray.png"
    Image.new("L", (4, 3), color=128).save(path)  # a grayscale PNG, one channel

    img = Image.open(path)
    print(img.mode, img.size)  # size is (width, height)
    #> L (4, 3)
    rgb = img.convert("RGB")  # 3 channels, whatever the file holds: palette, grayscale, RGBA
    print(rgb.mode, rgb.getpixel((0, 0)))
    #> RGB (128, 128, 128)
