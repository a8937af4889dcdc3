import torch


def pick_device() -> torch.device:
    """The fastest device this machine has: an NVIDIA GPU, then Apple's GPU, then the CPU."""
    if torch.cuda.is_available():
        return torch.device("cuda")
    if torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


if __name__ == "__main__":  # other snippets import pick_device without this print
    print(f"using device: {pick_device()}")
    #> using device: cpu
