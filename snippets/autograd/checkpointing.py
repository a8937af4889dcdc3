import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
blocks = [nn.Sequential(nn.Linear(256, 256), nn.GELU(), nn.Linear(256, 256), nn.GELU())
          for _ in range(4)]
weights = {p.untyped_storage().data_ptr() for b in blocks for p in b.parameters()}
x = torch.randn(64, 256, requires_grad=True)  # each activation: 64 * 256 * 4 bytes = 64 KiB


def run(use_checkpoint):
    saved = {}  # storage -> bytes, for each activation autograd keeps for backward

    def pack(t):
        if t.untyped_storage().data_ptr() not in weights:  # weights are kept anyway
            saved[t.untyped_storage().data_ptr()] = t.untyped_storage().nbytes()
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        h = x
        for block in blocks:  # checkpoint keeps each block's input, recomputes the rest
            h = checkpoint(block, h, use_reentrant=False) if use_checkpoint else block(h)
    return sum(saved.values()) // 1024, torch.autograd.grad(h.sum(), x)[0]


(plain_kib, plain_grad), (ckpt_kib, ckpt_grad) = run(False), run(True)
print(f"saved for backward: {plain_kib} KiB plain, {ckpt_kib} KiB with checkpointing")
#> saved for backward: 1024 KiB plain, 256 KiB with checkpointing
torch.testing.assert_close(ckpt_grad, plain_grad)  # the same gradients, for a second forward
