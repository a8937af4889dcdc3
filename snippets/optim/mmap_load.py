import tempfile
from pathlib import Path

import torch
from torch import nn

torch.manual_seed(0)
original = nn.Linear(2000, 2000)
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "big.pt"
    torch.save(original.state_dict(), path)  # 16 MB of weights

    # mmap=True maps the file into memory instead of reading it all into new buffers:
    # a page is read when first touched, and the OS may drop it again
    state = torch.load(path, mmap=True)
    with torch.device("meta"):  # build the model without allocating its weights...
        model = nn.Linear(2000, 2000)
    model.load_state_dict(state, assign=True)  # ...and take the mapped tensors as they are
    print(model.weight.device, model.weight.data_ptr() == state["weight"].data_ptr())
    #> cpu True
    assert torch.equal(model.weight, original.weight)
    del model, state  # let go of the mapping before the folder is removed
