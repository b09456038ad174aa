"""Data exchange between laptops with no network: assessment packages, result
bundles, database merges, password protection (see docs/data-exchange.md).

The names below are loaded from their modules the first time one is used, so that the
app's start-up (whose File menu only needs the file extensions) does not import the
bundle, merge and package code.
"""

import importlib

_WHERE = {
    "bundle": ["auto_bundle", "auto_bundle_path", "collect", "device_name", "expand_sources", "export_results",
               "import_bundle", "import_results", "merge_database"],
    "container": ["EXTENSIONS", "FORMAT_VERSION", "PACKAGE", "RESULTS", "peek_manifest", "read_container"],
    "merge": ["BundleReport", "Conflict", "ImportReport", "list_conflicts", "remark", "resolve_conflict"],
    "package": ["export_package", "import_package"],
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

__all__ = [name for names in _WHERE.values() for name in names]


def __getattr__(name):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
