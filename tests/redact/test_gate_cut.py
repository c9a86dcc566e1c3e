"""The leak gate reads the rest of a value the redactor ended inside (gatecut.py): glued to the
placeholder by a quote between letters, an escaped backslash, a twice-escaped `\\u` escape, a
`#` glued to a word; or the words of a passphrase after it to the end of the line. Made-up
cases, and near misses that stay unflagged."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

LEAKS = [
    ["root 77 0.0 docker run -e SMTP_PASSWORD=[REDACTED:keyvalue:1]\"Lt3'Qz5w -p 80:80 img"],
    ["SMTP_PASSWORD=[REDACTED:keyvalue:1]'Vr8xKq2m"],
    ["spring.mail.password=[REDACTED:keyvalue:1]\\\\Tq2\\\\Mx9"],
    ['{"body": "{\\"env\\": \\"SMTP_PASSWORD=[REDACTED:keyvalue:1]\\\\u00e7Rt8\\\\u00f1Xq\\"}"}'],
    ["SMTP_PASSWORD=[REDACTED:keyvalue:1] #k9Rw #Zm2"],
    ["SMTP_PASSWORD=[REDACTED:keyvalue:1] lantern2Wd ochreKx"],
    ['    "SMTP_PASSWORD=[REDACTED:keyvalue:1] quiver9X tundraqe",'],
]

LOOK_ALIKES = [
    ['{"password": "[REDACTED:keyvalue:1]", "user": "wandb"}'],
    ["password='[REDACTED:keyvalue:1]' host=db"],
    # an escaped line break or tab after a value inside a JSON string, a colour code
    ['{"log": "{\\"msg\\": \\"password=[REDACTED:keyvalue:1]\\\\nRetrying in 5s\\"}"}'],
    ['{"msg": "token=[REDACTED:keyvalue:1]\\\\tStatus2"}'],
    ['{"msg": "token=[REDACTED:keyvalue:1]\\\\u001b[0m done"}'],
    # a comment after a value, words after it
    ["SMTP_PASSWORD=[REDACTED:keyvalue:1] # rotated monthly"],
    ["token=[REDACTED:keyvalue:1] expires in 3600s"],
    ["password: [REDACTED:keyvalue:1] rotated by opsAdmin"],
    ["SMTP_PASSWORD=[REDACTED:keyvalue:1] (set in vault)"],
]

test_a_value_cut_short_leaks = leaks_test(LEAKS)
test_a_placeholder_and_what_follows_it_passes = look_alikes_test(LOOK_ALIKES)
