"""The nginx configuration reader without a server: which server block serves HOST (nginx's
order), what is in effect for `location /` (array inheritance), includes, and secrets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from wbdiag.collect.sources import nginx_select
from wbdiag.collect.sources.nginx_parse import (
    NginxConfigError,
    ParsedConfig,
    parse_dump,
    parse_file,
)
from wbdiag.collect.sources.proxy_config import server_document
from wbdiag.redact import Redactor


def redactor_pair() -> tuple[Redactor, Callable[[str, str], str]]:
    r = Redactor()

    def redact(secret: str, kind: str) -> str:
        r.add_secret(secret, kind)
        return r.token(secret, kind)

    return r, redact


def parse_text(tmp_path: Path, text: str, extra: dict[str, str] | None = None) -> ParsedConfig:
    for name, body in (extra or {}).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(body)
    main = tmp_path / "nginx.conf"
    main.write_text(text)
    _, redact = redactor_pair()
    return parse_file(str(main), redact)


SERVERS = """events {}
http {
    server { listen 443 ssl; server_name ~^wandb\\d+\\.example\\.com$; }
    server { listen 443 ssl; server_name wandb.*; }
    server { listen 443 ssl; server_name *.example.com; }
    server { listen 443 ssl; server_name wandb.example.com www.example.com; }
    server { listen 443 ssl default_server; server_name fallback.test; }
    server { listen 8443 ssl; server_name other-port.example.org; }
    server { server_name no-listen.test; }
}
"""


@pytest.mark.parametrize(
    ("host", "port", "line", "how"),
    [
        ("wandb.example.com", 443, 6, "server_name matches"),  # exact beats every wildcard
        ("ml.example.com", 443, 5, "server_name matches"),  # leading wildcard
        ("wandb.corp.test", 443, 4, "server_name matches"),  # trailing wildcard
        ("wandb7.example.com", 443, 5, "server_name matches"),  # *.example.com beats the regex
        ("unknown.test", 443, 7, "default_server for port 443"),
        ("other-port.example.org", 9443, 8, "no server listens on port 9443"),
        ("no-listen.test", 80, 9, "listens on port 80"),
    ],
)
def test_server_selection_follows_nginx(
    tmp_path: Path, host: str, port: int, line: int, how: str
) -> None:
    config = parse_text(tmp_path, SERVERS)
    server, reason = nginx_select.select_server(nginx_select.servers(config), host, port)
    assert server is not None and server.block.line == line, reason
    assert how in reason


def test_regex_names_and_no_match(tmp_path: Path) -> None:
    config = parse_text(
        tmp_path,
        "events {}\nhttp {\n  server { listen 80; server_name ~^w\\d+\\.lab$; }\n}\n",
    )
    all_servers = nginx_select.servers(config)
    server, _ = nginx_select.select_server(all_servers, "w42.lab", 80)
    assert server is not None and server.block.line == 3
    none, reason = nginx_select.select_server(all_servers, "x.lab", 443)
    assert none is None and "no server block listens on port 443" in reason


def test_first_server_on_the_port_without_default(tmp_path: Path) -> None:
    config = parse_text(
        tmp_path,
        "events {}\nhttp {\n  server { listen 80; server_name a.test; }\n"
        "  server { listen 80; server_name b.test; }\n}\n",
    )
    server, reason = nginx_select.select_server(nginx_select.servers(config), "c.test", 80)
    assert server is not None and server.names == ("a.test",)
    assert reason.startswith("first server on port 80")


def test_listen_forms() -> None:
    from wbdiag.collect.sources.nginx_parse import Directive

    def listen(*args: str) -> nginx_select.Listen:
        return nginx_select.parse_listen(Directive("listen", args, "f", 1))

    assert listen("443", "ssl").port == 443 and listen("443", "ssl").ssl
    assert listen("[::]:8443", "ssl", "default_server").port == 8443
    assert listen("[::]:8443", "default_server").default_server
    assert listen("127.0.0.1:8080").address == "127.0.0.1"
    assert listen("localhost").port == 80
    assert listen("unix:/run/nginx.sock").port is None


def test_array_directives_are_inherited_only_when_a_level_sets_none(tmp_path: Path) -> None:
    config = parse_text(
        tmp_path,
        """events {}
http {
    client_max_body_size 100m;
    proxy_read_timeout 1h;
    add_header Strict-Transport-Security "max-age=31536000" always;
    server {
        listen 443 ssl;
        server_name wandb.example.com;
        proxy_http_version 1.1;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection $proxy_connection;
        location /console { proxy_pass http://console:8082; }
        location / {
            proxy_set_header Host $http_host;
            add_header X-Frame-Options DENY;
            proxy_pass http://app:8080;
        }
    }
}
""",
    )
    doc = server_document(config, "https://wandb.example.com")
    eff = doc["effective"]
    # the location's own proxy_set_header hides every header the server set
    assert set(eff["headers"]) == {"host"}
    assert eff["headers"]["host"]["level"] == "location"
    # and its add_header hides the http-level HSTS
    assert set(eff["add_header"]) == {"x-frame-options"}
    # plain directives come from the nearest level that sets them
    assert eff["client_max_body_size"]["level"] == "http"
    assert eff["proxy_read_timeout"]["seconds"] == 3600
    assert eff["proxy_http_version"]["value"] == "1.1"
    assert eff["proxy_pass"]["value"] == "http://app:8080"
    assert eff["proxy_buffering"] == {
        "value": "on",
        "level": "default",
        "where": "nginx default",
        "file": None,
        "line": None,
    }
    assert doc["location"]["where"].endswith("nginx.conf:13")
    assert doc["listen_ssl"] is True


def test_seconds() -> None:
    assert nginx_select.parse_seconds("60") == 60
    assert nginx_select.parse_seconds("1h 30m") == 5400
    assert nginx_select.parse_seconds("500ms") == 0.5
    assert nginx_select.parse_seconds("soon") is None


def test_includes_relative_to_the_main_files_directory_and_cycles(tmp_path: Path) -> None:
    config = parse_text(
        tmp_path,
        "events {}\nhttp {\n    include sites/*.conf;\n}\n",
        {
            "sites/a.conf": "server { listen 80; server_name a.test; include snippets/p.conf; }\n",
            "snippets/p.conf": "proxy_buffering off;\ninclude snippets/p.conf;\n",
        },
    )
    server, _ = nginx_select.select_server(nginx_select.servers(config), "a.test", 80)
    assert server is not None
    buffering = nginx_select.effective(server, None)["proxy_buffering"]
    assert buffering["value"] == "off"
    assert buffering["file"].endswith("p.conf") and buffering["line"] == 1
    assert any("nested too deep" in str(e.get("error")) for e in config.errors)


def test_secrets_never_enter_the_tree(tmp_path: Path) -> None:
    pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----"
    text = f"""events {{}}
http {{
    server {{
        listen 443 ssl;
        server_name wandb.example.com;
        ssl_certificate_key "data:{pem}";
        ssl_password_file /etc/nginx/keys/wandb.pass;
        proxy_set_header Authorization "Bearer sk-nginx-Abc123Secret";
        proxy_set_header X-Api-Key "k-7Gh2Lm9Qp";
        set $wandb_api_token "tok-99Zx77Yw";
        location / {{ proxy_pass http://svc:Passw0rd-Q9@10.0.0.5:8080/; }}
    }}
}}
"""
    r, redact = redactor_pair()
    main = tmp_path / "nginx.conf"
    main.write_text(text)
    config = parse_file(str(main), redact)
    dumped = repr(config.files) + repr(config.tree)
    for secret in ("PRIVATE KEY", "MIIEvQ", "wandb.pass", "sk-nginx-Abc123Secret", "k-7Gh2Lm9Qp",
                   "tok-99Zx77Yw", "Passw0rd-Q9"):  # fmt: skip
        assert secret not in dumped, secret
    reasons = {(d["directive"], d["reason"]) for d in config.redacted}
    assert ("ssl_certificate_key", "key or password directive") in reasons
    assert ("proxy_set_header", "secret-named header") in reasons
    assert ("set", "secret-named variable") in reasons
    # registered: the same values are scrubbed from any other text of the bundle
    assert "tok-99Zx77Yw" not in r("export TOKEN=tok-99Zx77Yw")
    assert "Passw0rd-Q9" not in r("connecting with Passw0rd-Q9")


def test_bad_inputs(tmp_path: Path) -> None:
    _, redact = redactor_pair()
    with pytest.raises(NginxConfigError, match="no such file"):
        parse_file(str(tmp_path / "missing.conf"), redact)
    with pytest.raises(NginxConfigError, match="not the output of nginx -T"):
        parse_dump("nginx: configuration file test is successful\n", "x", "y", redact)
    broken = tmp_path / "broken.conf"
    broken.write_text("http {\n  server {\n    listen 80\n")
    config = parse_file(str(broken), redact)
    assert config.errors  # recorded, not raised
