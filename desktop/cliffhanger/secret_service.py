"""A small client of the freedesktop Secret Service over jeepney, for where keyring's own backend can't load.

keyring's SecretService backend goes through secretstorage, which needs the cryptography package (11 MB in a
bundle) for the encrypted session. This client opens a "plain" session instead: the secret travels unencrypted
over the session bus, which only the user's own processes reach, and the service stores it the same way. Items
carry the attributes keyring's backend writes (service, username, application), so a key stored by either is
found by the other and by `secret-tool lookup service S username U`. A locked collection or item is unlocked
through the service's prompt, as secretstorage does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from jeepney import DBusAddress, MatchRule, Message, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

BUS_NAME = "org.freedesktop.secrets"
SECRET = "org.freedesktop.Secret."
SERVICE = DBusAddress("/org/freedesktop/secrets", bus_name=BUS_NAME, interface=SECRET + "Service")
DEFAULT_COLLECTION = "/org/freedesktop/secrets/aliases/default"
APPLICATION = (
    "Python keyring library"  # what keyring's own backend writes, kept so both find each other's items
)
TIMEOUT = 10.0
PROMPT_TIMEOUT = 300.0  # the user may take a while to type the keyring's password


class SecretServiceError(RuntimeError):
    """The Secret Service answered with an error, or could not be reached."""


class LockedError(SecretServiceError):
    """The user dismissed the prompt to unlock the keyring."""


def available() -> bool:
    """Whether the Secret Service runs on the session bus or the bus can start it."""
    try:
        with _connection() as connection:
            (owned,) = _call(connection, new_method_call(message_bus, "NameHasOwner", "s", (BUS_NAME,)))
            if owned:
                return True
            (names,) = _call(connection, new_method_call(message_bus, "ListActivatableNames"))
            return BUS_NAME in names
    except (OSError, SecretServiceError, KeyError):
        return False


def attributes(service: str, username: str) -> dict[str, str]:
    return {"service": service, "username": username}


def _first_item(connection: DBusConnection, service: str, username: str) -> DBusAddress | None:
    """The first item stored for `username` on `service`, unlocked if it was locked; None when none is."""
    unlocked, locked = _call(connection, _service_call("SearchItems", "a{ss}", attributes(service, username)))
    items = list(unlocked) + _unlock(connection, list(locked))
    return DBusAddress(items[0], bus_name=BUS_NAME, interface=SECRET + "Item") if items else None


def get(service: str, username: str) -> str | None:
    """The first secret stored for `username` on `service`, or None."""
    with _connection() as connection:
        session = _plain_session(connection)
        item = _first_item(connection, service, username)
        if item is None:
            return None
        ((_session, _parameters, value, _content_type),) = _call(
            connection, new_method_call(item, "GetSecret", "o", (session,))
        )
        return bytes(value).decode("utf-8")


def store(service: str, username: str, secret: str) -> None:
    """Store `secret` for `username` on `service` in the default collection, replacing any earlier one."""
    with _connection() as connection:
        session = _plain_session(connection)
        _unlock(connection, [DEFAULT_COLLECTION])
        collection = DBusAddress(DEFAULT_COLLECTION, bus_name=BUS_NAME, interface=SECRET + "Collection")
        properties = {
            SECRET + "Item.Label": ("s", f"Password for '{username}' on '{service}'"),
            SECRET + "Item.Attributes": (
                "a{ss}",
                {**attributes(service, username), "application": APPLICATION},
            ),
        }
        value = (session, b"", secret.encode("utf-8"), "text/plain; charset=utf8")
        message = new_method_call(collection, "CreateItem", "a{sv}(oayays)b", (properties, value, True))
        _item, prompt = _call(connection, message)
        _prompt(connection, prompt)


def delete(service: str, username: str) -> bool:
    """Delete the first secret stored for `username` on `service`; False when there was none."""
    with _connection() as connection:
        item = _first_item(connection, service, username)
        if item is None:
            return False
        (prompt,) = _call(connection, new_method_call(item, "Delete"))
        _prompt(connection, prompt)
        return True


@contextmanager
def _connection() -> Iterator[DBusConnection]:
    try:
        connection = open_dbus_connection(bus="SESSION")
    except (OSError, KeyError) as error:  # no session bus address, or nothing listening there
        raise SecretServiceError(f"no session bus: {error}") from None
    try:
        yield connection
    finally:
        connection.close()


def _service_call(method: str, signature: str | None = None, *body: Any) -> Message:
    return new_method_call(SERVICE, method, signature, body)


def _call(connection: DBusConnection, message: Message, timeout: float = TIMEOUT) -> tuple[Any, ...]:
    reply = connection.send_and_get_reply(message, timeout=timeout)
    if reply.header.message_type == MessageType.error:
        name = reply.header.fields.get(4, "error")  # header field 4 is the error's name
        raise SecretServiceError(f"{name}: {reply.body[0] if reply.body else ''}")
    return tuple(reply.body)


def _plain_session(connection: DBusConnection) -> str:
    _output, session = _call(connection, _service_call("OpenSession", "sv", "plain", ("s", "")))
    return str(session)


def _unlock(connection: DBusConnection, paths: list[str]) -> list[str]:
    """Unlock `paths` (items or collections), prompting if the service asks to; returns those unlocked."""
    if not paths:
        return []
    unlocked, prompt = _call(connection, _service_call("Unlock", "ao", paths))
    if prompt == "/":
        return list(unlocked)
    result = _prompt(connection, prompt)
    return list(result[1]) if result is not None else []


def _prompt(connection: DBusConnection, prompt: str) -> tuple[str, Any] | None:
    """Run the service's prompt at `prompt` ("/" needs none); its result, or LockedError if dismissed."""
    if prompt == "/":
        return None
    rule = MatchRule(type="signal", interface=SECRET + "Prompt", member="Completed", path=prompt)
    _call(connection, new_method_call(message_bus, "AddMatch", "s", (rule.serialise(),)))
    address = DBusAddress(prompt, bus_name=BUS_NAME, interface=SECRET + "Prompt")
    with connection.filter(rule) as signals:
        _call(connection, new_method_call(address, "Prompt", "s", ("",)))
        dismissed, result = connection.recv_until_filtered(signals, timeout=PROMPT_TIMEOUT).body
    if dismissed:
        raise LockedError("the keyring stayed locked")
    signature, value = result
    return str(signature), value
