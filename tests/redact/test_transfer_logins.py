"""Logins of file-transfer and backup tools on their command lines (detectors/transferlogins.py:
lftp's `-u user,password`, Commvault's `qlogin -clp`), a libsodium key by its name (WAL-G), and
the look-alikes: a user list of `ps`, a prompt for the password, a variable, how a key is
written. Layouts follow lftp's manual, Commvault's qlogin reference and WAL-G's docs."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_kept, assert_redacted, both_engines  # noqa: F401
from wbdiag.redact.names import is_secret_name

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    ("lftp -u mirror,Tq8v.Kx2-Lm7Wp4 sftp://files.example.com", "Tq8v.Kx2-Lm7Wp4", "-u mirror,"),
    (
        "lftp -c \"open -u uploader,'Zr9,Nb3Hc6Yd' ftp.example.com; put dump.sql.gz\"",
        "Zr9,Nb3Hc6Yd",
        "put dump.sql.gz",
    ),
    (
        'lftp -u "svc,Wm5xLp8Rk2vTq9" -e "mirror -R /srv /up; bye" ftps://h',
        "Wm5xLp8Rk2vTq9",
        '"svc,',
    ),
    (
        "qlogin -cs cs01.example.com -u backupadmin -clp Hc6Yd1Fs5Jg0",
        "Hc6Yd1Fs5Jg0",
        "-u backupadmin",
    ),
    (
        "WALG_LIBSODIUM_KEY=0f3c9a7e51b24d8e6a0c3f9b7d2e5a1c8b4f6e0d2a9c7b5e3f1a8d6c4b2e0f9a",
        "0f3c9a7e51b24d8e6a0c3f9b7d2e5a1c8b4f6e0d2a9c7b5e3f1a8d6c4b2e0f9a",
        "WALG_LIBSODIUM_KEY=",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_login_goes(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


LOOK_ALIKES = [
    "ps -u postgres,wandb -o pid,rss,cmd",
    "lftp -u mirror, sftp://files.example.com",
    'lftp -u mirror,"$LFTP_PASSWORD" sftp://files.example.com',
    "qlogin -cs cs01.example.com -u backupadmin",
    "WALG_LIBSODIUM_KEY_TRANSFORM=base64",
    "WALG_LIBSODIUM_KEY_PATH=/etc/wal-g/sodium.key",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_look_alike_stays(line: str) -> None:
    assert_kept([line])


def test_libsodium_key_name() -> None:
    assert is_secret_name("WALG_LIBSODIUM_KEY")
    assert not is_secret_name("WALG_LIBSODIUM_KEY_TRANSFORM")
    assert not is_secret_name("WALG_LIBSODIUM_KEY_PATH")
