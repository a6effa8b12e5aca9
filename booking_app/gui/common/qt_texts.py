"""The desk's own texts for Qt's standard buttons (OK, Cancel, Save, Discard, Yes, No …)
and for the labels of Qt's own file dialog.

Qt names the standard buttons of ``QDialogButtonBox`` and ``QMessageBox`` through its
platform theme, with ``QCoreApplication.translate("QPlatformTheme", "Cancel")`` (and,
under GNOME, ``"QGnomeTheme"``, ``"&Cancel"``). Qt ships ``qtbase_zh_CN.qm`` but no
Vietnamese or Thai qtbase catalogue, so in those languages the buttons would stay
English. The texts are listed here, in Qt's own contexts, so that ``pyside6-lupdate``
collects them into the desk's ``.ts`` files: the desk's translator (installed after
qtbase's) then answers Qt's own lookups, and every button box retranslates itself on
the language change like any other widget. Nothing has to set a button's text by hand.

The same holds for the labels of Qt's widget-based file dialog (where the platform
offers no native one): "Look in:", "File name:", its column headers.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

Button = QDialogButtonBox.StandardButton

#: Qt's generic theme: standard button → (context, source text), as Qt looks it up.
PLATFORM_TEXTS: dict[Button, tuple[str, str]] = {
    Button.Ok: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "OK"))),
    Button.Save: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Save"))),
    Button.SaveAll: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"))),
    Button.Open: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Open"))),
    Button.Yes: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"))),
    Button.YesToAll: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"))),
    Button.No: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "&No"))),
    Button.NoToAll: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"))),
    Button.Abort: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"))),
    Button.Retry: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"))),
    Button.Ignore: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"))),
    Button.Close: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Close"))),
    Button.Cancel: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"))),
    Button.Discard: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"))),
    Button.Help: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Help"))),
    Button.Apply: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"))),
    Button.Reset: ("QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"))),
    Button.RestoreDefaults: (
        "QPlatformTheme", str(QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"))
    ),
}  # fmt: skip

#: The GNOME theme's own texts for the buttons it names differently.
GNOME_TEXTS: dict[Button, tuple[str, str]] = {
    Button.Ok: ("QGnomeTheme", str(QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"))),
    Button.Save: ("QGnomeTheme", str(QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"))),
    Button.Cancel: ("QGnomeTheme", str(QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"))),
    Button.Close: ("QGnomeTheme", str(QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"))),
    Button.Discard: ("QGnomeTheme", str(QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"))),
}

#: The message box's own buttons for its details text.
MESSAGE_BOX_TEXTS = (
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)


def standard_button_text(button: Button, gnome: bool = False) -> str:
    """The text Qt shows on ``button`` in the current language (the theme's wording)."""
    table = GNOME_TEXTS if gnome and button in GNOME_TEXTS else PLATFORM_TEXTS
    context, source = table[button]
    return QCoreApplication.translate(context, source)


#: Qt's own file dialog (its labels and buttons) and the file list's column headers.
FILE_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
)
