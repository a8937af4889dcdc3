from PIL import Image

Image.new("L", (4, 3), color=128).save("gray.png")  # a grayscale PNG, one channel

img = Image.open("gray.png")
print(img.mode, img.size)  # size is (width, height)
#> L (4, 3)
rgb = img.convert("RGB")  # 3 channels, whatever the file holds: palette, grayscale, RGBA
print(rgb.mode, rgb.getpixel((0, 0)))
#> RGB (128, 128, 128)
