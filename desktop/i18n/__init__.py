"""Interface languages without Qt: which language to use, the translation catalogue (the
`.ts` files Qt's tools keep in `resources/i18n/`) and CLDR plural forms (Babel).

The window reads the same catalogue compiled to `.qm` through QTranslator; the report reads
the `.ts` XML here, so window and report share one translation source.
"""
from .catalog import Catalog, catalog, translate
from .language import LANGUAGES, language_from_locale, normalize
from .plural import format_count, plural_category

__all__ = ["Catalog", "catalog", "translate", "LANGUAGES", "language_from_locale", "normalize",
           "format_count", "plural_category"]
