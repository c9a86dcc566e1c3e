"""Backup tools' secrets over lines: a Borg key file below its `BORG_KEY` header
(nextconsole.KeyFile), a storage backend's bare `key` below its `type` (rclone.conf's remotes,
autorestic's backends: nextsections.Section), a Secret's field read by jsonpath in brackets
(nextprinted.DATA_PATH); and the look-alikes: the repository id, a `key` outside a backend, a
public field read the same way. Layouts follow Borg's `key export` docs, rclone's config docs,
autorestic's backend docs and kubectl's JSONPath reference."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

_REPO_ID = "5f0e9d8c7b6a59483726150f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5"
_BLOB = [
    "hqlhbGdvcml0aG2mc2hhMjU2pGRhdGHaAZ5Lq8vTz3Xw0Pn7Rk2Yb4Jc6Hd9Fs1Gm5Ea8Uq3Wt7Zx0Vp2Ny4Lo6Ki8Jh1",
    "Rk8vTq2Wm5xLp9Zr3Nb6Hc1Yd4Fs7Jg0Ae2Qm5Wp8Lx1Kt4Vz7Ry0Ub3Ic6Od9Pe2Sf5Tg8Uh1Vi4Wj7Xk0Yl3Zm6",
    "Gx2Hy5Iz8Ja1Kb4Lc7Md0Ne3Of6Pg9Qh2Ri5Sj8Tk1Ul4Vm7Wn0Xo3Yp6Zq9",
]


def test_borg_key_file_goes() -> None:
    lines = ["$ borg key export /mnt/backup/wandb /dev/stdout", f"BORG_KEY {_REPO_ID}", *_BLOB]
    assert_gone(lines, _BLOB)


def test_borg_key_file_keeps_its_repository_id() -> None:
    lines = [f"BORG_KEY {_REPO_ID}", *_BLOB, "", "$ borg info /mnt/backup/wandb"]
    assert_gone(lines, [b[8:40] for b in _BLOB])
    assert_kept([f"BORG_KEY {_REPO_ID}"])
    assert_kept([f"Repository ID: {_REPO_ID}", "Location: /mnt/backup/wandb"])


def test_backend_key_goes() -> None:
    rclone = ["[objstore]", "type = swift", "user = backup", "key = Zr9,Nb3Hc6Yd1Fs", "auth = v3"]
    assert_gone(rclone, ["Zr9,Nb3Hc6Yd1Fs"])
    autorestic = [
        "backends:",
        "  nas:",
        "    type: rest",
        "    path: https://nas.example.com:8000/wandb",
        "    key: Wm5xLp8Rk2vTq9Zr3Nb6Hc1Yd4",
    ]
    assert_gone(autorestic, ["Wm5xLp8Rk2vTq9Zr3Nb6Hc1Yd4"])


def test_key_outside_a_backend_stays() -> None:
    assert_kept(["[cache]", "type = lru", "key = request_path"])
    assert_kept(
        [
            "backends:",
            "  nas:",
            "    type: rest",
            "locations:",
            "  db:",
            "    key: Wm5xLp8Rk2vTq9Zr3Nb6",
        ]
    )
    assert_kept(["    type: local", "    key: ${AUTORESTIC_NAS_KEY}"])


def test_proxmox_backup_key_without_kdf_goes() -> None:
    # `proxmox-backup-client key create --kdf none`: the key in the clear under `data`
    key = "Rk2vTq9Zr3Nb6Hc1Yd4Fs7Jg0Ae2Qm5Wp8Lx1Kt4Vz7="
    lines = ["{", '  "kdf": null,', '  "created": "2024-03-01T10:00:00Z",', f'  "data": "{key}",']
    assert_gone([*lines, '  "fingerprint": "c2:ee:15:08"', "}"], [key[:-1]])
    # with a key derivation, `data` is the key encrypted with the passphrase: kept
    assert_kept(['  "kdf": {"Scrypt": {"n": 65536}},', f'  "data": "{key}",'])


def test_jsonpath_in_brackets() -> None:
    cmd = "$ kubectl get secret minio-creds -o jsonpath=\"{['data']['secretkey']}\""
    assert_gone([cmd, "V201eExwOFJrMnZUcTlacjNOYjY="], ["V201eExwOFJrMnZUcTlacjNOYjY="])
    cmd = "$ kubectl get secret minio-creds -o jsonpath=\"{.data['secretkey']}\" | base64 -d"
    assert_gone([cmd, "Wm5xLp8Rk2vTq9Zr3Nb6"], ["Wm5xLp8Rk2vTq9Zr3Nb6"])
    public = "$ kubectl get secret minio-tls -o jsonpath=\"{.data['ca.crt']}\""
    assert_kept([public, "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM="])


# a unit's environment that holds a command (run later, nothing printed below it), a setting
# that names the Secret holding the credentials, a Kerberos function's log line
LOOK_ALIKES = [
    [
        "Environment=RESTIC_PASSWORD_COMMAND=/usr/bin/pass show restic/nas",
        "Environment=RESTIC_CACHE_DIR=/var/cache/restic",
    ],
    ["BORG_PASSCOMMAND=pass show borg/offsite", "BORG_REPO=ssh://b@backup.example.com/./wandb"],
    [
        "kind: Setting",
        "metadata:",
        "  name: backup-target-credential-secret",
        "  namespace: longhorn-system",
        "value: minio-backup-creds",
    ],
    ["rpc.gssd[2211]: krb5_use_machine_creds: uid 0 tgtname (null)"],
]


@pytest.mark.parametrize("lines", LOOK_ALIKES)
def test_look_alike_stays(lines: list[str]) -> None:
    assert_kept(lines)


def test_env_entry_still_goes() -> None:
    assert_gone(
        ["- name: RESTIC_PASSWORD", "  description: repo", "  value: Zr9Nb3Hc6Yd1Fs"],
        ["Zr9Nb3Hc6Yd1Fs"],
    )
