import torch

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(0)
a = torch.ones(3, 2, device=device)  # made on the device: no copy from the CPU
x = torch.randn(3, 2)  # made on the CPU
y = x.to(device)  # a tensor's .to returns a tensor on the device; x stays where it was
print(x.device, a.device == y.device)
#> cpu True
model = torch.nn.Linear(2, 1)
print(model.to(device) is model)  # a module's .to moves its parameters in place
#> True
print(next(model.parameters()).device == y.device)
#> True
print(model(a + y).shape)  # inputs and parameters on one device: ops run there
#> torch.Size([3, 1])
