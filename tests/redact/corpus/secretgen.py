"""Secret values for the corpus: random but reproducible, one generator per shape. Formats follow
the vendors' documented layouts (prefix, length, alphabet); the values are random and invalid."""

from __future__ import annotations

import base64
import random
import string

ALNUM = string.ascii_letters + string.digits
SYMBOLS = "@#%!^*-_+=~"


class Secrets:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def _pick(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def pw(self) -> str:
        """A typical generated password: letters, digits and a few symbols."""
        n = self.rng.randint(12, 22)
        core = (
            self._pick(ALNUM, n - 3)
            + self._pick(SYMBOLS.replace("=", ""), 2)
            + self._pick(string.digits, 1)
        )
        return "".join(self.rng.sample(core, len(core)))

    def pw_alnum(self) -> str:
        return self._pick(ALNUM, self.rng.randint(12, 24))

    def pw_dotted(self) -> str:
        """A generated password with dots between its parts."""
        return ".".join(self._pick(ALNUM, self.rng.randint(5, 8)) for _ in range(3))

    def pw_at(self) -> str:
        """A password with a raw @ and # in it (the DSN class of miss)."""
        return self._pick(ALNUM, 5) + "@" + self._pick(ALNUM, 4) + "#" + self._pick(ALNUM, 5)

    def pw_space(self) -> str:
        return f"{self._pick(ALNUM, 6)} {self._pick(ALNUM, 5)} {self._pick(ALNUM, 7)}"

    def hex40(self) -> str:
        return self._pick("0123456789abcdef", 40)

    def local_key(self) -> str:
        return "local-" + self.hex40()

    def b64(self, n: int) -> str:
        return base64.b64encode(self.rng.randbytes(n)).decode()

    def b64_16(self) -> str:
        return self.b64(16)

    def b64_32(self) -> str:
        return self.b64(32)

    def b64_48(self) -> str:
        return self.b64(48)

    def b64_256(self) -> str:
        return self.b64(256)

    def cephx(self) -> str:
        """A CephX key: base64 of a 28-byte record that starts with type 1."""
        return base64.b64encode(b"\x01\x00" + self.rng.randbytes(26)).decode()

    def b64_env(self) -> str:
        """base64 of an env file holding a password (a Secret's `.env` data)."""
        text = f"DB_HOST=db.internal\nDB_PASSWORD={self.pw_alnum()}\n"
        return base64.b64encode(text.encode()).decode()

    def aws_id(self) -> str:
        return self.rng.choice(["AKIA", "ASIA"]) + self._pick(string.ascii_uppercase + "234567", 16)

    def aws_secret(self) -> str:
        return self._pick(ALNUM + "/+", 40)

    def jwt(self) -> str:
        def part(obj: str) -> str:
            return base64.urlsafe_b64encode(obj.encode()).decode().rstrip("=")

        head = part('{"alg":"RS256","typ":"JWT"}')
        body = part(
            '{"sub":"'
            + self._pick(ALNUM, 12)
            + '","exp":'
            + str(self.rng.randint(10**9, 2 * 10**9))
            + "}"
        )
        sig = base64.urlsafe_b64encode(self.rng.randbytes(48)).decode().rstrip("=")
        return f"{head}.{body}.{sig}"

    def ghp(self) -> str:
        return self.rng.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + self._pick(ALNUM, 36)

    def github_pat(self) -> str:
        return "github_pat_" + self._pick(ALNUM, 22) + "_" + self._pick(ALNUM, 59)

    def xox(self) -> str:
        return f"xox{self.rng.choice('bpa')}-{self._pick(string.digits, 11)}-{self._pick(string.digits, 12)}-{self._pick(ALNUM, 24)}"

    def slack_path(self) -> str:
        return f"T{self._pick(string.ascii_uppercase + string.digits, 8)}/B{self._pick(string.ascii_uppercase + string.digits, 10)}/{self._pick(ALNUM, 24)}"

    def _guid(self) -> str:
        h = self._pick("0123456789abcdef", 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def teams_path(self) -> str:
        """What follows `IncomingWebhook/` in a Teams connector URL."""
        return (
            f"{self._pick('0123456789abcdef', 32)}/{self._guid()}/V2{self._pick(ALNUM + '_-', 43)}"
        )

    def discord_path(self) -> str:
        return f"{self._pick(string.digits, 18)}/{self._pick(ALNUM + '_-', 68)}"

    def oauth_code(self) -> str:
        return self._pick(ALNUM + "_-", self.rng.randint(24, 43))

    def azure_key(self) -> str:
        return self.b64(64)

    def sas_sig(self) -> str:
        return self.b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")

    def gcp_key(self) -> str:
        return "AIza" + self._pick(ALNUM + "_-", 35)

    def pem_body(self) -> str:
        return "MII" + self._pick(ALNUM + "+/", 61)

    def mysql_hash(self) -> str:
        return "*" + self._pick("0123456789ABCDEF", 40)

    def hf(self) -> str:
        return "hf_" + self._pick(ALNUM, 34)

    def sendgrid(self) -> str:
        return "SG." + self._pick(ALNUM + "_-", 22) + "." + self._pick(ALNUM + "_-", 43)

    def openai(self) -> str:
        return "sk-proj-" + self._pick(ALNUM + "_-", 48)

    def user_pw_b64(self) -> tuple[str, str]:
        pw = self.pw_alnum()
        return base64.b64encode(f"admin:{pw}".encode()).decode(), pw

    def cookie(self) -> str:
        return self._pick(ALNUM, 32)

    def entra(self) -> str:
        """Microsoft Entra ID client secret layout: 3 characters, a digit, `Q~`, 34 more."""
        return (
            self._pick(ALNUM, 3)
            + self._pick(string.digits, 1)
            + "Q~"
            + self._pick(ALNUM + "_-.", 34)
        )

    def b64_json(self) -> str:
        """base64 of a JSON object holding a password (credentials passed through one value)."""
        raw = '{"user":"ops","secret":"' + self.pw_alnum() + '"}'
        return base64.b64encode(raw.encode()).decode()

    def b64_k_json(self) -> str:
        """A key that is base64 of a JSON object holding the key itself (Grafana's legacy keys)."""
        raw = (
            '{"k":"'
            + self._pick(ALNUM, 32)
            + '","n":"export","id":'
            + str(self.rng.randint(1, 99))
            + "}"
        )
        return base64.b64encode(raw.encode()).decode()

    def hex_arg(self) -> str:
        """auditd's hex form of an argument that holds a space: `--password=… x`."""
        return ("--password=" + self._pick(ALNUM, 16) + " x").encode().hex().upper()

    def dockercfg_b64(self) -> str:
        """A whole .dockerconfigjson, base64-encoded as a Secret's data holds it."""
        auth = base64.b64encode(f"robot:{self.pw_alnum()}".encode()).decode()
        raw = '{"auths":{"registry.corp":{"auth":"' + auth + '"}}}'
        return base64.b64encode(raw.encode()).decode()

    def hex32(self) -> str:
        return self._pick("0123456789abcdef", 32)

    def age_key(self) -> str:
        """An age identity: the fixed prefix and 58 bech32 characters."""
        return "AGE-SECRET-KEY-1" + self._pick("023456789ACDEFGHJKLMNPQRSTUVWXYZ", 58)

    def nkey_seed(self) -> str:
        """A NATS NKEY seed (`SA…`: an account's), 58 base-32 characters."""
        return "SA" + self._pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 56)

    def tailscale_key(self) -> str:
        return f"tskey-client-{self._pick(ALNUM, 12)}CNTRL-{self._pick(ALNUM, 30)}"

    def pem_key_b64(self) -> str:
        """A PEM private key, base64-encoded whole (a Secret's `tls.key`)."""
        body = self._pick(ALNUM + "+/", 64)
        pem = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----\n"
        return base64.b64encode(pem.encode()).decode()
