"""An error line whose only error word is in the language of the system that wrote it.

Programs on a non-English system word their failures in its language, and a user pastes them so:
Windows' socket errors, a client's own messages, a Python exception's localized text. The miner
takes such a word where it takes the English one, and only there:
  - a noun for an error with a colon after it (ASCII or full-width), at the start of the message
    or after a prefix, a bracket or another colon: `错误：…`, `[Local Message] 异常：…`,
    `エラー: …`, `오류: …`, `Fehler: …`, `Erreur : …`, `Ошибка: …` (Spanish `error:` is the
    English candidate's); not a count of none (`错误: 0`, `Fehler: 0`) nor the word inside a
    longer one (`Lesefehler:`, `没有错误：`: the word must start its clause);
  - a verb or noun saying something failed, after what failed and before a colon, a stop or the
    end of the line (`连接失败：…`, `接続に失敗しました`, `연결 실패했습니다`, `Verbindung
    fehlgeschlagen: …`, `… falló: …`), or at the start of the message before what could not be
    done (`Не удалось подключиться, повтор`, `Échec de la connexion …`); not after a number, as a
    summary counts them (`0 fehlgeschlagen`, `失败 0`).
Success and progress words (`成功`, `完了`, `erfolgreich`) are not failures in any language. The
line's level still decides (error_levels.py): `INFO 上传失败，重试` is a notice.
"""

from __future__ import annotations

# Each is a literal (UTF-8 bytes for Hyperscan; the scan's prefilter searches it) and stays
# loose: LOCALIZED_CONFIRM says where the word must stand.
LOCALIZED_CANDIDATES = (
    "错误",
    "錯誤",
    "异常",
    "異常",
    "エラー",
    "오류",
    "에러",
    "Fehler",
    "rreur",  # Erreur, erreur
    "шибка",  # Ошибка, ошибка
    "失败",
    "失敗",
    "실패",
    "fehlgeschlagen",
    "falló",
    "е удалось",  # Не удалось, не удалось
    "chec ",  # Échec, échec, Echec
)

# where a clause starts: the line's start, a blank, a bracket or a colon before it
_CLAUSE = r"(?:^|[\s\]】)>|:：,，])"
LOCALIZED_CONFIRM = (
    _CLAUSE
    + r"(?:错误|錯誤|异常|異常|エラー|오류|에러|Fehler|[Ee]rreur|[Оо]шибка) ?[:：]\s*[^\s0]",
    _CLAUSE + r"[Нн]е удалось [а-яё]",
    _CLAUSE + r"(?:[ÉE]chec|échec) (?:de |du |d'|des |lors )",
    r"[^\d\s] (?:fehlgeschlagen|falló)(?:[:.!(,]| al | con |\s*$)",
    r"[^\d\s] ?(?:失败|失敗)(?:[:：!！。，,(（]|しました|した|\s*$)",
    r"[^\d\s] ?실패(?:[:：!.]|했습니다|하였습니다|\s*$)",
)
