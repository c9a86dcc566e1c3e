"""The leak gate on a login given with its password as one `user:password` argument
(gatelogins.py): curl's `-u` and `--user` (the login also a mail address), a `.curlrc`'s `user =`,
on a command line, in a probe's command a pod's events print, in a history. Made-up cases, and
near misses left alone."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

LEAKS = [
    ["$ curl -fsS -u admin:Wq7!mZ2xKp9_Rv http://svc:8080/health"],
    ["5m  Warning  FailedPostStartHook  pod/web-7d9  Exec lifecycle hook ([/bin/sh -c curl -s -u ops:Tz4.nB8qLw2~Xk http://web:80/warm]) for Container \"web\" failed"],
    ["curl --user 'api:Hk3mQ9zLp7Wx2Rt5' https://api.example.net/v3/send"],
    ['curl -s --user "c81f4a0e9b2d:Zr8Kp2Lm9Qw4Xv7Hn" https://mail.example.org/send'],
    ['user = "svc-ci:Nm6+Qw2Lz8Tk4Vb"'],
    ["  2041  curl -u deploy:Pq9~Lm3Xz7Rw https://repo.example.com/upload -T pkg.tgz"],
    # a Hurl file's `[Options]` section
    ["GET https://api.example.net/health", "[Options]", "user: ops:Vb7+Lq2Zx9Wm4"],
    # a mail address as the login (an SMTP relay's, a chat bot's), quoted or not
    ["    --user 'alerts@example.com:Q3yR8DMCoZ.4oWVb' -T /tmp/report.eml"],
    ["    -u ci-bot@chat.example.com:i65uKKC10aFqoABKh2MhVLdQXPg3KX9L \\"],
]  # fmt: skip

LOOK_ALIKES = [
    ["docker run -u 1000:1000 -v /data:/data app"],
    ["curl -u $API_USER:$API_PASSWORD https://api.example.net/v3/send"],
    ["curl -u user:password https://api.example.net  # replace with your own"],
    ["curl -u ${USER}:${TOKEN} https://api.example.net"],
    ["curl -u admin:[REDACTED:keyvalue:1] http://svc:8080/health"],
    ["curl -u [REDACTED:monitor_key:1]: https://api.example.net/v1/instances | jq ."],
    ["ps -u postgres:postgres -o pid,cmd"],
    ['user = "ci-bot"'],
    ["curl --user ops:changeme123 http://localhost:8080"],
    ["crontab -u www-data:www-data -l"],
    ["[Options]", "user: ops:{{ password }}"],
    # a mail address as the login with a placeholder or a variable; a host and path after `@`
    ["curl -u alerts@example.com:password https://api.example.net"],
    ["curl --user \"$SMTP_USER@example.com:$SMTP_PASS\" smtps://smtp.example.com"],
    ["rsync -u ops@10.0.0.5:/srv/data/backups ."],
]  # fmt: skip

test_login_leaks = leaks_test(LEAKS)
test_login_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
