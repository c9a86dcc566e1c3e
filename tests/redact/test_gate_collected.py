"""The leak gate reads values the collectors' layouts set apart from their name
(gatecollected.py): `mysqld --verbose --help`'s listing, `mysqlbinlog -v` row images, urlparse's
port error, a password's rest past a JSON `\\u` escape or a logfmt escaped quote (not past a
PHP-serialized string's length), a base64 member
beside a secret's name, curl `--trace-ascii` rows cut at 64 bytes (a value, or a secret's name,
cut there) and multipart form fields.
Made-up cases in the forms the tools print, and near misses that stay unflagged."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

LEAKS = [
    ["report-host                                                  10.18.244.112", "report-password                                              24VEsv5lgOze"],
    ["### INSERT INTO `wandb_local`.`integrations`", "### SET", "###   @3='j06gQMExQ4kRWYDc6wP21ASrJqc2u8MblEys2A7D'"],
    ["ValueError: Port could not be cast to integer value as '4w88h3mcDe'"],
    ['{"sink":"smtp://mailer:[REDACTED:url_password:1]\\u003c\\u00e99rA01sfU@smtp.example.com:587"}'],
    ['level=info msg="db configured" dsn="wandb:ptCU+~CW\\"Q07!TdTp@tcp(mysql.example.com:3306)/wandb"'],
    ['level=info msg="db configured" dsn="s:ptCU+~CW\\"Q07!TdTp@tcp(mysql.example.com:3306)/wandb"'],
    ['{"msg":"loaded secret","name":"GORILLA_SESSION_SECRET","b64":"cnhKSFJlTndLdVBrIUM="}'],
    # a trace's full row redacted up to its end; the value's rest starts the next row
    ["=> Send data, 212 bytes (0xd4)", "0000: grant_type=authorization_code&code=[REDACTED:random_in_context:1]", "0040: mkibTFA4opJPsn&redirect_uri=https%3A%2F%2Fwandb.example.com%2Foi"],
    # a secret's name cut at a full row's end, its `=` and value in the next row
    ["=> Send data, 121 bytes (0x79)", "0000: grant_type=client_credentials&client_id=wandb-server&client_secr", "0040: et=Hw4pZr8Kq2LmXv7TnB3cYd9QsJ6&scope=openid"],
    # a form's secret field, in a trace's rows and as plain lines
    ["0000: --------------------------d0cd6ec51be73671", '002c: Content-Disposition: form-data; name="x-amz-signature"', "006c: ", "006e: 74de84e05396e9ea14fca39414eeeebd7f230301bea1e541a55572df184ff200"],
    ["--xyz", 'Content-Disposition: form-data; name="password"', "", "Tq7!mL2xR9vK", "--xyz--"],
]  # fmt: skip

LOOK_ALIKES = [
    ["report-password                                              (No default value)", "password-history                                             3", "caching-sha2-password-private-key-path                       private_key.pem"],
    ["###   @2='slack'", "###   @4='2f1c3e5d7a9b0c2e4f6a8b1d3c5e7f9a0b2c4d6e'", "###   @4='550e8400-e29b-41d4-a716-446655440000'"],
    ["ValueError: Port could not be cast to integer value as '6379'", "ValueError: Port could not be cast to integer value as '[REDACTED:url_password:1]'"],
    ['{"sink":"smtp://mailer:[REDACTED:url_password:1]@smtp.example.com:587","note":"caf\\u00e9"}'],
    ['level=info msg="db configured" dsn="wandb:[REDACTED:dsn_password:1]@tcp(mysql.example.com:3306)/wandb"'],
    # a PHP-serialized string escaped in SQL: its type and length (`s:31:`) are no user
    ["UPDATE `login_states` SET `trace` = 'a:2:{s:5:\\\"phase\\\";s:1:\\\"7\\\";s:8:\\\"userfield\\\";s:31:\\\"user:ops@example.com,idpId:1\\\";}'"],
    ['{"msg":"loaded config","name":"GORILLA_HOST","b64":"aHR0cHM6Ly93YW5kYi5leGFtcGxlLmNvbQ=="}'],
    ["=> Send data, 140 bytes (0x8c)", "0000: grant_type=refresh_token&client_id=wandb-cli&scope=openid%20pro", "0040: file%20email&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallba"],
    ["=> Send data, 121 bytes (0x79)", "0000: grant_type=client_credentials&client_id=wandb-server&response_ty", "0040: pe=Hw4pZr8Kq2LmXv7TnB3cYd9QsJ6&scope=openid"],
    ["--xyz", 'Content-Disposition: form-data; name="policy"', "", "eyJleHBpcmF0aW9uIjoiMjAyNi0wMS0wMVQwMDowMDowMFoifQ==", "--xyz--"],
    ["--xyz", 'Content-Disposition: form-data; name="x-amz-signature"', "", "[REDACTED:keyvalue:1]", "--xyz--"],
]  # fmt: skip

test_collected_layout_leaks = leaks_test(LEAKS)
test_collected_layout_without_a_secret_passes = look_alikes_test(LOOK_ALIKES)
