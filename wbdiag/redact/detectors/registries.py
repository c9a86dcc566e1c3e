"""Package registries' tokens where their own commands and URLs put them, with no secret name
before them:
- `cargo login [--registry NAME] TOKEN` (crates.io's `cio…` tokens, in a shell's history);
- `composer config [--global] bearer.HOST TOKEN`, `github-oauth.HOST`, `gitlab-token.HOST`,
  `gitlab-oauth.HOST`, and `http-basic.HOST USER PASSWORD` (the last argument);
- JFrog Artifactory's API key header, `X-JFrog-Art-Api: AKCp…` (curl's `-H` glues it to the
  colon);
- a Cloudsmith entitlement token, the first segment of a `dl.cloudsmith.io` path (pip's extra
  index URL, an apt source: `https://dl.cloudsmith.io/TOKEN/OWNER/REPO/…`; `public` and `basic`
  name the repository's access, no token)."""

from __future__ import annotations

from wbdiag.redact.detectors.base import looks_random, regex_detector
from wbdiag.redact.values import is_trivial_value

KIND = "registry_token"

CARGO_LOGIN = regex_detector(
    KIND,
    ("cargo login",),
    r"\bcargo[ \t]{1,4}login(?:[ \t]{1,4}--registry(?:[ \t]{1,4}|=)[\w.-]{1,64})?[ \t]{1,4}"
    r"(?P<s>[^\s'\"-][^\s'\"]{15,511})",
    accept=lambda v: not is_trivial_value(v),
)
COMPOSER_AUTH = regex_detector(
    KIND,
    ("composer config",),
    r"\bcomposer[ \t]{1,4}config(?:[ \t]{1,4}(?:--global|-g|--auth|-a))*[ \t]{1,4}"
    r"(?:(?:bearer|github-oauth|gitlab-token|gitlab-oauth)\.[\w.-]{1,253}[ \t]{1,4}"
    r"(?P<s>[^\s'\"-][^\s'\"]{7,511})"
    r"|http-basic\.[\w.-]{1,253}[ \t]{1,4}[^\s'\"]{1,128}[ \t]{1,4}(?P<p>[^\s'\"-][^\s'\"]{3,511}))",
    accept=lambda v: not is_trivial_value(v),
)
JFROG_HEADER = regex_detector(
    KIND,
    ("x-jfrog-art-api",),
    r"(?i:x-jfrog-art-api)[ \t]{0,4}:[ \t]{0,4}(?P<s>[A-Za-z0-9]{16,256})",
    accept=lambda v: not is_trivial_value(v),
)
CLOUDSMITH_PATH = regex_detector(
    KIND,
    ("dl.cloudsmith.io/",),
    r"\bdl\.cloudsmith\.io/(?!(?:public|basic)/)(?P<s>[A-Za-z0-9]{12,64})/",
    accept=lambda v: looks_random(v, 12),
)
