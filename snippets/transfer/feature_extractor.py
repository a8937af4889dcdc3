import torch
from torchvision.models import resnet18
from torchvision.models.feature_extraction import create_feature_extractor, get_graph_node_names

torch.manual_seed(0)
model = resnet18(weights=None).eval()
train_nodes, eval_nodes = get_graph_node_names(model)  # the traced graph's nodes, in train and eval mode
print(len(train_nodes), train_nodes[:5], train_nodes[-3:], train_nodes == eval_nodes)
#> 70 ['x', 'conv1', 'bn1', 'relu', 'maxpool'] ['avgpool', 'flatten', 'fc'] True
print([name for name in train_nodes if name.startswith("layer1.0.")])  # functions get names too (add), a second call gets a suffix (relu_1)
#> ['layer1.0.conv1', 'layer1.0.bn1', 'layer1.0.relu', 'layer1.0.conv2', 'layer1.0.bn2', 'layer1.0.add', 'layer1.0.relu_1']

return_nodes = {"layer1.0.add": "skip_sum", "layer2": "mid", "layer4": "last"}  # node -> key; a module: its output
extractor = create_feature_extractor(model, return_nodes=return_nodes)
features = extractor(torch.randn(2, 3, 64, 64))
print({key: tuple(f.shape) for key, f in features.items()})
#> {'skip_sum': (2, 64, 16, 16), 'mid': (2, 128, 8, 8), 'last': (2, 512, 2, 2)}
print(hasattr(extractor, "avgpool"), hasattr(extractor, "fc"))  # cut after the last node asked for
#> False False
try:
    create_feature_extractor(model, return_nodes=["layer4.2"])
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: node: 'layer4.2' is not present in model. Hint: use `get_graph_node_names` to make sure the `return_nodes` you specified are present. It may even be that you need to specify `train_return_nodes` and `eval_return_nodes` separately.
