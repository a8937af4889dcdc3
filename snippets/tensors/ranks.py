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
torch.manual_seed(0)
conv3d = torch.nn.Conv3d(3, 4, kernel_size=3)  # video layers take N, C, T, H, W
print(conv3d(videos[..., :8, :8].permute(0, 2, 1, 3, 4)).shape)  # swap T and C (8x8 crop: quick)
#> torch.Size([8, 4, 14, 6, 6])
