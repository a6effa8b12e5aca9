"""The desk's languages: the translators for the language setting, loaded and switched."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from booking_app.gui.common.changes import Change
from booking_app.gui.common.context import DeskContext
from booking_app.services.settings import current_settings

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
#: Languages the desk speaks: setting value → Qt locale name.
LANGUAGES = {"en": "en_US", "zh_CN": "zh_CN", "vi": "vi_VN", "th": "th_TH"}


def normalize_language(code: str) -> str:
    """A language setting as a :data:`LANGUAGES` key (``zh-CN`` → ``zh_CN``, ``th_TH`` → ``th``)."""
    text = code.strip().replace("-", "_")
    lower = text.lower()
    if lower.startswith("zh"):
        return "zh_CN"
    for language in ("vi", "th"):
        if lower == language or lower.startswith(language + "_"):
            return language
    return text if text in LANGUAGES else "en"


class LanguageManager(QObject):
    """Loads the translators for the language setting, now and when settings change.

    Installing a translator makes Qt send a LanguageChange event to every widget,
    which retranslates itself.
    """

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = ""
        self._translators: list[QTranslator] = []
        ctx.changed.connect(self._on_changed)
        self.apply(current_settings(ctx.uow).values["language"])

    def _on_changed(self, changes: Change) -> None:
        if Change.SETTINGS in changes:
            self.apply(current_settings(self.ctx.uow).values["language"])

    def apply(self, code: str) -> bool:
        """Switch to the language ``code``; returns True when it changed."""
        language = normalize_language(code)
        if language == self.language:
            return False
        app = QCoreApplication.instance()
        if app is None:
            return False
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        QLocale.setDefault(QLocale(LANGUAGES[language]))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_dir), (f"booking_desk_{language}", "")):
            translator = QTranslator(self)
            where = folder or str(TRANSLATIONS_DIR)
            if translator.load(name, where):
                app.installTranslator(translator)
                self._translators.append(translator)
        self.language = language
        return True

    def detach(self) -> None:
        """Remove the translators (the application outlives this window in tests)."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                app.removeTranslator(translator)
        self._translators = []
        self.language = ""
        QLocale.setDefault(QLocale(LANGUAGES["en"]))
