"""Where a build tool, a package manager or an application server reads a secret from, written
where the secret would stand: the value names the source, the secret itself is elsewhere.
values.py asks this module (it stays the one home of "is this value worth hiding")."""

from __future__ import annotations

from wbdiag import lazyre

# values that point at a secret, whatever name they stand under
_REFERENCE = lazyre.compile(
    # Symfony's environment variable processors (`secret: '%env(APP_SECRET)%'`,
    # `%env(base64:resolve:APP_KEY)%`): the parameter is read from the environment
    r"%env\([A-Za-z0-9_:.-]{1,200}\)%"
    # the WebLogic Deploy Tooling's model tokens (`@@SECRET:name:key@@`, `@@PROP:x@@`,
    # `@@ENV:X@@`, `@@FILE:/path@@`): replaced from a Secret, a variable file or the environment
    r"|@@(?:SECRET|PROP|ENV|FILE):[^@\s]{1,200}@@"
    # Leiningen's repository credentials (`:password :env/nexus_password`, `:creds :gpg`): from
    # an environment variable or from `~/.lein/credentials.clj.gpg`
    r"|env/[A-Za-z_][\w-]{0,80}|gpg"
    # Cargo's built-in credential providers (`global-credential-providers = ["cargo:token"]`)
    r"|cargo:(?:token|token-from-stdout|libsecret|wincred|macos-keychain|paseto)"
    # a usage line's metavar for the argument, as click and Typer print it (`--auth TEXT`)
    r"|TEXT|INTEGER|FLOAT|BOOLEAN|FILENAME|DIRECTORY|PATH|FILE|UUID"
)
# (the same token inside a longer value: its names are no keys)
_WDT_TOKEN = lazyre.compile(r"@@(?:SECRET|PROP|ENV|FILE):[^@\s]{1,200}@@")
# Nginx Unit's `pass`: where a listener or a route hands a request on (`"pass": "routes"`,
# `"applications/orders"`, `"upstreams/api"`), no password
_UNIT_PASS = lazyre.compile(r"(?:routes|applications|upstreams)(?:/[A-Za-z0-9_.-]{1,64}){0,2}")
# Rails' commands on its encrypted credentials (`bin/rails credentials:edit --environment …`)
_RAILS_NAMESPACES = frozenset({"credentials", "secrets"})
_RAILS_COMMANDS = frozenset({"edit", "show", "diff", "fetch", "help", "setup"})
# a package by its name and version (a lockfile's `"auth-client": ["@acme/auth-client@8.2.0", …]`,
# bun.lock): the name the entry stands under, with a scope and a version
_PACKAGE_SPEC = lazyre.compile(
    r"(?:@[a-z0-9][\w.-]{0,63}/)?(?P<name>[a-z0-9][\w.-]{0,213})@\d{1,9}\.\d{1,9}\.\d{1,9}"
    r"(?:[-+][\w.+-]{1,64})?"
)


def tool_reference(value: str) -> bool:
    """A value that names where a tool reads the secret from (a stripped value)."""
    return _REFERENCE.fullmatch(value) is not None


def named_source(name: str, value: str) -> bool:
    """A value that, under this name, names something other than the secret: Nginx Unit's
    route after `pass`, a lockfile's package under its own name, a Rails command."""
    lowered = name.lower()
    if lowered == "pass" and _UNIT_PASS.fullmatch(value):
        return True
    if lowered in _RAILS_NAMESPACES and value in _RAILS_COMMANDS:
        return True  # `bin/rails credentials:edit`, `secrets:show`: a command by its name
    spec = _PACKAGE_SPEC.fullmatch(value) if "@" in value else None
    return spec is not None and spec.group("name") == name.lower().lstrip("@").rsplit("/", 1)[-1]


def tool_tokens(line: str) -> list[tuple[int, int]]:
    """The spans of the WebLogic Deploy Tooling's tokens on a line (`@@SECRET:name:password@@`):
    the names inside one are no keys."""
    return [m.span() for m in _WDT_TOKEN.finditer(line)] if "@@" in line else []
