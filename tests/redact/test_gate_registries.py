"""The leak gate reads package registries' tokens by their documented prefixes, what a web
framework prints or keeps that opens the application (gateshapes.py), the output of a command
that makes a framework's key (gatecontext.py), and Java application servers' credential files
(gateservers.py); made-up values in the tools' forms, and near misses that stay unflagged."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

_HEX48 = "b397c18bdf63b7de709400a196d843df362e90513ad71eb6"
_B32 = "qw4xv7tq8zwl3mkzr8kp2lm9qw4xv7tq8zwl3mkzr8k"  # 43 lower-case letters and digits

LEAKS = [
    # registries' tokens: Docker Hub, RubyGems, NuGet, Artifactory, crates.io, Cloudsmith
    ["+ echo dckr_pat_Zr8Kp2Lm9Qw4Xv7Tq8ZwL3mKaB1", "+ docker login -u acmebuild --password-stdin"],
    [f"GEM_HOST_API_KEY=rubygems_{_HEX48}"],
    [f"dotnet nuget push bin/Release/Acme.3.6.0.nupkg -k oy2{_B32} -s https://nuget.example.com/v3/index.json"],
    ['$ curl -H "X-JFrog-Art-Api:AKCpZr8Kp2Lm9Qw4Xv7Tq8ZwL3mKZr8Kp2Lm9Qw4Xv7Tq8ZwL3mKZr8Kp2Lm9Qw4Xv7Tq8ZwL" -T m.tgz https://jfrog.example.com/'],
    ["  858  cargo login cioZr8Kp2Lm9Qw4Xv7Tq8ZwL3mKaB1cD2eF"],
    ["--extra-index-url https://dl.cloudsmith.io/vHF66tQkPvRr9BPu/acme/ml/python/simple/"],
    # a framework's keys: Werkzeug's debugger PIN, Laravel's application key, Liberty's encoded
    # password, Django's generated secret key
    [" * Debugger is active!", " * Debugger PIN: 512-830-467"],
    ["$ php artisan key:generate --show", "base64:Zr8Kp2Lm9Qw4Xv7Tq8ZwL3mK/5hYPj7teAduZcjut+Cq="],
    ["    'key' => 'base64:/8Kp2Lm9Qw4Xv7Tq8ZwL3mK/5hYPj7teAduZcjut+Cq=',"],
    ["$ bin/securityUtility encode --encoding=aes", "{aes}Zr8Kp2Lm9Qw4Xv7Tq8ZwL3mK/5hYPj7teAdu="],
    ["$ bin/securityUtility encode", "{xor}Lz4sLChvLTs="],
    ["SECRET_KEY = 'django-insecure-unuifa0l4dvexnrgd9lwyd0szjp0rmmv7qs9pppn3s0111'"],
    # credential files of Java application servers: a JMX agent's password file, an Elytron
    # credential reference in the clear, a Jetty realm's hashed or obfuscated password
    ["# $CATALINA_BASE/conf/jmxremote.password", "monitorRole  3HuF+.I-XvMp!c2k"],
    ['    <credential-reference clear-text="2*joYhBU~mIk2n"/>'],
    ["/subsystem=elytron/key-store=ks:add(path=ks.p12,credential-reference={clear-text=Tq8!mL2xR9vK})"],
    ["monitor: MD5:28d7ad572d6bcadc3db45495b6b87d22,user"],
    ["admin: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v,server-administrator"],
    # a credential an access log valve wrote from the request's header
    ['10.0.0.7 - deployer [12/Feb/2024:08:31:17 +0000] "GET /manager/text/list HTTP/1.1" 200 525 "Basic ZGVwbG95ZXI6NmJOUGIhTTkzS3RU"'],
]  # fmt: skip

LOOK_ALIKES = [
    # a prefix with no token of its length after it, a word that opens so
    ["dckr_pat_EXAMPLE", "rubygems_version=3.5.9"],
    ["the oy2 prefix marks a NuGet key", "AKCp is how an Artifactory API key opens"],
    ["cargo login", "crates.io: precision social"],
    ["deb https://dl.cloudsmith.io/public/acme/ml/deb/ubuntu jammy main"],
    # what a framework prints that opens nothing
    [" * Debugger is active!", " * Debugger PIN disabled. DEBUGGER UNSECURED!"],
    ["$ php artisan key:generate", "Application key set successfully."],
    ["data: base64:SGVsbG8="],
    ["{hash}ATAAAAAIZr8Kp2Lm9QwAAAAg"],  # Liberty's hash: one-way
    ["SECRET_KEY = os.environ['DJANGO_SECRET_KEY']  # django-insecure- keys are for development"],
    # the JMX access file, a reference in the clear-text attribute, a realm's digest too short
    ["monitorRole   readonly", "controlRole   readwrite create javax.management.monitor.*"],
    ['<credential-reference clear-text="${VAULT::ds::password::1}"/>'],
    ["# username: password[,rolename ...]", "guest: MD5:28d7,user"],
    # an access log's request without a header field
    ['10.0.0.7 - - [12/Feb/2024:08:31:17 +0000] "GET /auth/basic HTTP/1.1" 200 525 "-"'],
]  # fmt: skip

test_registries_and_servers_leak = leaks_test(LEAKS)
test_their_near_misses_pass = look_alikes_test(LOOK_ALIKES)
