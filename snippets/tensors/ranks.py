import torch

scalar = torch.tensor(3.14)  # a loss, a learning rate
embedding = torch.tensor([0.12, -0.84, 0.33])  # a word embedding
gray = torch.tensor([[0, 255, 128], [34, 90, 180]])  # a grayscale image
rgb = torch.zeros(3, 224, 224)  # an RGB image: C, H, W
batch = torch.zeros(32, 3, 224, 224)  # a batch of images: N, C, H, W
videos = torch.zeros(8, 16, 3, 112, 112)  # a batch of clips: N, T, C, H, W

for t in (scalar, embedding, gray, rgb, batch, videos):
    print(t.ndim, tuple(t.shape))
    #> 0 ()
    #> 1 (3,)
    #> 2 (2, 3)
    #> 3 (3, 224, 224)
    #> 4 (32, 3, 224, 224)
    #> 5 (8, 16, 3, 112, 112)
