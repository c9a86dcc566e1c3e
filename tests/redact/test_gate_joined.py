"""The leak gate on values cut or spelled so that no piece reads as a secret alone: a value a
backslash continues onto the next line, a SQL literal with a doubled quote inside, a
configuration directive named for a password by its end (`bindpw`): made-up leaks it must flag
and look-alikes it must leave alone, with both prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import flagged, leaks_test, look_alikes_test

LEAKS = [
    # a value continued after a backslash, the next line glued to it
    ["psql -h pg.internal -U app \\", "  --password='Lm4qRt\\", "Zx8vNp2K' appdb"],
    ['export SMTP_PASS="Wq7nKe\\', 'Tz3bLp9R"'],
    ["  -p'kzQ7mA\\", "W2xrT9Lb' --host db"],
    # a doubled quote inside a SQL literal in a place a WHERE clause names a secret
    ["UPDATE app_config SET v = 'Kq7Lm''Zx9Rt2' WHERE k = 'ldap_bind_password';"],
    ["update cfg set value='r9''Tq!w3Zn' where key like 'api_token'"],
    # a directive named for a password by its end
    ["bindpw Tq8ZwL3mKx9Pv2Rn"],
    ["  rootpwmodpw   Zr8Kp2Lm9Qw4Xv7Hn"],
    ["LDAP_ROOTPW=Xk29LmQz7Rv4Tn"],
]

LOOK_ALIKES = [
    # a continuation whose next line is another argument, or an escaped backslash
    ["mysql -h db.example.com -u app \\", '  -p"$MYSQL_PASSWORD" appdb'],
    ['path = "C:\\\\Users\\\\', 'Documents"'],
    ["./configure --prefix=/opt/app \\", "--with-openssl=/usr/local/ssl"],
    ["echo first half \\", "second half"],
    # doubled quotes in a literal that is no secret, or a WHERE clause naming none
    ["UPDATE notes SET body = 'it''s fine' WHERE name = 'smtp_password';"],
    ["UPDATE app_config SET v = 'Kq7Lm''Zx9Rt2' WHERE k = 'theme_color';"],
    # `pw` inside a word, or a directive with a reference or nothing random
    ["upward Tq8ZwL3mKx9Pv2Rn"],
    ["bindpw ${LDAP_BIND_PASSWORD}"],
    ["bindpw /etc/nslcd/bindpw.secret"],
    ["rootpwmoddn cn=admin,dc=example,dc=com"],
]


test_leaks_are_flagged = leaks_test(LEAKS)


test_look_alikes_pass = look_alikes_test(LOOK_ALIKES)


def test_a_continued_value_is_flagged_where_it_ends() -> None:
    assert flagged(["x = 1", "token='Lm4qRt\\", "Zx8vNp2K'"]) == [3]
