"""Resources and the layers that reach outside the process: notifications, the keyring, the catalogues."""

from __future__ import annotations

import importlib
import sys

from cliffhanger import paths

from .checks import Check, guarded, import_layer

APP_ICON = "cliffhanger.svg"


def check_resources() -> Check:
    def probe() -> str:
        icon = paths.resources_dir() / "icons" / APP_ICON
        if not icon.is_file():
            raise FileNotFoundError(f"no {icon}")
        return "ok"

    return guarded("resources", probe)


def check_layers() -> list[Check]:
    return [
        guarded("notify", probe_notify),
        guarded("keyring", probe_keyring),
        guarded("providers", probe_providers),
    ]


def probe_notify() -> str:
    import_layer("notify")
    if sys.platform.startswith("linux"):
        importlib.import_module("plyer.platforms.linux.notification")  # plyer looks it up by name
    return "ok"


def probe_keyring() -> str:
    """The backend keyring chose; no usable one is not a fault of the installation (the app copes)."""
    store = import_layer("secrets").default_store()
    # keyring.backends.SecretService.Keyring and cliffhanger.secrets.SecretService both read SecretService
    module, _, name = store.backend_name.rpartition(".")
    backend = module.rpartition(".")[2] if name == "Keyring" else name
    return f"ok ({backend})" if store.available else f"ok ({backend}, session only)"


def probe_providers() -> str:
    providers = import_layer("providers")
    for provider in providers.build_providers().values():  # builds an HTTP client: TLS roots must load
        provider.close()
    return "ok"
