import tempfile
from pathlib import Path

import torch
from safetensors.torch import load_file, load_model, save_file, save_model
from torch import nn


def tied_model():  # the output layer shares the embedding's weight (weight tying)
    model = nn.Sequential(nn.Embedding(10, 4), nn.Linear(4, 10, bias=False))
    model[1].weight = model[0].weight
    return model


torch.manual_seed(0)
model = tied_model()
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.safetensors"
    try:  # two names, one tensor: save_file refuses
        save_file(model.state_dict(), path)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {str(e).split(':')[0].strip()}")
        #> RuntimeError: Some tensors share memory, this will lead to duplicate memory on disk and potential differences when loading them again
    save_model(model, path)  # keeps one name per shared tensor
    print(sorted(load_file(path)))
    #> ['0.weight']
    restored = tied_model()
    missing, unexpected = load_model(restored, path)  # fills both names, checks the rest
assert not missing and not unexpected
assert restored[1].weight is restored[0].weight  # still tied
assert torch.equal(restored[1].weight, model[1].weight)
