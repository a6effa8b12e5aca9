"""The layers hold: read from the source with ``ast`` (every import, also those under
``TYPE_CHECKING`` and inside functions), so a circle or a wrong-way import fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import booking_app

PACKAGE = Path(booking_app.__file__).resolve().parent


def module_name(path: Path) -> str:
    """``booking_app.gui.editor.layout`` for ``booking_app/gui/editor/layout.py``."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(path: Path, name: str | None = None) -> set[str]:
    """Every module name an ``import`` or ``from … import`` in the file may refer to.

    ``from a.b import c`` yields ``a.b`` and ``a.b.c`` (``c`` may be a module); relative
    imports are resolved against the file's package.
    """
    name = name or module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value.startswith("booking_app.")
            and node.value.replace(".", "").replace("_", "").isalnum()
        ):  # a module imported by name (importlib), as the main window's optional views
            found.add(node.value)
    return found


def modules_under(folder: Path) -> dict[str, Path]:
    """The modules below ``folder``, by dotted name."""
    return {module_name(path): path for path in sorted(folder.rglob("*.py"))}


def import_graph(folder: Path) -> dict[str, set[str]]:
    """Which of the folder's modules each of them imports (packages' own inits left out:
    importing ``a.b.c`` runs ``a/b/__init__.py``, which is not a circle)."""
    modules = modules_under(folder)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = {
            target
            for target in imported_names(path)
            if target in modules and target != name and not name.startswith(target + ".")
        }
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle (its modules in order, the first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return path[path.index(target) :] + [target]
            if target not in state and (cycle := visit(target)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)) is not None:
            return cycle
    return None


def test_the_cycle_finder_finds_a_circle_through_a_type_checking_import(tmp_path: Path) -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None
    source = tmp_path / "mod.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from booking_app.gui.main_window import MainWindow\n"
        "def f():\n    import booking_app.gui.app\n    from . import sibling\n"
        "VIEWS = [('booking_app.gui.rates.view', 'RatesView')]\n"
    )
    names = imported_names(source, "booking_app.gui.editor.mod")
    assert {
        "booking_app.gui.main_window.MainWindow", "booking_app.gui.app",
        "booking_app.gui.editor.sibling", "booking_app.gui.rates.view",
    } <= names


def test_the_gui_has_no_import_circle() -> None:
    graph = import_graph(PACKAGE / "gui")
    assert len(graph) > 50  # the GUI's modules were all found
    assert find_cycle(graph) is None, " → ".join(find_cycle(graph) or [])


def test_the_whole_program_has_no_import_circle_between_layers() -> None:
    layers = ("core", "store", "services", "documents", "gui")
    graph = import_graph(PACKAGE)
    layer_graph: dict[str, set[str]] = {layer: set() for layer in layers}
    for name, targets in graph.items():
        source = name.split(".")[1] if "." in name else ""
        for target in targets:
            to = target.split(".")[1] if "." in target else ""
            if source in layers and to in layers and to != source:
                layer_graph[source].add(to)
    assert find_cycle(layer_graph) is None


def test_only_the_gui_imports_qt() -> None:
    offenders = [
        name
        for name, path in modules_under(PACKAGE).items()
        if not name.startswith("booking_app.gui")
        and any(n.split(".")[0] == "PySide6" for n in imported_names(path))
    ]
    assert offenders == []


def test_core_store_services_and_documents_never_import_the_gui_or_the_cli() -> None:
    offenders = [
        f"{name} imports {target}"
        for layer in ("core", "store", "services", "documents")
        for name, path in modules_under(PACKAGE / layer).items()
        for target in imported_names(path)
        if target.startswith(("booking_app.gui", "booking_app.cli"))
    ]
    assert offenders == []


def test_core_imports_only_core() -> None:
    offenders = [
        f"{name} imports {target}"
        for name, path in modules_under(PACKAGE / "core").items()
        for target in imported_names(path)
        if target.startswith("booking_app.") and not target.startswith("booking_app.core")
    ]
    assert offenders == []


#: The one background-operation helper and the machinery under it.
OPS_MODULES = ("booking_app.gui.common.ops", "booking_app.gui.common.workers")
THREAD_NAMES = ("QThreadPool", "QRunnable", "QThread", "start_job", "take_result", "result_relay")


def test_gui_work_runs_only_through_the_ops_helper() -> None:
    offenders = [
        f"{name} uses {target}"
        for name, path in modules_under(PACKAGE / "gui").items()
        if name not in OPS_MODULES
        for target in imported_names(path)
        if target.rpartition(".")[2] in THREAD_NAMES
    ]
    assert offenders == []


def _announces_a_string(node: ast.AST) -> bool:
    """``….notify("bookings")`` or ``….changed.emit("bookings")``."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
        return False
    target = node.func
    owner = target.value.value if isinstance(target.value, ast.Attribute) else None
    owner_name = getattr(owner, "id", None) or getattr(owner, "attr", None)
    announcing = target.attr == "notify" or (  # the desk context's signal, not a panel's
        target.attr == "emit"
        and isinstance(target.value, ast.Attribute)
        and target.value.attr == "changed"
        and owner_name in ("ctx", "_ctx", "desk_ctx")
    )
    return announcing and any(
        isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args
    )


def test_no_view_announces_a_change_as_a_string() -> None:
    source = (
        "ctx.notify('bookings')\nself.ctx.changed.emit('rates')\nctx.notify(Change.RATES)\n"
        "self.changed.emit('legs')\n"
    )
    assert [_announces_a_string(n) for n in ast.walk(ast.parse(source))].count(True) == 2
    offenders = [
        f"{name}:{getattr(node, 'lineno', 0)}"
        for name, path in modules_under(PACKAGE / "gui").items()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if _announces_a_string(node)
    ]
    assert offenders == []


def test_gui_common_needs_no_feature_and_no_feature_needs_the_shell() -> None:
    shell = ("booking_app.gui.main_window", "booking_app.gui.main_actions", "booking_app.gui.app")
    graph = import_graph(PACKAGE / "gui")
    common = [
        f"{name} imports {target}"
        for name, targets in graph.items()
        if name.startswith("booking_app.gui.common")
        for target in targets
        if not target.startswith("booking_app.gui.common")
    ]
    features = [
        f"{name} imports {target}"
        for name, targets in graph.items()
        if name not in shell
        for target in targets
        if target in shell
    ]
    assert common == [] and features == []


def exception_texts(path: Path, label: str | None = None) -> list[str]:
    """Where a module turns an exception into text itself (``str(exc)``, ``f"{exc}"``):
    names bound by ``except … as`` and parameters annotated as an error or exception."""
    label = label or module_name(path)
    found: list[str] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    scopes: list[tuple[ast.AST, set[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.name:
            scopes.append((node, {node.name}))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names = {
                a.arg
                for a in [*node.args.args, *node.args.kwonlyargs]
                if a.annotation is not None
                and any(
                    part.endswith(("Error", "Exception"))
                    for part in ast.unparse(a.annotation).replace("|", " ").split()
                )
            }
            if names:
                scopes.append((node, names))
    for scope, names in scopes:
        for inner in ast.walk(scope):
            shown = None
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Name)
                and inner.func.id in ("str", "repr")
                and inner.args
                and isinstance(inner.args[0], ast.Name)
            ):
                shown = inner.args[0].id
            elif isinstance(inner, ast.FormattedValue) and isinstance(inner.value, ast.Name):
                shown = inner.value.id
            if shown in names:
                found.append(f"{label}:{inner.lineno}: {ast.unparse(inner)}")
    return found


#: Where an exception's own text is meant: an unexpected failure (a bug, not a domain
#: error) on a pool thread, kept with its class name for the report.
EXCEPTION_TEXT_ALLOWED = {"booking_app.gui.editor.quote", "booking_app.gui.common.import_worker"}


def test_the_gui_shows_errors_only_through_the_problem_renderer() -> None:
    problems = [
        found
        for name, path in modules_under(PACKAGE / "gui").items()
        if name not in EXCEPTION_TEXT_ALLOWED
        for found in exception_texts(path)
    ]
    assert problems == []


def test_the_exception_text_check_finds_str_of_an_error(tmp_path: Path) -> None:
    module = tmp_path / "shows.py"
    module.write_text(
        "def show(error: ValueError) -> str:\n"
        "    return 'x' + str(error)\n"
        "def other() -> str:\n"
        "    try:\n        pass\n"
        "    except OSError as exc:\n        return f'failed: {exc}'\n"
        "    return str(1)\n",
        encoding="utf-8",
    )
    found = exception_texts(module, "shows")
    assert [line.split(":", 1)[1] for line in found] == ["2: str(error)", "7: {exc}"]


def _defines_named_tuple(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ClassDef)
        and any(isinstance(base, ast.Name) and base.id == "NamedTuple" for base in node.bases)
        for node in ast.walk(tree)
    )


def _postpones_annotations(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom)
        and node.module == "__future__"
        and any(alias.name == "annotations" for alias in node.names)
        for node in tree.body
    )


def record_rule_breaches(modules: dict[str, Path]) -> list[str]:
    """Modules that make records the slow way (issue 13: a CLI call and the start pay
    for every record class their modules create).

    Records are ``typing.NamedTuple``s: a frozen ``dataclass`` compiles five or six
    methods when its module loads (about 0.6 ms each class on CPython 3.11, and
    ``dataclasses`` brings ``inspect``), and a NamedTuple whose annotations are
    postponed (``from __future__ import annotations``) compiles each field's type.
    """
    found = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if "dataclasses" in imported_names(path, name):
            found.append(f"{name} imports dataclasses")
        if _defines_named_tuple(tree) and _postpones_annotations(tree):
            found.append(f"{name} postpones the annotations of its NamedTuples")
    return found


def test_records_are_named_tuples_with_their_annotations_evaluated() -> None:
    assert record_rule_breaches(modules_under(PACKAGE)) == []


def test_the_record_rule_finds_a_dataclass_and_a_postponed_named_tuple(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("from dataclasses import dataclass\n", "utf-8")
    (tmp_path / "b.py").write_text(
        "from __future__ import annotations\nfrom typing import NamedTuple\n\n\n"
        "class B(NamedTuple):\n    x: int\n",
        "utf-8",
    )
    (tmp_path / "c.py").write_text(
        "from typing import NamedTuple\n\n\nclass C(NamedTuple):\n    x: int\n", "utf-8"
    )
    modules = {path.stem: path for path in sorted(tmp_path.glob("*.py"))}
    assert sorted(record_rule_breaches(modules)) == [
        "a imports dataclasses", "b postpones the annotations of its NamedTuples",
    ]  # fmt: skip
