import torch

scalar = torch.tensor(3.14)  # rank 0: a single number (a loss, a learning rate)
embedding = torch.tensor([0.12, -0.84, 0.33])  # rank 1: a word-embedding vector
gray = torch.tensor([[0, 255, 128], [34, 90, 180]])  # rank 2: a grayscale image (H, W)
rgb = torch.zeros(3, 224, 224)  # rank 3: an RGB image (C, H, W)
batch = torch.zeros(32, 3, 224, 224)  # rank 4: a batch of RGB images (N, C, H, W)
videos = torch.zeros(8, 16, 3, 112, 112)  # rank 5: a batch of video clips (N, T, C, H, W)

for t in (scalar, embedding, gray, rgb, batch, videos):
    print(t.ndim, tuple(t.shape))
    #> 0 ()
    #> 1 (3,)
    #> 2 (2, 3)
    #> 3 (3, 224, 224)
    #> 4 (32, 3, 224, 224)
    #> 5 (8, 16, 3, 112, 112)
