"""The leak gate on a token a service's URL path holds in a segment of its own (gateshapes.py,
`path_token`: Anaconda's channel token, an OCI pre-authenticated request's), and on a command's
output that ends without a newline, so the shell's next prompt follows it on its line
(gateprompts.py, `glued_output`); and their look-alikes: a forum topic's slug, a placeholder, a
variable, output a command names no secret for, a value that ends as a prompt does."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test
from wbdiag.redact import gateprompts

LEAKS: list[tuple[list[str], int]] = [
    # Anaconda's channel token, in .condarc and as `conda config --show` prints it
    (["channels:", "  - https://conda.example.com/t/Kq7Lm2Zx9Rw4Tq8Hn3Wz5Pb/ml-internal"], 2),
    (["channel_alias: https://conda.example.com/t/Zq8Kw2Lm9Rx4Tv7Pb3Hd6Nc"], 1),
    # an OCI pre-authenticated request's access URI
    (['    "access-uri": "/p/Wq8Lz3Kx9Rm2Tv7Nb4Pc6Hd-Jf5Gs1Qa/n/tenancy/b/wandb/o/",'], 1),
    # a secret's decoded value, the next prompt glued to it (bash's `user@host:dir$ `)
    (
        [
            "ops@bastion:~$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d",
            "Kq7.Lm2Zx9Rw4Tq8ops@bastion:~$ ",
        ],
        2,
    ),
    (
        [
            "root@jump-1:/srv# kubectl -n wandb get secret wandb-mysql"
            " -o jsonpath='{.data.MYSQL_PASSWORD}' | base64 -d",
            "Hn3~Wq8Zk2Lp7Rv5root@jump-1:/srv# ",
        ],
        2,
    ),
    # ... the next command typed at the same prompt after it (a `$ ` prompt, the same program)
    (
        [
            "$ kubectl get secret rmq-default-user -o jsonpath='{.data.password}' | base64 -d",
            "Qm7Wz2-xKp9Lt4Rv8Hn3$ kubectl get secret rmq-default-user -o jsonpath='{.data.host}'",
        ],
        2,
    ),
]

LOOK_ALIKES: list[list[str]] = [
    # a forum topic's slug, a placeholder, a variable in a channel's path
    ["see https://community.example.com/t/how-to-log-in-behind-a-proxy-server/4821"],
    ["channels:", "  - https://conda.anaconda.org/t/<TOKEN>/<channel>"],
    ["  - https://conda.example.com/t/$ANACONDA_TOKEN/ml-internal"],
    ["https://objectstorage.us-ashburn-1.oraclecloud.com/p/<par-token>/n/tenancy/b/bucket/o/"],
    # a command that names no secret, its output glued to the prompt; a prompt on its own line
    [
        "ops@bastion:~$ kubectl get pod wandb-0 -o jsonpath='{.status.podIP}'",
        "10.42.0.17ops@bastion:~$ ",
    ],
    [
        "ops@bastion:~$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d",
        "ops@bastion:~$ ",
    ],
    ["ops@bastion:~$ git rev-parse HEAD", "9fceb02d0ae598e95dc970b74767f19372d61af8"],
    # a command that names no secret, the next one typed after its output
    ["$ kubectl get pod wandb-0 -o jsonpath='{.status.podIP}'", "10.42.0.17$ kubectl get pods"],
]

test_the_gate_flags_path_tokens_and_glued_output = leaks_at_test(LEAKS)
test_the_gate_passes_their_look_alikes = look_alikes_test(LOOK_ALIKES)


def test_glued_output_is_the_text_before_the_same_prompt() -> None:
    prev = "ops@bastion:~$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d"
    assert gateprompts.glued_output(prev, "Kq7.Lm2Zx9ops@bastion:~$ ") == "Kq7.Lm2Zx9"
    assert gateprompts.glued_output(prev, "ops@bastion:~$ ") is None
    assert gateprompts.glued_output(prev, "Kq7.Lm2Zx9") is None
    # a prompt of `$ ` alone: a value's last `$` is no prompt
    assert gateprompts.glued_output("$ cat pw.txt", "Kq7Lm2Zx9$") is None


def test_output_before_the_next_command_of_the_same_program() -> None:
    prev = "$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d"
    out = gateprompts.output_before_command(prev, "Kq7.Lm2Zx9$ kubectl get pods")
    assert out == "Kq7.Lm2Zx9"
    assert gateprompts.output_before_command(prev, "Kq7.Lm2Zx9$ helm list") is None
    assert gateprompts.output_before_command(prev, "a value$ kubectl get pods") is None
    assert gateprompts.output_before_command(prev, "$ kubectl get pods") is None
