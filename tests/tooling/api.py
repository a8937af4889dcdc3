"""Which torch or torchvision object each name in a snippet refers to: the links in the site's
code blocks (docs/hooks/api_links.py), the API index page and their tests.

A name is resolved as Python resolves it, from the snippet's source (`ast`): imports and their
aliases, attribute chains, scopes (a parameter or local variable shadows a global of the same
name; a re-bound name loses its old meaning), and attributes of values by the value's type.
That type comes from what the code says where it can (a class called, a function's return
annotation, torch's own type stubs for its C functions, a tensor operator), and otherwise, for
a module-level variable, from the type it really had when the snippet ran, which the harness
records in docs/api-data/snippet-types.json. A name gets a target only through the committed
index of the official docs (docs/api-data/torch-inventory.json): a name it lacks stays plain.

Resolving imports torch and torchvision (to follow aliases, classes and annotations); the hook
caches what it finds, so a build whose snippets did not change never imports them.
"""

import ast
import fcntl
import functools
import importlib
import inspect
import json
import re
import typing
from dataclasses import dataclass, field
from pathlib import Path
from types import UnionType

from tooling import ROOT
from tooling.files import write_atomic

INVENTORY = ROOT / "docs" / "api-data" / "torch-inventory.json"
TYPES = ROOT / "docs" / "api-data" / "snippet-types.json"
LOCK = ROOT / ".cache" / "snippet-types.lock"
PACKAGES = ("torch", "torchvision")


def recorded_types() -> dict[str, dict[str, str]]:
    """snippet path -> {module-level variable: its torch type when the snippet ended}."""
    return json.loads(TYPES.read_text(encoding="utf-8")) if TYPES.is_file() else {}


def record_types(snippet: str, types: dict[str, str]) -> None:
    """Store a snippet's types (`make update-outputs`). The test workers write side by side: under
    a lock, read, change, write; only when something changed. An entry for a file gone is dropped."""
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with open(LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        data = recorded_types()
        data[snippet] = types
        kept = {name: found for name, found in sorted(data.items()) if found and (ROOT / name).is_file()}
        write_atomic(TYPES, json.dumps(kept, indent=1) + "\n")


def ours(path: str) -> bool:
    """A public name of torch or torchvision: no private or dunder part."""
    parts = path.split(".")
    return parts[0] in PACKAGES and not any(part.startswith("_") for part in parts)


class Inventory:
    """The committed index of the official docs: documented name -> its page."""

    def __init__(self, path: Path = INVENTORY):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        self.projects = data["projects"]
        self.urls = {
            name: project["base_url"] + uri
            for project in self.projects.values()
            for name, uri in project["objects"].items()
        }

    def __contains__(self, name: str) -> bool:
        return name in self.urls


@dataclass(frozen=True)
class Ref:
    """A name in the source: line (from 1), columns [start, end) in characters, what it is."""

    line: int
    start: int
    end: int
    path: str  # the object's fully qualified path, as resolved (torch.nn.modules.linear.Linear.forward)
    target: str | None  # its name in the index, or None: the index does not document it


# --- values: what an expression evaluates to, as far as resolving needs ---------------------


@dataclass(frozen=True)
class Obj:
    """An object reached by a dotted path from an import: a module, class, function..."""

    path: str


@dataclass(frozen=True)
class Inst:
    """An instance of a torch or torchvision class."""

    cls: type


@dataclass(frozen=True)
class Method:
    """An attribute of an instance that is callable (its call's type is its return type)."""

    cls: type
    name: str


@functools.cache
def load(path: str):
    """The object a dotted path names (importing its module), or None."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        except Exception:  # noqa: BLE001 - a module that fails to import is simply not resolved
            return None
        for part in parts[cut:]:
            try:
                obj = getattr(obj, part)
            except Exception:  # noqa: BLE001 - a missing or raising attribute: unresolved
                return None
        return obj
    return None


def type_named(name: str) -> type | None:
    """The class a recorded type name (module.qualname) names."""
    obj = load(name)
    return obj if isinstance(obj, type) else None


def aliases(obj, written: str | None = None) -> list[str]:
    """The public dotted names of `obj`: as written, then the shortest first of the names its
    module's parents give it (torch.nn.modules.linear.Linear is also torch.nn.Linear)."""
    found = [written] if written else []
    if inspect.ismodule(obj):
        return found + [obj.__name__]
    module, qualname = getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)
    if not isinstance(module, str) or not isinstance(qualname, str) or "<" in qualname:
        return found
    parts = module.split(".")
    for cut in range(1, len(parts) + 1):
        name = f"{'.'.join(parts[:cut])}.{qualname}"
        if ours(name) and name not in found and load(name) is obj:
            found.append(name)
    return found


@functools.cache
def stubs() -> dict[str, dict[str, set[str]]]:
    """Return annotations from torch's type stubs, for its C functions and Tensor's C methods
    and attributes (inspect cannot see them): {"torch": {name: {annotation, ...}}, "Tensor": ...}."""
    torch_dir = Path(load("torch").__file__).parent

    def returns(body) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for node in body:
            if isinstance(node, ast.FunctionDef) and node.returns is not None:
                found.setdefault(node.name, set()).add(ast.unparse(node.returns))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                found.setdefault(node.target.id, set()).add(ast.unparse(node.annotation))
        return found

    functions = ast.parse((torch_dir / "_C" / "_VariableFunctions.pyi").read_text()).body
    classes = ast.parse((torch_dir / "_C" / "__init__.pyi").read_text()).body
    tensor = next(node.body for node in classes if isinstance(node, ast.ClassDef) and node.name == "TensorBase")
    return {"torch": returns(functions), "Tensor": returns(tensor)}


TENSOR_ANNOTATIONS = {"Tensor", "torch.Tensor", "Tensor | None", "Optional[Tensor]", "Parameter"}


def tensor_class() -> type:
    return load("torch.Tensor")


def value_of(annotation, owner: type | None):
    """The value an annotation promises: a torch class's instance, the owner itself (Self,
    or the TypeVar that `def eval(self: T) -> T` uses), or None."""
    if isinstance(annotation, str):
        if annotation in TENSOR_ANNOTATIONS:
            return Inst(tensor_class())
        return Inst(owner) if owner is not None and annotation in ("Self", "T") else None
    if isinstance(annotation, typing.TypeVar) or annotation is typing.Self:
        return Inst(owner) if owner is not None else None
    if isinstance(annotation, type) and annotation.__module__.split(".")[0] in PACKAGES:
        return Inst(annotation)
    if typing.get_origin(annotation) in (typing.Union, UnionType):
        kinds = [a for a in typing.get_args(annotation) if a is not type(None)]
        return value_of(kinds[0], owner) if len(kinds) == 1 else None
    return None


def returned(function, owner: type | None = None):
    """What calling `function` (an attribute of `owner` if given) gives, as a value, or None."""
    if isinstance(function, type):
        return Inst(function)
    try:
        annotation = inspect.signature(function).return_annotation
    except (TypeError, ValueError):
        annotation = inspect.Signature.empty
    if annotation is not inspect.Signature.empty:
        return value_of(annotation, owner)
    name = getattr(function, "__name__", "")
    table = stubs()["Tensor"] if owner is not None and issubclass(owner, tensor_class()) else stubs()["torch"]
    kinds = table.get(name, set())
    return Inst(tensor_class()) if kinds and kinds <= TENSOR_ANNOTATIONS - {"Tensor | None", "Optional[Tensor]"} else None


def attribute(cls: type, name: str):
    """The value of `instance.name` for an instance of `cls`: a Method if callable, else the
    type its annotation (or Tensor's stub) promises, or None."""
    try:
        static = inspect.getattr_static(cls, name)
    except AttributeError:
        static = None  # an instance attribute (a layer's weight): its class may annotate it
    if isinstance(static, property):
        return returned(static.fget, cls) if static.fget else None
    if static is not None and (callable(static) or isinstance(static, (staticmethod, classmethod))):
        return Method(cls, name)
    for klass in cls.__mro__:
        annotations = inspect.get_annotations(klass) if isinstance(klass, type) else {}
        if name in annotations:
            return value_of(annotations[name], cls)
    if issubclass(cls, tensor_class()):
        kinds = stubs()["Tensor"].get(name, set())
        return Inst(tensor_class()) if kinds and kinds <= TENSOR_ANNOTATIONS else None
    return None


# --- scopes ---------------------------------------------------------------------------------

SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
          ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def bound_names(body: list[ast.AST]) -> set[str]:
    """Names a block binds (assignments, imports, defs, loop and with targets), not counting
    nested scopes: in a function these are its local variables."""
    names: set[str] = set()
    declared: set[str] = set()
    stack = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            declared.update(node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.NamedExpr):
            names.add(node.target.id)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            stack.extend(node.decorator_list)  # evaluated here; the body is its own scope
            continue
        if isinstance(node, SCOPES):
            continue
        stack.extend(ast.iter_child_nodes(node))
    return names - declared


@dataclass
class Scope:
    kind: str  # "module", "function", "class" or "comprehension"
    parent: "Scope | None"
    local: set[str]
    bindings: dict = field(default_factory=dict)

    def lookup(self, name: str, from_inner: bool = False):
        if self.kind == "class" and from_inner:  # a method does not see its class's names
            return self.parent.lookup(name, True)
        if name in self.local or self.kind == "module":
            return self.bindings.get(name)
        return self.parent.lookup(name, True) if self.parent else None


def dotted(node: ast.AST) -> list[ast.AST] | None:
    """[Name, Attribute, Attribute, ...] if `node` is a plain dotted chain such as nn.Linear."""
    chain = []
    while isinstance(node, ast.Attribute):
        chain.append(node)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return [node, *reversed(chain)]


class Resolver(ast.NodeVisitor):
    """Walks one snippet: statements in order, function bodies once their enclosing scope has
    run (as Python calls them later, when the globals they read are set), collecting Refs."""

    def __init__(self, source: str, types: dict[str, str], inventory: Inventory):
        self.lines = source.splitlines()
        self.types = types
        self.inventory = inventory
        self.refs: list[Ref] = []
        self.tree = ast.parse(source)
        self.deferred: list = []
        # methods the snippet's own classes define: `model.forward` of its own class is not torch's
        self.own_methods = {
            item.name for node in ast.walk(self.tree) if isinstance(node, ast.ClassDef)
            for item in node.body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
        }
        self.last_binding = self._last_module_bindings()

    def resolve(self) -> list[Ref]:
        self.scope = Scope("module", None, bound_names(self.tree.body))
        for statement in self.tree.body:
            self.visit(statement)
        while self.deferred:
            scope, node = self.deferred.pop(0)
            self._function(scope, node)
        return sorted(set(self.refs), key=lambda r: (r.line, r.start))

    # --- where names are bound

    def _last_module_bindings(self) -> dict[str, ast.AST]:
        """For each name the module scope binds, the last node that binds it."""
        last: dict[str, ast.AST] = {}
        stack = list(self.tree.body)
        while stack:
            node = stack.pop()
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                if node.id not in last or (node.lineno, node.col_offset) > (last[node.id].lineno, last[node.id].col_offset):
                    last[node.id] = node
            if not isinstance(node, SCOPES):
                stack.extend(ast.iter_child_nodes(node))
        return last

    def bind(self, target: ast.AST, value) -> None:
        """Bind an assignment target to a value (None: unknown)."""
        if isinstance(target, ast.Name):
            if value is None and self.scope.kind == "module" and self.last_binding.get(target.id) is target:
                recorded = self.types.get(target.id)
                value = Inst(cls) if recorded and (cls := type_named(recorded)) else None
            self.scope.bindings[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)):
            for item in target.elts:
                self.bind(item.value if isinstance(item, ast.Starred) else item, None)
        else:  # an attribute or subscript target: its parts are read
            self.expr(target)

    # --- statements

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            root = alias.name.split(".")[0]
            known = ours(root)
            if alias.asname:
                self.scope.bindings[alias.asname] = Obj(alias.name) if known else None
            else:
                self.scope.bindings[root] = Obj(root) if known else None
            if known:  # the module's name stands at the start of the alias
                start = self._col(alias.lineno, alias.col_offset)
                self._emit(alias.lineno, start, start + len(alias.name), alias.name, load(alias.name))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if node.level or not ours(module.split(".")[0]):
            for alias in node.names:
                self.scope.bindings[alias.asname or alias.name] = None
            return
        first = self.lines[node.lineno - 1]
        if match := re.compile(rf"\bfrom\s+({re.escape(module)})\b").search(first, self._col(node.lineno, node.col_offset)):
            self._emit(node.lineno, match.start(1), match.end(1), module, load(module))
        for alias in node.names:
            path = f"{module}.{alias.name}"
            self.scope.bindings[alias.asname or alias.name] = Obj(path)
            start = self._col(alias.lineno, alias.col_offset)
            self._emit(alias.lineno, start, start + len(alias.name), path, load(path))

    def visit_Assign(self, node: ast.Assign) -> None:
        unpacked = isinstance(node.value, (ast.Tuple, ast.List)) and all(
            isinstance(t, (ast.Tuple, ast.List)) and len(t.elts) == len(node.value.elts) for t in node.targets)
        if unpacked:  # a, b = x, y: each name gets its own value
            values = [self.expr(part) for part in node.value.elts]
            for target in node.targets:
                for item, value in zip(target.elts, values):
                    self.bind(item, value)
            return
        value = self.expr(node.value)
        for target in node.targets:
            self.bind(target, value)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self.expr(node.annotation)
        self.bind(node.target, self.expr(node.value) if node.value else None)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.expr(node.value)
        if not isinstance(node.target, ast.Name):  # x += 1 keeps x's type; x.grad -= ... reads x
            self.expr(node.target)

    def visit_For(self, node: ast.For) -> None:
        self.expr(node.iter)
        self.bind(node.target, None)
        for statement in node.body + node.orelse:
            self.visit(statement)

    visit_AsyncFor = visit_For

    def visit_With(self, node: ast.With) -> None:
        for item in node.items:
            value = self.expr(item.context_expr)
            if item.optional_vars is not None:
                self.bind(item.optional_vars, value if isinstance(value, Inst) else None)
        for statement in node.body:
            self.visit(statement)

    visit_AsyncWith = visit_With

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.type is not None:
            self.expr(node.type)
        if node.name:
            self.scope.bindings[node.name] = None
        for statement in node.body:
            self.visit(statement)

    def visit_FunctionDef(self, node) -> None:
        for decorator in node.decorator_list:
            self.expr(decorator)
        arguments = node.args
        for default in arguments.defaults + [d for d in arguments.kw_defaults if d is not None]:
            self.expr(default)
        for arg in arguments.posonlyargs + arguments.args + arguments.kwonlyargs + [arguments.vararg, arguments.kwarg]:
            if arg is not None and arg.annotation is not None:
                self.expr(arg.annotation)
        if node.returns is not None:
            self.expr(node.returns)
        self.scope.bindings[node.name] = None
        self.deferred.append((self.scope, node))

    visit_AsyncFunctionDef = visit_FunctionDef

    def _function(self, parent: Scope, node) -> None:
        arguments = node.args
        params = {a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs}
        params |= {a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None}
        body = node.body if isinstance(node.body, list) else [node.body]
        outer, self.scope = self.scope, Scope("function", parent, params | bound_names(body))
        if isinstance(node, ast.Lambda):
            self.expr(node.body)
        else:
            for statement in body:
                self.visit(statement)
        self.scope = outer

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for expression in node.decorator_list + node.bases + [k.value for k in node.keywords]:
            self.expr(expression)
        outer, self.scope = self.scope, Scope("class", self.scope, bound_names(node.body))
        for statement in node.body:
            self.visit(statement)
        self.scope = outer
        self.scope.bindings[node.name] = None

    def visit_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            if isinstance(target, ast.Name):
                self.scope.bindings.pop(target.id, None)
            else:
                self.expr(target)

    def generic_visit(self, node: ast.AST) -> None:
        """Any other statement: its expressions are read, its blocks run in order."""
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self.expr(child)
            else:
                self.visit(child)  # a statement, an except clause, a match case...

    # --- expressions: their value, and the Refs they hold

    def expr(self, node: ast.AST | None):
        if node is None:
            return None
        method = getattr(self, f"expr_{type(node).__name__}", None)
        if method is not None:
            return method(node)
        for child in ast.iter_child_nodes(node):
            self.expr(child)
        return None

    def expr_Name(self, node: ast.Name):
        value = self.scope.lookup(node.id)
        if isinstance(value, Obj):
            self._chain([node], value.path)
        return value

    def expr_Attribute(self, node: ast.Attribute):
        chain = dotted(node)
        if chain is not None:
            root = self.scope.lookup(chain[0].id)
            if isinstance(root, Obj):
                path = ".".join([root.path] + [a.attr for a in chain[1:]])
                self._chain(chain, path)
                return Obj(path)
        base = self.expr(node.value)
        return self._attribute_of(base, node)

    def _attribute_of(self, base, node: ast.Attribute):
        """`base.attr` where only `attr` is written after a value (a call, a variable)."""
        line, end = node.end_lineno, self._col(node.end_lineno, node.end_col_offset)
        start = end - len(node.attr)
        if isinstance(base, Obj):
            path = f"{base.path}.{node.attr}"
            self._emit(line, start, end, path, load(path))
            return Obj(path)
        if isinstance(base, Inst) and node.attr not in self.own_methods:
            if hasattr(base.cls, node.attr):  # not an instance's own attribute such as a layer's weight
                self._emit(line, start, end, "", None, owner=base.cls, attr=node.attr)
            return attribute(base.cls, node.attr)
        return None

    def expr_Call(self, node: ast.Call):
        function = self.expr(node.func)
        for argument in node.args + [k.value for k in node.keywords]:
            self.expr(argument)
        if isinstance(function, Obj):
            obj = load(function.path)
            return returned(obj) if obj is not None else None
        if isinstance(function, Method):
            return returned(getattr(function.cls, function.name, None), function.cls)
        if isinstance(function, Inst) and hasattr(function.cls, "forward"):  # an nn.Module called
            return returned(function.cls.forward, function.cls)
        return None

    def _tensor(self, *values) -> Inst | None:
        tensor = tensor_class()
        return Inst(tensor) if any(isinstance(v, Inst) and issubclass(v.cls, tensor) for v in values) else None

    def expr_BinOp(self, node: ast.BinOp):
        return self._tensor(self.expr(node.left), self.expr(node.right))

    def expr_UnaryOp(self, node: ast.UnaryOp):
        operand = self.expr(node.operand)
        return None if isinstance(node.op, ast.Not) else self._tensor(operand)

    def expr_Compare(self, node: ast.Compare):
        values = [self.expr(node.left)] + [self.expr(c) for c in node.comparators]
        if any(isinstance(op, (ast.Is, ast.IsNot, ast.In, ast.NotIn)) for op in node.ops):
            return None
        return self._tensor(*values)

    def expr_Subscript(self, node: ast.Subscript):
        value = self.expr(node.value)
        self.expr(node.slice)
        return self._tensor(value)

    def expr_NamedExpr(self, node: ast.NamedExpr):
        value = self.expr(node.value)
        self.bind(node.target, value)
        return value

    def expr_Lambda(self, node: ast.Lambda):
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.expr(default)
        self.deferred.append((self.scope, node))
        return None

    def _comprehension(self, node, parts: list[ast.AST]):
        first = node.generators[0]
        self.expr(first.iter)  # evaluated in the enclosing scope
        targets = bound_names([g.target for g in node.generators])
        outer, self.scope = self.scope, Scope("comprehension", self.scope, targets)
        for number, generator in enumerate(node.generators):
            if number:
                self.expr(generator.iter)
            self.bind(generator.target, None)
            for condition in generator.ifs:
                self.expr(condition)
        for part in parts:
            self.expr(part)
        self.scope = outer
        return None

    def expr_ListComp(self, node):
        return self._comprehension(node, [node.elt])

    expr_SetComp = expr_GeneratorExp = expr_ListComp

    def expr_DictComp(self, node):
        return self._comprehension(node, [node.key, node.value])

    # --- Refs

    def _col(self, line: int, byte_offset: int) -> int:
        """ast's columns count UTF-8 bytes; a Ref's count characters."""
        return len(self.lines[line - 1].encode()[:byte_offset].decode(errors="replace"))

    def _chain(self, chain: list[ast.AST], path: str) -> None:
        first, last = chain[0], chain[-1]
        if first.lineno != last.end_lineno:
            return  # a chain split over lines: left plain
        start, end = self._col(first.lineno, first.col_offset), self._col(last.end_lineno, last.end_col_offset)
        text = self.lines[first.lineno - 1][start:end]
        if re.sub(r"\s", "", text) == ".".join([first.id] + [a.attr for a in chain[1:]]):
            self._emit(first.lineno, start, end, path, load(path))

    def _emit(self, line: int, start: int, end: int, path: str, obj, owner: type | None = None,
              attr: str | None = None) -> None:
        """Record a name if it is a public torch or torchvision object, with its index entry."""
        if owner is None and (obj is None or not ours(path)):
            return
        if owner is None:
            candidates = aliases(obj, path)
            if not (inspect.ismodule(obj) or callable(obj)):  # data such as torch.float32: its type's page
                candidates += aliases(type(obj))
        else:  # an attribute of an instance: documented on its class or on a base that has it
            candidates = [f"{name}.{attr}" for klass in owner.__mro__ if hasattr(klass, attr)
                          for name in aliases(klass)]
            if not candidates or not ours(candidates[0]):
                return
        target = next((name for name in candidates if name in self.inventory), None)
        self.refs.append(Ref(line, start, end, target or candidates[0], target))


def resolve(source: str, types: dict[str, str], inventory: Inventory) -> list[Ref]:
    """The torch and torchvision names in a snippet's source, in order."""
    return Resolver(source, types, inventory).resolve()


# --- what the tooltip says ------------------------------------------------------------------

ROLE = re.compile(r":[\w:]+:`~?([^`<]*?)(?:\s*<[^>]*>)?`")  # :class:`~torch.Tensor` -> torch.Tensor
SIGNATURE_LINE = re.compile(r"^[\w.]+\(.*\)(\s*->.*)?$")


def hover(name: str) -> str:
    """The signature and the summary (the docstring's first sentence) of the object the index
    documents as `name`, from the installed package: `torch.randn(*size, ...) -> Tensor` and
    what it does. A C function has no inspectable signature: its docstring starts with it."""
    obj = load(name)
    if obj is None:
        return name
    doc = (inspect.getdoc(obj) or "").strip()
    try:
        parameters = re.sub(r"^\((?:self|cls)(?:, |(?=\)))", "(", str(inspect.signature(obj)))  # a method's own
        signature = name + parameters.removesuffix(" -> None") if parameters != "()" or not isinstance(obj, type) else name
    except (TypeError, ValueError):
        signature = name
        first, _, rest = doc.partition("\n")
        if SIGNATURE_LINE.match(first.strip()):
            signature, doc = f"{name.rpartition('.')[0]}.{first.strip()}".lstrip("."), rest.strip()
    paragraph = " ".join(doc.split("\n\n")[0].split())
    summary = re.split(r"(?<=[.:])\s", ROLE.sub(r"\1", paragraph).replace("``", ""), maxsplit=1)[0]
    signature = re.sub(r"<[^<>]*>", "…", signature)  # a default's repr such as <object at 0x...>
    if len(signature) > 300:
        signature = signature[:299] + "…"
    if len(summary) > 200:
        summary = summary[:199] + "…"
    return f"{signature}\n{summary.replace('<', '‹')}" if summary else signature
