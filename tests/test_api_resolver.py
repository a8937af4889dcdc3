"""The resolver behind the links from code to the official docs (tooling/api.py), on small
snippets that are tricky on purpose, against the committed index of the docs; the index's
regeneration (tooling/api_inventory.py) and the record of the snippets' runtime types."""

import json
import textwrap
import zlib

import pytest

from tooling import api, api_inventory

INVENTORY = api.Inventory()


def links(source: str, types: dict[str, str] | None = None) -> list[tuple[int, str, str | None]]:
    """(line, the text the link covers, its target) for each name found in `source`."""
    source = textwrap.dedent(source)
    lines = source.splitlines()
    return [(r.line, lines[r.line - 1][r.start : r.end], r.target) for r in api.resolve(source, types or {}, INVENTORY)]


def test_import_aliases_resolve_to_their_modules():
    found = links("""
        import torch.nn as nn
        import torch.distributed as dist
        from torchvision.transforms import v2
        layer = nn.Linear(2, 3)
        dist.all_reduce
        v2.Resize(4)
    """)
    assert (2, "torch.nn", "torch.nn") in found
    assert (5, "nn.Linear", "torch.nn.Linear") in found
    assert (6, "dist.all_reduce", "torch.distributed.all_reduce") in found
    assert (7, "v2.Resize", "torchvision.transforms.v2.Resize") in found


@pytest.mark.parametrize("imports", ["import torch.nn.functional as F", "from torch.nn import functional as F"])
def test_f_is_torch_nn_functional(imports):
    found = links(f"{imports}\nF.cross_entropy\nF.relu\n")
    assert (2, "F.cross_entropy", "torch.nn.functional.cross_entropy") in found
    assert (3, "F.relu", "torch.nn.functional.relu") in found


def test_a_torchvision_transform_and_its_pipeline():
    found = links("""
        from torchvision.transforms import v2
        pipeline = v2.Compose([v2.RandomHorizontalFlip(p=1.0), v2.ToDtype(float)])
    """)
    assert [target for *_, target in found if target and target.startswith("torchvision.transforms.v2.")] == [
        "torchvision.transforms.v2.Compose", "torchvision.transforms.v2.RandomHorizontalFlip",
        "torchvision.transforms.v2.ToDtype"]


def test_a_method_on_a_returned_tensor_is_a_tensor_method():
    found = links("""
        import torch
        torch.randn(2, 3).view(6).sum().item()
        (torch.ones(2) * 3)[0].tolist()
    """)
    assert (3, "view", "torch.Tensor.view") in found
    assert (3, "sum", "torch.Tensor.sum") in found
    assert (3, "item", "torch.Tensor.item") in found
    assert (4, "tolist", "torch.Tensor.tolist") in found  # an operator and an index keep the tensor


def test_a_re_bound_name_loses_its_old_meaning():
    found = links("""
        import torch
        x = torch.zeros(3)
        x.view(3)
        x = [1, 2, 3]
        x.index(2)
    """)
    assert (4, "view", "torch.Tensor.view") in found
    assert not [link for link in found if link[0] == 6]  # a list's index() is not Tensor.index


def test_a_local_variable_or_parameter_shadows_a_global():
    found = links("""
        import torch.nn.functional as F


        def with_parameter(F):
            return F.relu


        def with_local():
            F = object()
            return F.relu


        def with_global():
            return F.relu
    """)
    assert [line for line, text, _ in found if text.endswith("relu")] == [15]


def test_a_variable_gets_the_type_it_had_when_the_snippet_ran():
    source = """
        import torch


        def make():
            return torch.nn.Linear(2, 2)


        model = make()
        model.parameters()
    """
    assert (10, "parameters", "torch.nn.Module.parameters") in links(
        source, {"model": "torch.nn.modules.linear.Linear"})
    assert not [link for link in links(source) if link[0] == 10]  # without the recorded type: nothing guessed


def test_a_method_the_snippet_defines_itself_is_not_torchs():
    found = links("""
        from torch import nn


        class Net(nn.Module):
            def forward(self, x):
                return x


        net = Net()
        net.forward(1)
        net.eval()
    """, {"net": "torch.nn.modules.module.Module"})
    assert (11, "forward", None) not in found and not [link for link in found if link[0] == 11]
    assert (12, "eval", "torch.nn.Module.eval") in found


def test_columns_count_characters_not_bytes():
    found = links('import torch\nprint("σ ≈ 1", torch.zeros(1))\n')
    assert (2, "torch.zeros", "torch.zeros") in found


def test_data_links_to_its_type_and_private_names_are_not_names():
    found = links("""
        import torch
        torch.float32
        torch._C
        torch.__version__
    """)
    assert (3, "torch.float32", "torch.dtype") in found
    assert not [link for link in found if link[0] in (4, 5)]


def test_a_name_the_index_lacks_stays_plain():
    found = links("import torch\nx = torch.zeros(1)\nx.dtype\n")
    assert (3, "dtype", None) in found  # resolved (a torch name), but the 2.14 index has no Tensor.dtype


def test_hover_gives_the_signature_and_the_summary():
    signature, summary = api.hover("torch.randn").split("\n")
    assert signature.startswith("torch.randn(*size") and signature.endswith("-> Tensor")  # from the C docstring
    assert summary.startswith("Returns a tensor filled with random numbers")
    assert api.hover("torch.nn.Linear").startswith("torch.nn.Linear(in_features: int, out_features: int")


def test_every_index_entry_is_an_object_of_the_installed_packages():
    missing = [name for name in INVENTORY.urls if api.load(name) is None]
    assert not missing, f"{api.INVENTORY.name} names objects the installed packages lack: {missing[:20]}"


def test_an_objects_inv_is_read_as_sphinx_writes_it():
    body = "\n".join([
        "torch.Tensor.view py:method 1 generated/torch.Tensor.view.html#$ -",
        "torch.nn py:module 0 nn.html#module-$ -",
        "nn-init-doc std:doc -1 nn.init.html Init",
    ]).encode()
    data = b"# Sphinx inventory version 2\n# Project: PyTorch\n# Version: 2.14\n# zlib\n" + zlib.compress(body)
    assert api_inventory.from_objects_inv(data) == {
        "torch.Tensor.view": "generated/torch.Tensor.view.html#torch.Tensor.view",
        "torch.nn": "nn.html#module-torch.nn",
    }


def test_a_search_index_is_read_as_its_javascript_reads_it():
    index = {
        "docnames": ["generated/torch.zeros", "nn"],
        "objects": {"torch": [[0, 0, 1, "", "zeros"]], "": [[1, 1, 0, "-", "torch.nn"]], "x": [[1, 2, 1, "", "y"]]},
        "objtypes": {"0": "py:function", "1": "py:module", "2": "std:label"},
        "objnames": {"0": ["py", "function", "Python function"], "1": ["py", "module", "Python module"],
                     "2": ["std", "label", "label"]},
    }
    assert api_inventory.from_searchindex(f"Search.setIndex({json.dumps(index)})") == {
        "torch.zeros": "generated/torch.zeros.html#torch.zeros",
        "torch.nn": "nn.html#module-torch.nn",
    }


def test_recorded_types_are_written_only_when_they_change(tmp_path, monkeypatch):
    snippet = tmp_path / "a.py"
    snippet.write_text("x = 1\n")
    monkeypatch.setattr(api, "ROOT", tmp_path)
    monkeypatch.setattr(api, "TYPES", tmp_path / "types.json")
    monkeypatch.setattr(api, "LOCK", tmp_path / "types.lock")
    api.record_types("a.py", {"x": "torch.Tensor"})
    api.record_types("gone.py", {"y": "torch.Tensor"})  # a file that does not exist: dropped
    written = api.TYPES.stat().st_mtime_ns
    api.record_types("a.py", {"x": "torch.Tensor"})
    assert api.TYPES.stat().st_mtime_ns == written
    assert api.recorded_types() == {"a.py": {"x": "torch.Tensor"}}
