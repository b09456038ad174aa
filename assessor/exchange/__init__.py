"""Data exchange between laptops with no network: assessment packages, result
bundles, database merges, password protection (see docs/data-exchange.md)."""

from assessor.exchange.bundle import (auto_bundle, auto_bundle_path, collect, device_name, expand_sources, export_results,
                     import_bundle, import_results, merge_database)
from assessor.exchange.container import EXTENSIONS, FORMAT_VERSION, PACKAGE, RESULTS, peek_manifest, read_container
from assessor.exchange.merge import BundleReport, Conflict, ImportReport, list_conflicts, remark, resolve_conflict
from assessor.exchange.package import export_package, import_package

__all__ = ["auto_bundle", "auto_bundle_path", "collect", "device_name", "expand_sources", "export_results",
           "import_bundle", "import_results", "merge_database", "EXTENSIONS", "FORMAT_VERSION", "PACKAGE", "RESULTS",
           "peek_manifest", "read_container", "BundleReport", "Conflict", "ImportReport", "list_conflicts", "remark",
           "resolve_conflict", "export_package", "import_package"]
