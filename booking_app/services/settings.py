"""Settings declared once: key, type, default and a label (Picard's options.py idea)."""

from decimal import Decimal
from typing import NamedTuple

from booking_app.core.errors import ValidationError
from booking_app.core.lifecycle import DEFAULT_VALID_DAYS
from booking_app.core.money import parse_currency, to_decimal
from booking_app.core.selling import PriceRule
from booking_app.store.uow import UnitOfWork

#: The languages of the customer's documents: one for all, or the customer's own
#: (``customer``: read from how its name and address are written; documents/labels.py).
DOCUMENT_LANGUAGES = ("en", "customer", "zh_CN", "vi", "th")
#: Days ahead the desk warns of rates ending, when the settings say nothing else.
DEFAULT_RATE_WARNING_DAYS = 7


class SettingSpec(NamedTuple):
    """One setting: storage key, default text and a label for the settings view.

    ``personal``: each clerk keeps their own (office.md §3, "own settings"); the others
    are the office's (letterhead, defaults), which only admin changes on a server.
    """

    key: str
    default: str
    label: str
    personal: bool = False


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("company_name", "Beibu Gulf Forwarding Co., Ltd. (demo)", "Company name"),
    SettingSpec("company_address", "", "Company address"),
    SettingSpec("company_phone", "", "Phone"),
    SettingSpec("company_email", "", "Email"),
    SettingSpec("company_logo", "", "Logo image"),
    SettingSpec("company_document_language", "en", "Documents in"),
    SettingSpec("default_currency", "USD", "Default quote currency"),
    SettingSpec("default_markup_percent", "0", "Default markup %"),
    SettingSpec("default_price_rule", "markup", "Markup or margin"),
    SettingSpec("min_margin_percent", "0", "Margin floor %"),
    SettingSpec("clerk_name", "", "Clerk name", personal=True),
    SettingSpec("language", "en", "Language", personal=True),
    SettingSpec("quote_valid_days", "14", "Quotation valid for (days)"),
    SettingSpec("rate_warning_days", "7", "Warn of rates ending within (days)", personal=True),
)
_BY_KEY = {s.key: s for s in SETTINGS}
#: The settings each clerk keeps for themselves.
PERSONAL_KEYS = frozenset(s.key for s in SETTINGS if s.personal)


class Settings(NamedTuple):
    """The settings a service needs, typed."""

    values: dict[str, str]

    @property
    def default_currency(self) -> str:
        """Quote currency when a request names none."""
        return self.values["default_currency"]

    @property
    def default_markup_percent(self) -> Decimal:
        """Markup % when a request names none."""
        return Decimal(self.values["default_markup_percent"])

    @property
    def default_price(self) -> PriceRule:
        """The default rule *and* percentage (selling.md §2, third choice)."""
        return PriceRule(self.values["default_price_rule"], self.default_markup_percent)

    @property
    def min_margin_percent(self) -> Decimal:
        """The margin floor when the customer's profile sets none (selling.md §3)."""
        return Decimal(self.values["min_margin_percent"])

    @property
    def quote_valid_days(self) -> int:
        """Days a quotation holds (quotes-and-tariffs.md §1)."""
        try:
            return max(0, int(self.values["quote_valid_days"]))
        except ValueError:
            return DEFAULT_VALID_DAYS

    @property
    def rate_warning_days(self) -> int:
        """The desk warns of rates ending within this many days (quotes-and-tariffs.md §4)."""
        try:
            return max(0, int(self.values["rate_warning_days"]))
        except ValueError:
            return DEFAULT_RATE_WARNING_DAYS

    @property
    def document_language(self) -> str:
        """The customer's documents' language: a language code, or ``customer``."""
        value = self.values["company_document_language"]
        return value if value in DOCUMENT_LANGUAGES else "en"

    @property
    def clerk_name(self) -> str:
        """Who is at the desk."""
        return self.values["clerk_name"]


def current_settings(uow: UnitOfWork) -> Settings:
    """Every setting, stored value or default: on an office server the clerk's own
    settings over the office's (a clerk who set none has the office's)."""
    stored = uow.settings.all()
    own = uow.settings.personal()
    stored.update({k: v for k, v in own.items() if k in PERSONAL_KEYS})
    return Settings({s.key: stored.get(s.key, s.default) for s in SETTINGS})


def save_settings(uow: UnitOfWork, values: dict[str, str]) -> Settings:
    """Validate and store settings (unknown keys and bad values are refused).

    The personal ones are the clerk's own (on a server, rows of their login any role may
    write); the office's need the admin role there (PermissionDeniedError otherwise).
    Values that did not change are not written.
    """
    for key, value in values.items():
        if key not in _BY_KEY:
            raise ValidationError(
                f"unknown setting {key!r}", code="unknown_setting", params={"key": key}, field=key
            )
        if key == "default_currency":
            values[key] = parse_currency(value, "default currency")
        elif key in ("default_markup_percent", "min_margin_percent"):
            number = to_decimal(value, _BY_KEY[key].label)
            if number < 0 or number > 1000:
                raise ValidationError(
                    f"{_BY_KEY[key].label} {value} must be from 0 to 1000",
                    code="setting_out_of_range",
                    params={"value": value, "low": 0, "high": 1000},
                    field=key,
                )
            values[key] = f"{number:f}"
        elif key == "rate_warning_days" and not (value.strip().isdigit() and int(value) <= 365):
            raise ValidationError(
                f"{_BY_KEY[key].label} {value} must be a whole number 0 to 365",
                code="setting_whole_days",
                params={"value": value, "low": 0, "high": 365},
                field=key,
            )
        elif key == "default_price_rule" and value not in ("markup", "margin"):
            raise ValidationError(
                "price rule must be markup or margin", code="bad_price_rule", field=key
            )
        elif key == "company_document_language" and value not in DOCUMENT_LANGUAGES:
            raise ValidationError(
                f"documents language {value!r} is not one of {', '.join(DOCUMENT_LANGUAGES)}",
                code="bad_document_language",
                params={"value": value, "choices": list(DOCUMENT_LANGUAGES)},
                field=key,
            )
    merged = Settings({**current_settings(uow).values, **values})
    merged.default_price  # noqa: B018 — a margin of 100 % or more is refused here
    with uow:
        before = current_settings(uow).values
        for key, value in values.items():
            if before.get(key) == value:
                continue
            if key in PERSONAL_KEYS:
                uow.settings.set_personal(key, value)
            else:
                uow.settings.set(key, value)
            uow.audit.record(
                "edit", "setting", key, "", before.get("clerk_name", ""),
                old={key: before.get(key)}, new={key: value},
            )  # fmt: skip
        uow.commit()
    return current_settings(uow)
