"""The miner takes an error word in the system's language where it takes the English one (at the
start of the message or after a prefix, before a colon; a failure verb after what failed), and a
line's candidacy does not depend on the envelope the bundle wraps it in: docker's and kubectl's
time ends in `Z` and must not read as the `Z` of a zap console line's own time. Checked through
the whole scan, in every envelope, with both scan engines."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists, shipped_pack
from tests.unit.matching_support import need_hyperscan
from wbdiag.rules import matching
from wbdiag.rules.corpus import VARIANTS, Entry, Variant, evaluate_entry

LOCALIZED = [
    # real, verbatim: a Russian console script (diademoff/2ch#11)
    "Не удалось подключиться, повтор",
    # real, verbatim: a PHP page's Russian error before curl's (curl/curl#7430)
    "Ошибка: cURL error 7: Failed to connect to exchapi port 1337: Connection refused",
    # made up in the shapes of the threads above, one per language
    "错误：无法连接到数据库",
    "[Local Message] 异常：代理连接被拒绝",
    "连接数据库失败：超时",
    "エラー: ファイルが見つかりません",
    "サーバーへの接続に失敗しました",
    "오류: 서버에 연결할 수 없습니다",
    "서버 연결에 실패했습니다",
    "Fehler: Verbindung zum Server abgelehnt",
    "Verbindung fehlgeschlagen: Zeitüberschreitung",
    "Erreur : impossible de joindre le serveur",
    "Échec de la connexion au serveur",
    "La conexión falló: tiempo de espera agotado",
]
LOOK_ALIKES = [
    # success and progress
    "上传成功",
    "処理が完了しました",
    "Upload erfolgreich",
    "Connexion réussie",
    # a count of none
    "错误: 0",
    "Fehler: 0",
    "Tests: 12 erfolgreich, 0 fehlgeschlagen",
    "成功 12, 失败 0",
    "失败次数：0",
    # the word inside a longer one, or not before a colon
    "Lesefehler: 0",
    "没有错误：一切正常",
    "Fehlerbehandlung aktiviert",
    "Keine Fehler gefunden",
    # below error level, whatever the words
    "INFO 上传失败，重试",
    "WARNING Fehler: Zeitüberschreitung, neuer Versuch",
]


@pytest.mark.parametrize("line", LOCALIZED)
def test_a_localized_error_word_is_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_localized_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


# A level word then a tab or padding, with or without the logger's own time: an error whatever
# wraps it. A level word with a single space (prose) is none, after docker's time as anywhere.
LEVEL_FIRST = [
    "error\tqueue/worker.go:77\tlost the lease",
    "error     Failed to upload the run's files",
    "fatal\tcmd/main.go:40\tcannot open the database",
    "2026-03-04T05:06:07.890Z\terror\tgorilla/store.go:212\tcommit failed",
]
PROSE = [
    "error handling is described in the guide",
    "fatal flaws were not found in the review",
    "panic buttons are disabled in this build",
]


def _templates(text: str, variant: Variant) -> tuple[str, ...]:
    entry = Entry(
        "unit", 1, text, "unrecognised", "https://github.com/diademoff/2ch/issues/11", None
    )
    # (the shipped pack, loaded and checked once per process: a load per entry was most of this
    # file's CPU)
    return evaluate_entry(shipped_pack(), entry, variant).templates


@pytest.mark.parametrize("engine", matching.ENGINES)
def test_every_envelope_and_engine_agree(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if engine == "hyperscan":
        need_hyperscan()
    monkeypatch.setenv(matching.ENV_ENGINE, engine)
    listed = [*LOCALIZED, *LEVEL_FIRST]
    quiet = [*LOOK_ALIKES, *PROSE]
    for variant in VARIANTS:
        # each listed line is its own template (the non-ASCII literals found as UTF-8 bytes)
        assert len(_templates("\n".join(listed), variant)) == len(listed), variant
        assert _templates("\n".join(quiet), variant) == (), variant
