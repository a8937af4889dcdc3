import torch
from torch import nn

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
dtype = torch.bfloat16  # float16 on CUDA works too, but needs the scaler below
assert torch.get_autocast_dtype("cuda") == torch.float16  # the defaults without dtype=
assert torch.get_autocast_dtype("cpu") == torch.bfloat16
torch.manual_seed(0)
model = nn.Linear(4, 2).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler(device.type, enabled=(dtype == torch.float16))  # off: a no-op
x, y = torch.randn(8, 4, device=device), torch.randn(8, 2, device=device)
with torch.autocast(device_type=device.type, dtype=dtype):  # only the forward pass
    out = model(x)  # the matmul runs in bfloat16
    loss = nn.functional.mse_loss(out, y)  # autocast runs mse_loss in float32
print(out.dtype, loss.dtype, model.weight.dtype)
#> torch.bfloat16 torch.float32 torch.float32
scaler.scale(loss).backward()  # float16: scaled up so that small gradients do not underflow
scaler.unscale_(optimizer)  # the true gradients, before clipping looks at them
nn.utils.clip_grad_norm_(model.parameters(), 1.0)
scaler.step(optimizer)  # skips the step if a gradient is inf or NaN
scaler.update()
print(model.weight.grad.dtype, model.weight.dtype)
#> torch.float32 torch.float32
