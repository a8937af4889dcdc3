from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.Sequential(nn.ReLU(), nn.Linear(8, 2)))
print([type(m).__name__ for m in model.children()])  # direct submodules only
#> ['Linear', 'Sequential']
print([type(m).__name__ for m in model.modules()])  # recursive, the model itself first
#> ['Sequential', 'Linear', 'Sequential', 'ReLU', 'Linear']
print([name for name, _ in model.named_modules()])  # the same, with dotted names ('' is the model)
#> ['', '0', '1', '1.0', '1.1']

# the usual use: pick layers by type, by the names state_dict uses
linears = [name for name, m in model.named_modules() if isinstance(m, nn.Linear)]
print(linears, [name for name in model.state_dict() if name.endswith("weight")])
#> ['0', '1.1'] ['0.weight', '1.1.weight']

shared = nn.Linear(2, 2)
tied = nn.Sequential(shared, nn.ReLU(), shared)  # one module registered under two names
print([name for name, _ in tied.named_modules()])  # each module once: under its first name
#> ['', '0', '1']
print([name for name, _ in tied.named_modules(remove_duplicate=False)])
#> ['', '0', '1', '2']
