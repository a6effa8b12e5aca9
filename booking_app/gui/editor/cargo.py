"""The booking editor's cargo: pieces with live totals, or totals; containers; trucks."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from booking_app.core.errors import BookingDeskError
from booking_app.gui.common import formatting
from booking_app.gui.common.labels import mode_label
from booking_app.gui.common.number_edit import MESSAGE_STYLE, NumberEdit, problem_label
from booking_app.gui.common.numbers import problem_message
from booking_app.gui.common.problems import problem_text
from booking_app.gui.editor.delegates import ChoiceDelegate, NumberDelegate
from booking_app.gui.editor.rows import Column, EditRowsModel
from booking_app.gui.editor.sheet import MnemonicFocus, SheetTable
from booking_app.services.desk import CONTAINER_TYPES, cargo_measures

PIECE_KEYS = ("count", "length_cm", "width_cm", "height_cm", "weight_kg")
TRUCK_TYPES = ("10T", "20T", "40FT")


def small_table(
    model: EditRowsModel,
    add_row: Callable[[], object] | None = None,
    remove_row: Callable[[int], object] | None = None,
) -> SheetTable:
    """A compact table for the editor, typed into like a spreadsheet."""
    return SheetTable(model, add_row, remove_row)


class CargoPanel(QWidget):
    """Cargo fields; ``changed(key)`` after each edit."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._modes: list[str] = []
        self.pieces = EditRowsModel(
            [
                Column("count", lambda: self.tr("Pieces"), numeric=True, whole=True),
                Column("length_cm", lambda: self.tr("L cm"), numeric=True),
                Column("width_cm", lambda: self.tr("W cm"), numeric=True),
                Column("height_cm", lambda: self.tr("H cm"), numeric=True),
                Column("weight_kg", lambda: self.tr("kg each"), numeric=True),
            ],
            self,
        )
        self.pieces_table = small_table(self.pieces, self.add_piece, self.pieces.remove_row)
        self.pieces_table.setMinimumHeight(60)
        self.pieces_table.setItemDelegateForColumn(0, NumberDelegate(True, self))
        for column in range(1, 5):
            self.pieces_table.setItemDelegateForColumn(column, NumberDelegate(False, self))
        self.add_piece_button = QPushButton()
        self.remove_piece_button = QPushButton()
        # their problems, and those of piece cells, are told where the totals are
        self.weight = NumberEdit(own_message=False)
        self.volume = NumberEdit(own_message=False)
        self.trucks_problem = problem_label()
        self.measures = QLabel()
        self.measures.setWordWrap(True)
        self.measures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.container_spins: dict[str, QSpinBox] = {}
        self.trucks = EditRowsModel(
            [
                Column("type", lambda: self.tr("Truck type")),
                Column("count", lambda: self.tr("Trucks"), numeric=True, whole=True),
            ],
            self,
        )
        self.trucks_table = small_table(self.trucks, self.add_truck, self.trucks.remove_row)
        self.trucks_table.setMinimumHeight(60)
        self.trucks_table.setItemDelegateForColumn(
            0, ChoiceDelegate(lambda _i: [(t, t) for t in TRUCK_TYPES], self, editable=True)
        )
        self.trucks_table.setItemDelegateForColumn(1, NumberDelegate(True, self))
        self.add_truck_button = QPushButton()
        self.remove_truck_button = QPushButton()
        self.description = QLineEdit()
        self.dangerous = QCheckBox()
        self._build()
        self._connect()
        self.retranslate_ui()
        self.update_measures()

    def _build(self) -> None:
        self.pieces_box = QGroupBox()
        pieces_buttons = QHBoxLayout()
        pieces_buttons.addWidget(self.add_piece_button)
        pieces_buttons.addWidget(self.remove_piece_button)
        pieces_buttons.addStretch(1)
        totals = QHBoxLayout()
        self.weight_label, self.volume_label = QLabel(), QLabel()
        self.weight_label.setBuddy(self.weight)
        self.volume_label.setBuddy(self.volume)
        for widget in (self.weight_label, self.weight, self.volume_label, self.volume):
            totals.addWidget(widget)
        for edit in (self.weight, self.volume):
            edit.setMinimumWidth(72)  # "18,000.5" stays whole in a narrow window
        pieces_layout = QVBoxLayout(self.pieces_box)
        pieces_layout.addWidget(self.pieces_table, 1)
        pieces_layout.addLayout(pieces_buttons)
        pieces_layout.addLayout(totals)
        pieces_layout.addWidget(self.measures)

        self.units_box = QGroupBox()
        grid = QGridLayout()
        for i, kind in enumerate(CONTAINER_TYPES):
            spin = QSpinBox()
            spin.setRange(0, 999)
            self.container_spins[kind] = spin
            label = QLabel(kind)
            label.setBuddy(spin)
            grid.addWidget(label, i // 3, i % 3 * 2)
            grid.addWidget(spin, i // 3, i % 3 * 2 + 1)
        truck_buttons = QHBoxLayout()
        truck_buttons.addWidget(self.add_truck_button)
        truck_buttons.addWidget(self.remove_truck_button)
        truck_buttons.addStretch(1)
        self.containers_label = QLabel()
        MnemonicFocus(self.units_box, next(iter(self.container_spins.values())))
        units_layout = QVBoxLayout(self.units_box)
        units_layout.addWidget(self.containers_label)
        units_layout.addLayout(grid)
        units_layout.addWidget(self.trucks_table, 1)
        units_layout.addWidget(self.trucks_problem)
        units_layout.addLayout(truck_buttons)

        goods = QHBoxLayout()
        self.description_label = QLabel()
        self.description_label.setBuddy(self.description)
        goods.addWidget(self.description_label)
        goods.addWidget(self.description, 1)
        goods.addWidget(self.dangerous)
        boxes = QHBoxLayout()
        boxes.addWidget(self.pieces_box, 3)
        boxes.addWidget(self.units_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(goods)
        layout.addLayout(boxes, 1)

    def _connect(self) -> None:
        # bound methods, not lambdas: a lambda holding self keeps widgets alive past Qt
        keyed: list[tuple[QObject, str, Any]] = [
            (self.pieces, "pieces", self.pieces.edited),
            (self.trucks, "trucks", self.trucks.edited),
            (self.weight, "weight_kg", self.weight.edited),
            (self.volume, "volume_cbm", self.volume.edited),
            (self.description, "description", self.description.textChanged),
            (self.dangerous, "dangerous_goods", self.dangerous.toggled),
        ]
        keyed += [
            (spin, f"containers.{kind}", spin.valueChanged)
            for kind, spin in self.container_spins.items()
        ]
        for source, key, signal in keyed:
            source.setProperty("field_key", key)
            signal.connect(self._field_changed)
        self.add_piece_button.clicked.connect(self.add_piece)
        self.remove_piece_button.clicked.connect(self.remove_piece)
        self.add_truck_button.clicked.connect(self.add_truck)
        self.remove_truck_button.clicked.connect(self.remove_truck)

    def _field_changed(self, *_args: Any) -> None:
        sender = self.sender()
        if sender is not None:
            self._changed(str(sender.property("field_key")))

    def remove_piece(self) -> None:
        """Remove the piece line under the cursor."""
        self.pieces.remove_row(self.pieces_table.currentIndex().row())

    def remove_truck(self) -> None:
        """Remove the truck line under the cursor."""
        self.trucks.remove_row(self.trucks_table.currentIndex().row())

    def _changed(self, key: str) -> None:
        self.update_measures()
        self.changed.emit(key)

    def add_piece(self) -> None:
        """A new piece line, with the cursor in its first cell."""
        row = self.pieces.add_row({"count": "1"})
        self.pieces_table.setFocus()
        self.pieces_table.setCurrentIndex(self.pieces.index(row, 0))

    def add_truck(self) -> None:
        """A new truck line."""
        row = self.trucks.add_row({"type": TRUCK_TYPES[0], "count": "1"})
        self.trucks_table.setFocus()
        self.trucks_table.setCurrentIndex(self.trucks.index(row, 0))

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them."""
        chain: list[QWidget] = [self.description, self.dangerous, self.pieces_table]
        chain += [self.add_piece_button, self.weight, self.volume]
        chain += list(self.container_spins.values())
        chain += [self.trucks_table, self.add_truck_button]
        return chain

    # --- values ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The cargo as the request's ``cargo`` object."""
        cargo: dict[str, Any] = {}
        pieces = [
            {k: r.get(k) or "0" for k in PIECE_KEYS}
            for r in self.pieces.rows()
            if any(r.get(k) for k in PIECE_KEYS)
        ]
        if pieces:
            cargo["pieces"] = pieces
        else:
            if self.weight.plain_text():
                cargo["weight_kg"] = self.weight.plain_text()
            if self.volume.plain_text():
                cargo["volume_cbm"] = self.volume.plain_text()
        containers = [
            {"type": kind, "count": spin.value()}
            for kind, spin in self.container_spins.items()
            if spin.value()
        ]
        if containers:
            cargo["containers"] = containers
        trucks = [
            {"type": r.get("type", "").upper(), "count": r.get("count") or "0"}
            for r in self.trucks.rows()
            if r.get("type")
        ]
        if trucks:
            cargo["trucks"] = trucks
        cargo["description"] = self.description.text().strip()
        cargo["dangerous_goods"] = self.dangerous.isChecked()
        return cargo

    def set_values(self, cargo: dict[str, Any]) -> None:
        """Show a request's cargo (signals stay quiet)."""
        widgets: list[QWidget] = [self.weight, self.volume, self.description, self.dangerous]
        widgets += list(self.container_spins.values())
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.pieces.set_rows(
                [{k: str(p.get(k, "")) for k in PIECE_KEYS} for p in cargo.get("pieces") or []]
            )
            self.weight.set_plain(cargo.get("weight_kg"))
            self.volume.set_plain(cargo.get("volume_cbm"))
            counts = {c["type"]: int(c["count"]) for c in cargo.get("containers") or []}
            for kind, spin in self.container_spins.items():
                spin.setValue(counts.get(kind, 0))
            self.trucks.set_rows(
                [{"type": t["type"], "count": str(t["count"])} for t in cargo.get("trucks") or []]
            )
            self.description.setText(str(cargo.get("description") or ""))
            self.dangerous.setChecked(bool(cargo.get("dangerous_goods")))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.update_measures()

    def set_modes(self, modes: list[str]) -> None:
        """The legs' modes, for the chargeable weight shown per mode."""
        if modes != self._modes:
            self._modes = list(modes)
            self.update_measures()

    def update_measures(self) -> None:
        """Recompute the live totals: gross kg, cbm and chargeable per mode."""
        has_pieces = bool(self.pieces.rows())
        self.weight.setEnabled(not has_pieces and not self.weight.isReadOnly())
        self.volume.setEnabled(not has_pieces and not self.volume.isReadOnly())
        trucks = self._cell_problems(self.trucks)
        self.trucks_problem.setText("\n".join(trucks))
        self.trucks_problem.setVisible(bool(trucks))
        problems = [p for p in self.number_problems() if p not in trucks]
        self.measures.setStyleSheet(MESSAGE_STYLE if problems else "")
        if problems:  # no totals of figures the clerk did not write
            self.measures.setText("\n".join(problems))
            if has_pieces:
                self.weight.set_plain("")
                self.volume.set_plain("")
            return
        try:
            measures = cargo_measures(self.values(), self._modes)
        except BookingDeskError as exc:
            self.measures.setText(
                self.tr("Cannot total the cargo: %1").replace("%1", problem_text(exc))
            )
            return
        parts = [
            self.tr("Gross %1 kg").replace("%1", formatting.measure(measures.gross_kg)),
            self.tr("%1 cbm").replace("%1", formatting.measure(measures.volume_cbm)),
        ]
        for mode, unit, quantity in measures.chargeable:
            text = self.tr("%1 W/M") if unit == "wm" else self.tr("%1 kg")
            parts.append(f"{mode_label(mode)}: " + text.replace("%1", formatting.measure(quantity)))
        self.measures.setText(self.tr("Totals: ") + " · ".join(parts))
        if has_pieces:
            for edit, value in (
                (self.weight, measures.gross_kg),
                (self.volume, measures.volume_cbm),
            ):
                edit.set_plain(value.quantize(Decimal("0.001")).normalize())

    def number_problems(self) -> list[str]:
        """Every number of the cargo that cannot be read, as ``field: reason`` sentences."""
        found = self._cell_problems(self.pieces) + self._cell_problems(self.trucks)
        if not self.pieces.rows():
            found += [e.named_problem() for e in (self.weight, self.volume) if e.problem()]
        return found

    def _cell_problems(self, model: EditRowsModel) -> list[str]:
        if model is self.pieces:
            what = self.tr("Piece line %1, %2")
        else:
            what = self.tr("Truck line %1, %2")
        return [
            what.replace("%1", str(cell.row + 1)).replace("%2", model.column_title(cell.key))
            + ": "
            + problem_message(cell.error)
            for cell in model.problems()
        ]

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock every field."""
        for model in (self.pieces, self.trucks):
            model.set_read_only(read_only)
        for edit in (self.weight, self.volume, self.description):
            edit.setReadOnly(read_only)
        widgets: list[QWidget] = [self.dangerous, *self.container_spins.values()]
        widgets += [self.add_piece_button, self.remove_piece_button]
        widgets += [self.add_truck_button, self.remove_truck_button]
        for widget in widgets:
            widget.setEnabled(not read_only)
        self.update_measures()

    # --- language --------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.pieces_box.setTitle(self.tr("Pieces, or totals"))
        self.units_box.setTitle(self.tr("&Containers and trucks"))
        self.containers_label.setText(self.tr("Containers per type:"))
        self.add_piece_button.setText(self.tr("Add piece line"))
        self.remove_piece_button.setText(self.tr("Remove piece line"))
        self.add_truck_button.setText(self.tr("Add truck line"))
        self.remove_truck_button.setText(self.tr("Remove truck line"))
        self.weight_label.setText(self.tr("&Weight kg:"))
        self.volume_label.setText(self.tr("&Volume cbm:"))
        self.description_label.setText(self.tr("&Goods:"))
        self.description.setPlaceholderText(self.tr("Description of the goods"))
        self.weight.set_name(self.tr("&Weight kg:"))
        self.volume.set_name(self.tr("&Volume cbm:"))
        self.dangerous.setText(self.tr("Dangerous goods"))
        self.pieces.refresh_display()
        self.trucks.refresh_display()
        self.update_measures()
