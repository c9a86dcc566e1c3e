#!/usr/bin/env python3
"""holdout47: sealed held-out set for the wbdiag secret redactor.

Focus: package managers, artifact repositories and registries.
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and
negatives.jsonl next to this file.

Template language (one shape = one template, lines separated by newlines):
  «KIND:id»        public random value (same id -> same value in a record)
  «!KIND:id»       secret random value (listed)
  «!KIND:id|T:arg» secret in transformed form; the transformed form is listed
                   T = pct (percent-encode), b64 (base64 of arg+value, '='
                   (b64x: base64 of prefix+value+suffix, arg 'prefix§suffix', listed whole)
                   stripped when listed), basic (base64 of arg:value; only the
                   characters encoding password bytes alone are listed)
  «@a|b|c»         choice
  «@@id:a|b|c»     choice, the same for one id within a record
  «T» «TL» «TG» «TE» «TS»  timestamps of one monotone clock per record
  ⏎ -> CR, ␛ -> ESC, ⇥ -> TAB
KIND: an<n> alnum, lc<n> lowercase+digits, uc<n> upper+digits, al<n> letters,
      hex<n>, dig<n> (no leading 0), b64u<n> url-safe base64 chars, b64s<n> std base64 chars,
      pw<n> password (letters, digits, -_.!~+*; starts/ends alnum), uuid.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import urllib.parse

SEED = 4747_1206
rng = random.Random(SEED)

AN = string.ascii_letters + string.digits
LC = string.ascii_lowercase + string.digits
UC = string.ascii_uppercase + string.digits
AL = string.ascii_letters
HEX = "0123456789abcdef"
DIG = string.digits
B64U = AN + "-_"
B64S = AN + "+/"
PWC = AN + "-_.!~+*"


def draw(kind):
    m = re.fullmatch(r"([a-z0-9]+?)(\d+)?", kind)
    if kind == "uuid":
        h = "".join(rng.choice(HEX) for _ in range(32))
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
    m = re.fullmatch(r"([a-z]+[a-z])(\d+)", kind)
    if not m:
        m = re.fullmatch(r"(b64u|b64s)(\d+)", kind)
    name, n = m.group(1), int(m.group(2))
    if name == "pw":
        mid = "".join(rng.choice(PWC) for _ in range(n - 2))
        return rng.choice(AN) + mid + rng.choice(AN)
    if name == "dig":  # numbers never start with 0 (JSON numbers, ports)
        return rng.choice("123456789") + "".join(rng.choice(DIG) for _ in range(n - 1))
    alpha = {"an": AN, "lc": LC, "uc": UC, "al": AL, "hex": HEX, "dig": DIG,
             "b64u": B64U, "b64s": B64S}[name]
    return "".join(rng.choice(alpha) for _ in range(n))


class Clock:
    def __init__(self):
        y = rng.choice([2023, 2024, 2025])
        self.t = rng.randint(0, 360 * 86400) + {2023: 1672531200, 2024: 1704067200, 2025: 1735689600}[y]
        self.ms = rng.randint(0, 999)

    def tick(self):
        self.ms += rng.randint(0, 900)
        self.t += self.ms // 1000
        self.ms %= 1000
        import time
        return time.gmtime(self.t), self.ms

    def fmt(self, k):
        import time
        g, ms = self.tick()
        if k == "T":
            return time.strftime("%Y-%m-%dT%H:%M:%S", g) + ".%03dZ" % ms
        if k == "TL":
            return time.strftime("%Y-%m-%d %H:%M:%S", g) + ",%03d" % ms
        if k == "TG":
            return time.strftime("%Y/%m/%d %H:%M:%S", g)
        if k == "TE":
            return "%d.%03d" % (self.t, ms)
        if k == "TS":
            return time.strftime("%Y-%m-%d %H:%M:%S", g) + ".%03d" % ms
        raise KeyError(k)


PH = re.compile(r"«([^»]*)»")


def render(tpl):
    vals = {}
    secrets = []
    clock = Clock()

    def sub(m):
        body = m.group(1)
        if body in ("T", "TL", "TG", "TE", "TS"):
            return clock.fmt(body)
        if body.startswith("@@"):  # consistent choice: «@@id:a|b|c» is the same within a record
            cid, _, opts = body[2:].partition(":")
            if ("@@", cid) not in vals:
                vals[("@@", cid)] = rng.choice(opts.split("|"))
            return vals[("@@", cid)]
        if body.startswith("@"):
            return rng.choice(body[1:].split("|"))
        secret = body.startswith("!")
        if secret:
            body = body[1:]
        tr = None
        if "|" in body:
            body, tr = body.split("|", 1)
        kind, _, vid = body.partition(":")
        key = (kind, vid)
        if key not in vals:
            vals[key] = draw(kind)
        v = vals[key]
        if tr is None:
            if secret:
                secrets.append(v)
            return v
        tname, _, arg = tr.partition(":")
        if tname == "pct":
            out = urllib.parse.quote(v, safe="")
            listed = out
        elif tname == "b64":
            out = base64.b64encode((arg + v).encode()).decode()
            listed = out.rstrip("=")
        elif tname == "basic":
            raw = (arg + ":" + v).encode()
            out = base64.b64encode(raw).decode()
            g = -(-(len(arg) + 1) // 3)
            listed = out[4 * g:].rstrip("=")
        elif tname == "b64x":  # base64 of prefix+value+suffix (arg "prefix§suffix"); listed whole, '=' stripped
            pre, _, suf = arg.partition("§")
            out = base64.b64encode((pre + v + suf).encode()).decode()
            listed = out.rstrip("=")
        elif tname == "json":
            out = json.dumps(v)[1:-1]
            listed = out
        else:
            raise KeyError(tname)
        if secret:
            secrets.append(listed)
        return out

    text = PH.sub(sub, tpl)
    text = text.replace("⏎", "\r").replace("␛", "\x1b").replace("⇥", "\t")
    lines = text.split("\n")
    uniq = []
    for s in secrets:
        if s not in uniq:
            uniq.append(s)
    return lines, uniq


def ok_positive(lines, secrets, seen):
    if not secrets or not (1 <= len(lines) <= 12):
        return False
    joined = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in joined or s in seen:
            return False
    rest = joined
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True


POS = []   # (name, source, first_guess_new_kind (superseded by _is_new below), template)
NEG = []


def P(name, src, tpl, new=False):
    POS.append((name, src, new, tpl.strip("\n")))


def N(name, src, tpl, new=False):
    NEG.append((name, src, new, tpl.strip("\n")))

# ---------------------------------------------------------------- sources
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
NPMCFG = "https://docs.npmjs.com/cli/v10/using-npm/config"
NPMTOK = "https://docs.npmjs.com/about-access-tokens"
GHPKG_NPM = "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry"
YARN1 = "https://classic.yarnpkg.com/en/docs/yarnrc"
YARNRC = "https://yarnpkg.com/configuration/yarnrc"
YARNCFG = "https://yarnpkg.com/cli/config/get"
PNPM = "https://pnpm.io/npmrc"
PIPCONF = "https://pip.pypa.io/en/stable/topics/configuration/"
PIPAUTH = "https://pip.pypa.io/en/stable/topics/authentication/"
PIPVCS = "https://pip.pypa.io/en/stable/topics/vcs-support/"
PIPHASH = "https://pip.pypa.io/en/stable/topics/secure-installs/"
PIPREPORT = "https://pip.pypa.io/en/stable/reference/installation-report/"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
PYPITOK = "https://pypi.org/help/#apitoken"
TWINE = "https://twine.readthedocs.io/en/stable/"
POETRY = "https://python-poetry.org/docs/repositories/"
POETRYCFG = "https://python-poetry.org/docs/configuration/"
UVAUTH = "https://docs.astral.sh/uv/concepts/authentication/"
UVIDX = "https://docs.astral.sh/uv/concepts/indexes/"
UVENV = "https://docs.astral.sh/uv/reference/environment/"
PIPENV = "https://pipenv.pypa.io/en/latest/credentials.html"
PDM = "https://pdm-project.org/en/latest/usage/config/"
PDMPUB = "https://pdm-project.org/en/latest/usage/publish/"
HATCH = "https://hatch.pypa.io/latest/publish/"
HATCHCFG = "https://hatch.pypa.io/latest/config/hatch/"
DEVPI = "https://devpi.net/docs/devpi/devpi/stable/+doc/userman/devpi_commands.html"
PYPISERVER = "https://github.com/pypiserver/pypiserver#apache-like-authentication-htpasswd"
WHEELREC = "https://packaging.python.org/en/latest/specifications/recording-installed-packages/"
CONDARC = "https://docs.conda.io/projects/conda/en/latest/user-guide/configuration/settings.html"
CONDACH = "https://docs.anaconda.com/anacondaorg/user-guide/tutorials/#using-a-token"
CONDALOCK = "https://conda.github.io/conda-lock/output/"
ANACLIENT = "https://docs.anaconda.com/anacondaorg/user-guide/work-with-tokens/"
PIXI = "https://pixi.prefix.dev/latest/deployment/authentication"
QUETZ = "https://github.com/mamba-org/quetz/blob/main/docs/source/deploying/configuration.rst"
MAMBA = "https://mamba.readthedocs.io/en/latest/user_guide/configuration.html"
MVNSET = "https://maven.apache.org/settings.html"
MVNENC = "https://maven.apache.org/guides/mini/guide-encryption.html"
MVNDEP = "https://maven.apache.org/plugins/maven-deploy-plugin/deploy-mojo.html"
MVNWRAP = "https://maven.apache.org/wrapper/"
MVNDBG = "https://maven.apache.org/ref/current/maven-embedder/cli.html"
GLMAVEN = "https://docs.gitlab.com/ee/user/packages/maven_repository/"
GRADLEPROPS = "https://docs.gradle.org/current/userguide/build_environment.html"
GRADLECRED = "https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:handling_credentials"
GRADLEWRAP = "https://docs.gradle.org/current/userguide/gradle_wrapper.html#sec:authenticated_download"
GRADLEVER = "https://docs.gradle.org/current/userguide/dependency_verification.html"
GRADLEPUB = "https://plugins.gradle.org/docs/publish-plugin"
DEVELOCITY = "https://docs.gradle.com/develocity/gradle-plugin/current/#authenticating_with_develocity"
NUGETCFG = "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file"
NUGETPUSH = "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-push"
NUGETADD = "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-add-source"
ARTCREDPROV = "https://github.com/microsoft/artifacts-credprovider#environment-variables"
NUGETLOCK = "https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files#locking-dependencies"
PAKET = "https://fsprojects.github.io/Paket/nuget-dependencies.html#NuGet-feeds"
PAKETCFG = "https://fsprojects.github.io/Paket/paket-config.html"
CARGOREG = "https://doc.rust-lang.org/cargo/reference/registries.html"
CARGOCFG = "https://doc.rust-lang.org/cargo/reference/config.html#registries"
CARGOLOGIN = "https://doc.rust-lang.org/cargo/commands/cargo-login.html"
CARGOCRED = "https://doc.rust-lang.org/cargo/reference/registry-authentication.html"
CARGOVCS = "https://doc.rust-lang.org/cargo/commands/cargo-package.html#cargo_vcs_infojson-format"
GOPRIV = "https://go.dev/ref/mod#private-modules"
GOAUTH = "https://go.dev/ref/mod#authenticating"
GOSUM = "https://go.dev/ref/mod#go-sum-files"
ATHENS = "https://docs.gomods.io/configuration/authentication/"
ATHENSCFG = "https://github.com/gomods/athens/blob/main/config.dev.toml"
BUNDLECFG = "https://bundler.io/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES"
GEMCRED = "https://guides.rubygems.org/command-reference/#gem-push"
GEMRC = "https://guides.rubygems.org/command-reference/#gem-environment"
GHPKG_GEM = "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-rubygems-registry"
BUNDLELOCK = "https://bundler.io/man/gemfile.5.html"
COMPOSERAUTH = "https://getcomposer.org/doc/articles/authentication-for-private-packages.md"
COMPOSERCFG = "https://getcomposer.org/doc/06-config.md"
HELMREPO = "https://helm.sh/docs/helm/helm_repo_add/"
HELMREG = "https://helm.sh/docs/helm/helm_registry_login/"
HELMLOCK = "https://helm.sh/docs/helm/helm_dependency/"
HELMFILE = "https://helmfile.readthedocs.io/en/latest/#configuration"
DOCKERCFG = "https://docs.docker.com/reference/cli/docker/#configuration-files"
DOCKERLOGIN = "https://docs.docker.com/reference/cli/docker/login/"
DOCKERCRED = "https://docs.docker.com/reference/cli/docker/login/#credential-helpers"
DOCKERPAT = "https://docs.docker.com/security/for-developers/access-tokens/"
DOCKERTOKEN = "https://distribution.github.io/distribution/spec/auth/token/"
DISTCFG = "https://distribution.github.io/distribution/about/configuration/"
K8SPULL = "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/"
K8SSECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
HARBORROBOT = "https://goharbor.io/docs/2.10.0/working-with-projects/project-configuration/create-robot-accounts/"
HARBORCFG = "https://goharbor.io/docs/2.10.0/install-config/configure-yml-file/"
QUAYROBOT = "https://docs.projectquay.io/use_quay.html#allow-robot-access-user-repo"
QUAYCFG = "https://docs.projectquay.io/config_quay.html"
BUILDAH = "https://github.com/containers/buildah/blob/main/docs/buildah-login.1.md"
CONTAUTH = "https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md"
REGCTL = "https://github.com/regclient/regclient/blob/main/docs/regctl.md"
JIB = "https://github.com/GoogleContainerTools/jib/tree/master/jib-maven-plugin#authentication-methods"
JIBG = "https://github.com/GoogleContainerTools/jib/tree/master/jib-gradle-plugin#authentication-methods"
OCIIDX = "https://github.com/opencontainers/image-spec/blob/main/image-index.md"
GLDEPLOY = "https://docs.gitlab.com/ee/user/project/deploy_tokens/"
GLPYPI = "https://docs.gitlab.com/ee/user/packages/pypi_repository/"
GLJOBTOK = "https://docs.gitlab.com/ee/ci/jobs/ci_job_token.html"
SETUPNODE = "https://github.com/actions/setup-node/blob/main/docs/advanced-usage.md#use-private-packages"
ARTAPIKEY = "https://jfrog.com/help/r/jfrog-rest-apis/artifactory-rest-api"
ARTTOKEN = "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens"
ARTREFTOK = "https://jfrog.com/help/r/jfrog-platform-administration-documentation/reference-tokens"
ARTNPM = "https://jfrog.com/help/r/jfrog-artifactory-documentation/npm-registry"
JFCLI = "https://jfrog.com/help/r/jfrog-cli/jfrog-platform-configuration"
ARTKEYS = "https://jfrog.com/help/r/jfrog-installation-setup-documentation/manage-keys"
ARTHELM = "https://github.com/jfrog/charts/blob/master/stable/artifactory/values.yaml"
ARTCHK = "https://jfrog.com/help/r/jfrog-rest-apis/file-info"
NEXUSADMIN = "https://help.sonatype.com/en/installation-methods.html#docker"
NEXUSREST = "https://help.sonatype.com/en/repositories-api.html"
NEXUSNPM = "https://help.sonatype.com/en/npm-security.html"
NEXUSNUGET = "https://help.sonatype.com/en/nuget-api-key-realm.html"
NEXUSUT = "https://help.sonatype.com/en/user-tokens.html"
NEXUSPROPS = "https://help.sonatype.com/en/configuring-the-runtime-environment.html"
NEXUSSEARCH = "https://help.sonatype.com/en/search-api.html"
VERDACCIOUP = "https://verdaccio.org/docs/uplinks/#auth-property"
VERDACCIOHT = "https://verdaccio.org/docs/configuration/#authentication"
VERDACCIODB = "https://verdaccio.org/docs/configuration/#storage"
SBTCRED = "https://www.scala-sbt.org/1.x/docs/Publishing.html#Credentials"
LEIN = "https://github.com/technomancy/leiningen/blob/stable/doc/DEPLOY.md#authentication"
BAZELRC = "https://bazel.build/reference/command-line-reference#flag--remote_header"
BAZELCRED = "https://bazel.build/reference/command-line-reference#flag--credential_helper"
BUILDBUDDY = "https://www.buildbuddy.io/docs/guide-auth/"
BAZELLOCK = "https://bazel.build/external/lockfile"
CONANLOGIN = "https://docs.conan.io/2/reference/commands/remote.html#conan-remote-login"
CONANENV = "https://docs.conan.io/2/reference/environment.html#remote-login-variables"
CONANCRED = "https://docs.conan.io/2/reference/config_files/credentials.html"
CONANLOCK = "https://docs.conan.io/2/tutorial/versioning/lockfiles.html"
VCPKGBIN = "https://learn.microsoft.com/en-us/vcpkg/reference/binarycaching"
VCPKGNUGET = "https://learn.microsoft.com/en-us/vcpkg/consume/binary-caching-nuget"
DARTTOK = "https://dart.dev/tools/pub/cmd/pub-token"
DARTLOCK = "https://dart.dev/tools/pub/glossary#lockfile"
DENOAUTH = "https://docs.deno.com/runtime/fundamentals/modules/#private-repositories"
DENODEPLOY = "https://docs.deno.com/deploy/manual/deployctl/"
DENOLOCK = "https://docs.deno.com/runtime/fundamentals/modules/#integrity-checking-and-lock-files"
BUNFIG = "https://bun.sh/docs/runtime/bunfig#install-scopes"
BUNLOCK = "https://bun.sh/docs/install/lockfile"
CABAL = "https://cabal.readthedocs.io/en/stable/cabal-commands.html#cabal-upload"
CACHIX = "https://docs.cachix.org/getting-started"
CACHIXSIGN = "https://docs.cachix.org/pushing"
NIXCONF = "https://nix.dev/manual/nix/latest/command-ref/conf-file.html#conf-access-tokens"
JULIA = "https://pkgdocs.julialang.org/v1/protocol/#Authentication"
JULIAMAN = "https://pkgdocs.julialang.org/v1/toml-files/#Manifest.toml"
RREPOS = "https://solutions.posit.co/envs-pkgs/repositories/"
RENV = "https://rstudio.github.io/renv/articles/package-sources.html"
CLOUDSMITHENT = "https://help.cloudsmith.io/docs/entitlements"
CLOUDSMITHAPI = "https://help.cloudsmith.io/docs/cli"
FURY = "https://gemfury.com/help/pypi-server/"
FURYPUSH = "https://gemfury.com/help/upload-packages/"
FURYNPM = "https://gemfury.com/help/npm-registry/"
CODEARTIFACT = "https://docs.aws.amazon.com/codeartifact/latest/ug/tokens-authentication.html"
CAPIP = "https://docs.aws.amazon.com/codeartifact/latest/ug/python-configure-pip.html"
GAR = "https://cloud.google.com/artifact-registry/docs/docker/authentication#token"
GARNPM = "https://cloud.google.com/artifact-registry/docs/nodejs/authentication"
GARKEY = "https://cloud.google.com/artifact-registry/docs/docker/authentication#json-key"
HFENV = "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables"
HFCLI = "https://huggingface.co/docs/huggingface_hub/guides/cli"
HFTOK = "https://huggingface.co/docs/hub/security-tokens"
HFGIT = "https://huggingface.co/docs/hub/repositories-getting-started"
HFCACHE = "https://huggingface.co/docs/huggingface_hub/guides/manage-cache"
TGI = "https://huggingface.co/docs/text-generation-inference/basic_tutorials/gated_model_access"
RICH = "https://rich.readthedocs.io/en/stable/traceback.html"
REQUESTS = "https://requests.readthedocs.io/en/latest/api/#requests.Response.raise_for_status"
FLUENTBIT = "https://docs.fluentbit.io/manual/pipeline/parsers/json"
COSIGN = "https://docs.sigstore.dev/cosign/verifying/verify/"
GHASECRETS = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"

JWTH = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
JWTS = "eyJhbGciOiJIUzI1NiJ9"
PYPI = "pypi-AgEIcHlwaS5vcmc"
# ================================================================ POSITIVES
# ---- npm / yarn / pnpm
P("npmrc_nexus_npmtoken_bearer_scoped_crlf", NEXUSNPM, r"""
@acme:registry=https://nexus.example.com/repository/npm-group/⏎
//nexus.example.com/repository/npm-group/:_authToken=NpmToken.«!uuid:t»⏎
always-auth=true⏎
""")
P("npmrc_github_packages_ghp_scope_registry", GHPKG_NPM, r"""
# ~/.npmrc written by bootstrap.sh
@«@acme|ml-platform|wbtools»:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=ghp_«!an36:t»
fund=false
""")
P("npmrc_legacy_underscore_auth_bom_email", NPMRC, "\ufeff" + r"""registry=https://npm.example.com/
_auth=«!pw16:p|basic:ci-publisher»
email=ci-publisher@example.com
always-auth=true
""")
P("npmrc_per_registry_username_base64_password", NPMRC, r"""
//nexus.example.com/repository/npm-private/:username=«@deploy|svc-npm|ci»
//nexus.example.com/repository/npm-private/:_password=«!pw18:p|b64:»
//nexus.example.com/repository/npm-private/:email=builds@example.com
""")
P("npm_config_set_authtoken_shell_history", NPMCFG, r"""
  «dig3:a»  npm config set registry https://registry.npmjs.org/
  «dig3:b»  npm config set //registry.npmjs.org/:_authToken npm_«!an36:t»
  «dig3:c»  npm whoami
""")
P("npm_publish_put_request_dump_bearer_header", NPMTOK, r"""
PUT /@acme%2fwandb-hooks HTTP/1.1
host: registry.npmjs.org
user-agent: npm/10.5.0 node/v20.12.2 linux x64 workspaces/false
npm-command: publish
authorization: Bearer npm_«!an36:t»
content-type: application/json
content-length: «dig5:n»
""")
P("npm_config_registry_env_userinfo_url", NPMCFG, r"""
npm_config_registry=https://«@builder|ci|jenkins»:«!pw16:p»@npm.example.com/repository/npm-all/
npm_config_cache=/home/node/.npm
npm_config_fund=false
""")
P("npm_buildkit_log_echo_authtoken_into_npmrc", NPMRC, r"""
#9 [deps 3/6] RUN echo "//registry.npmjs.org/:_authToken=npm_«!an36:t»" > /root/.npmrc
#9 DONE 0.1s
#10 [deps 4/6] RUN npm ci --omit=dev
""")
P("npmrc_kubernetes_secret_stringdata_block", K8SSECRET, r"""
apiVersion: v1
kind: Secret
metadata:
  name: npmrc
  namespace: ci
type: Opaque
stringData:
  .npmrc: |
    @acme:registry=https://npm.example.com/
    //npm.example.com/:_authToken=«!b64u40:t»
""")
P("npm_token_json_log_shipper_cut_line", FLUENTBIT, r"""
{"time":"«T»","stream":"stdout","log":"npm verb config //npm.example.com/:_authToken=npm_«!an24:t»
{"time":"«T»","stream":"stdout","log":"npm verb title npm ci\n"}
""")
P("yarnrc_classic_quoted_scope_authtoken", YARN1, r"""
# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1
"@acme:registry" "https://npm.example.com/"
"//npm.example.com/:_authToken" "«!uuid:t»"
lastUpdateCheck «dig13:u»
""")
P("yarn_berry_npm_registries_map_auth_token", YARNRC, r"""
nodeLinker: node-modules
npmRegistries:
  "https://npm.example.com":
    npmAlwaysAuth: true
    npmAuthToken: "«!b64u43:t»"
yarnPath: .yarn/releases/yarn-4.1.1.cjs
""")
P("yarn_config_get_no_redacted_output", YARNCFG, r"""
$ yarn config get npmScopes --json --no-redacted
{
  "acme": {
    "npmRegistryServer": "https://npm.example.com",
    "npmAuthIdent": "deploy:«!pw16:p»"
  }
}
""")
P("pnpm_gha_log_npmrc_heredoc_literal_token", PNPM, r"""
«T» ##[group]Run cat > .npmrc <<EOF
«T» cat > .npmrc <<EOF
«T» //npm.example.com/:_authToken=«!an40:t»
«T» auto-install-peers=true
«T» EOF
«T» ##[endgroup]
""", True)
P("pnpm_config_list_json_authtoken_key", PNPM, r"""
$ pnpm config list --json
{
  "//npm.example.com/repository/npm-private/:_authToken": "NpmToken.«!uuid:t»",
  "auto-install-peers": true,
  "registry": "https://npm.example.com/repository/npm-private/"
}
""", True)
# ---- PyPI / pip / twine / poetry / uv / pipenv / pdm / hatch
P("pip_conf_global_index_url_userinfo_trusted_host", PIPCONF, r"""
[global]
index-url = https://«@ci|deploy|svc-pypi»:«!pw18:p»@nexus.example.com/repository/pypi-all/simple
trusted-host = nexus.example.com
timeout = 60
""")
P("pip_conf_extra_index_url_multiline_gitlab_pat", GLPYPI, r"""
[global]
extra-index-url =
    https://download.pytorch.org/whl/cu121
    https://__token__:glpat-«!b64u20:t»@gitlab.example.com/api/v4/projects/«dig3:p»/packages/pypi/simple
""")
P("pip_config_list_output_quoted_index_url", PIPCONF, r"""
$ pip config list
global.extra-index-url='https://download.pytorch.org/whl/cpu'
global.index-url='https://deploy:«!pw20:p»@pypi.example.com/simple/'
install.no-cache-dir='true'
""")
P("pip_requirements_txt_index_url_option_line", PIPCONF, r"""
--index-url https://«@ci|ml-bot»:«!pw16:p»@artifacts.example.com/api/pypi/pypi-virtual/simple
torch==2.3.1
wandb==0.17.0
""")
P("pip_requirements_vcs_oauth2_gitlab_token", PIPVCS, r"""
numpy>=1.26
acme-featurestore @ git+https://oauth2:glpat-«!b64u20:t»@gitlab.example.com/ml/featurestore.git@v«dig1:a».«dig1:b».0
pydantic<3
""")
P("pip_env_index_url_docker_inspect_env_array", PIPAUTH, r"""
        "Env": [
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "PIP_INDEX_URL=https://builder:«!pw18:p»@pypi.example.com/simple",
            "PYTHONUNBUFFERED=1"
        ],
""")
P("pip_conf_configmap_json_escaped_once", PIPCONF, r"""
{
  "apiVersion": "v1",
  "data": {
    "pip.conf": "[global]\nindex-url = https://trainer:«!pw16:p»@pypi.example.com/simple\ntimeout = 30\n"
  },
  "kind": "ConfigMap"
}
""")
P("pypirc_pypi_token_and_private_repository", PYPIRC, r"""
[distutils]
index-servers = pypi private

[pypi]
username = __token__
password = """ + PYPI + r"""«!b64u120:t»

[private]
repository = https://pypi.example.com/
username = release
password = «!pw18:p»
""")
P("twine_env_password_pypi_token_ci_trace", TWINE, r"""
$ export TWINE_USERNAME=__token__
$ export TWINE_PASSWORD=""" + PYPI + r"""«!b64u140:t»
$ twine upload --non-interactive dist/*
Uploading distributions to https://upload.pypi.org/legacy/
""")
P("twine_upload_httperror_url_userinfo_traceback", REQUESTS, r"""
Traceback (most recent call last):
  File "/usr/local/lib/python3.11/site-packages/twine/commands/upload.py", line 196, in upload
    utils.check_status_code(resp, upload_settings.verbose)
  File "/usr/local/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://release:«!pw18:p»@pypi.example.com/legacy/
""")
P("poetry_config_http_basic_cli_history", POETRY, r"""
$ poetry source add --priority=supplemental acme https://pypi.example.com/simple/
$ poetry config http-basic.acme «@deploy|ci|reader» «!pw18:p»
$ poetry lock --no-update
""")
P("poetry_env_http_basic_password_and_pypi_token", POETRYCFG, r"""
POETRY_HTTP_BASIC_ACME_USERNAME=deploy
POETRY_HTTP_BASIC_ACME_PASSWORD=«!pw20:p»
POETRY_PYPI_TOKEN_PYPI=""" + PYPI + r"""«!b64u120:t»
POETRY_VIRTUALENVS_IN_PROJECT=true
""")
P("poetry_auth_toml_plaintext_fallback", POETRY, r"""
# ~/.config/pypoetry/auth.toml
[http-basic.acme]
username = "deploy"
password = "«!pw18:p»"
""")
P("poetry_publish_username_password_flags_ci", POETRY, r"""
+ poetry build
+ poetry publish --repository acme --username release --password «!pw20:p» --skip-existing
Publishing acme-trainer («dig1:a».«dig1:b».«dig1:c») to acme
""")
P("uv_env_index_username_password_pair", UVAUTH, r"""
UV_INDEX_INTERNAL_USERNAME=«@ci|svc-uv|builder»
UV_INDEX_INTERNAL_PASSWORD=«!pw20:p»
UV_CACHE_DIR=/cache/uv
""")
P("uv_toml_index_url_inline_credentials", UVIDX, r"""
# uv.toml
[[index]]
name = "internal"
url = "https://ci:«!pw18:p»@pypi.example.com/simple"
default = true
""")
P("uv_publish_token_flag_shell_trace", UVENV, r"""
+ uv build
+ uv publish --publish-url https://upload.pypi.org/legacy/ --token """ + PYPI + r"""«!b64u120:t»
Publishing 2 files https://upload.pypi.org/legacy/
""")
P("pipenv_pipfile_source_literal_credentials", PIPENV, r"""
[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[[source]]
url = "https://deploy:«!pw18:p»@pypi.example.com/simple"
verify_ssl = true
name = "private"
""", True)
P("pipenv_lock_meta_sources_json_userinfo", PIPENV, r"""
    "_meta": {
        "hash": {
            "sha256": "«hex64:h»"
        },
        "sources": [
            {
                "name": "private",
                "url": "https://reader:«!pw16:p»@pypi.example.com/simple",
                "verify_ssl": true
""", True)
P("pdm_config_toml_repository_password", PDM, r"""
[repository.private]
url = "https://pypi.example.com/legacy/"
username = "release"
password = "«!pw20:p»"
""", True)
P("pdm_publish_env_password_ci_vars", PDMPUB, r"""
PDM_PUBLISH_REPO=https://pypi.example.com/legacy/
PDM_PUBLISH_USERNAME=release
PDM_PUBLISH_PASSWORD=«!pw18:p»
""", True)
P("hatch_index_auth_env_pypi_token", HATCH, r"""
HATCH_INDEX_USER=__token__
HATCH_INDEX_AUTH=""" + PYPI + r"""«!b64u120:t»
HATCH_INDEX_REPO=main
""", True)
P("hatch_config_toml_publish_index_auth", HATCHCFG, r"""
[publish.index]
repo = "private"
user = "release"
auth = "«!pw20:p»"
""", True)
P("devpi_login_password_flag_history", DEVPI, r"""
$ devpi use https://devpi.example.com/ml/stable
$ devpi login ml --password=«!pw18:p»
logged in 'ml' at 'https://devpi.example.com/ml/stable', credentials valid for 10.00 hours
""", True)
P("devpi_server_init_root_passwd_flag", DEVPI, r"""
$ devpi-init --serverdir /srv/devpi --root-passwd «!pw18:p»
«TL» INFO  NOCTX Loading node info from /srv/devpi/.nodeinfo
«TL» INFO  NOCTX wrote nodeinfo to: /srv/devpi/.nodeinfo
""", True)
P("pypiserver_htpasswd_apr1_entries", PYPISERVER, r"""
uploader:$apr1$«an8:s1»$«!b64s22:d1»
ci:$apr1$«an8:s2»$«!b64s22:d2»
""", True)
# ---- conda / mamba / pixi / anaconda / quetz
P("conda_config_show_channels_token_urls", CONDACH, r"""
$ conda config --show channels
channels:
  - https://conda.anaconda.org/t/«@xy|ac|ml»-«!uuid:t»/acme
  - conda-forge
""")
P("conda_lock_explicit_spec_token_urls", CONDALOCK, r"""
# Generated by conda-lock.
# platform: linux-64
@EXPLICIT
https://conda.anaconda.org/t/ac-«!uuid:t»/acme/linux-64/acme-dataloader-1.«dig1:a».0-py311_0.conda#«hex32:m1»
https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda#«hex32:m2»
""")
P("conda_debug_log_repodata_fetch_token_url", CONDACH, r"""
DEBUG conda.gateways.connection.download:download(«dig3:l»): download https://conda.example.com/t/«!b64u32:t»/internal/noarch/repodata.json
DEBUG conda.core.subdir_data:_load(«dig3:m»): Local cache timed out for https://conda.example.com/internal/noarch
""")
P("condarc_custom_multichannels_basic_userinfo", CONDARC, r"""
channel_alias: https://conda.example.com
custom_multichannels:
  internal:
    - https://«@reader|svc-conda»:«!pw18:p»@conda.example.com/ml
    - https://conda.example.com/shared
""")
P("mamba_mambarc_channels_userinfo_url", MAMBA, r"""
# ~/.mambarc
channels:
  - https://mirror:«!pw16:p»@conda.example.com/conda-forge
  - nodefaults
""")
P("pixi_rattler_credentials_json_bearer_and_basic", PIXI, r"""
{
  "*.prefix.dev": {
    "BearerToken": "pfx_«!an30:t»"
  },
  "conda.example.com": {
    "BasicHTTP": {
      "username": "reader",
      "password": "«!pw18:p»"
    }
  }
}
""", True)
P("pixi_auth_login_conda_token_history", PIXI, r"""
  «dig3:a»  pixi auth login conda.anaconda.org --conda-token xy-«!uuid:t»
  «dig3:b»  pixi install --locked
""", True)
P("anaconda_client_token_file_cat_output", ANACLIENT, r"""
$ ls ~/.continuum/anaconda-client/tokens/
https%3A%2F%2Fapi.anaconda.org.token
$ cat ~/.continuum/anaconda-client/tokens/https%3A%2F%2Fapi.anaconda.org.token
«!b64u30:t»
""", True)
P("quetz_config_toml_session_and_github_secret", QUETZ, r"""
[github]
client_id = "«hex20:c»"
client_secret = "«!hex40:s»"

[session]
secret = "«!b64u43:k»"
https_only = true
""", True)
# ---- Maven / Gradle / JVM
P("maven_settings_server_plain_password_crlf", MVNSET, r"""
<servers>⏎
  <server>⏎
    <id>nexus-releases</id>⏎
    <username>«@deploy|release|ci»</username>⏎
    <password>«!pw20:p»</password>⏎
  </server>⏎
</servers>⏎
""")
P("maven_settings_server_encrypted_braced_password", MVNENC, r"""
  <server>
    <id>artifactory</id>
    <username>ci-deployer</username>
    <password>{«!b64s43:e»=}</password>
  </server>
""")
P("maven_settings_server_key_passphrase", MVNSET, r"""
  <server>
    <id>scp-site</id>
    <username>site</username>
    <privateKey>${user.home}/.ssh/id_ed25519</privateKey>
    <passphrase>«!pw20:p»</passphrase>
  </server>
""")
P("maven_settings_private_token_http_header", GLMAVEN, r"""
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Private-Token</name>
            <value>glpat-«!b64u20:t»</value>
          </property>
""")
P("maven_settings_proxy_password_block", MVNSET, r"""
  <proxies>
    <proxy>
      <id>corp</id>
      <active>true</active>
      <protocol>http</protocol>
      <host>proxy.example.com</host>
      <username>svc-maven</username>
      <password>«!pw18:p»</password>
""")
P("maven_settings_github_packages_ghp_password", MVNSET, r"""
    <server>
      <id>github</id>
      <username>acme-bot</username>
      <password>ghp_«!an36:t»</password>
    </server>
""")
P("mvn_x_debug_mojo_configuration_password_field", MVNDBG, r"""
[DEBUG] Configuring mojo org.flywaydb:flyway-maven-plugin:10.10.0:migrate from plugin realm ClassRealm[plugin>org.flywaydb:flyway-maven-plugin:10.10.0, parent: jdk.internal.loader.ClassLoaders$AppClassLoader@«hex8:h»]
[DEBUG] Configuring mojo 'org.flywaydb:flyway-maven-plugin:10.10.0:migrate' with basic configurator -->
[DEBUG]   (f) url = jdbc:postgresql://db.example.com:5432/registry
[DEBUG]   (f) user = flyway
[DEBUG]   (f) password = «!pw18:p»
[DEBUG] -- end configuration --
""")
P("mvn_deploy_alt_deployment_repository_userinfo", MVNDEP, r"""
+ mvn -B -ntp deploy -DskipTests -DaltDeploymentRepository=nexus::https://deploy:«!pw18:p»@nexus.example.com/repository/maven-releases/
[INFO] Scanning for projects...
""")
P("maven_wrapper_properties_distribution_url_userinfo", MVNWRAP, r"""
distributionUrl=https://reader:«!pw16:p»@nexus.example.com/repository/maven-public/org/apache/maven/apache-maven/3.9.6/apache-maven-3.9.6-bin.zip
wrapperVersion=3.3.2
""")
P("mvnw_env_username_password_ci", MVNWRAP, r"""
MVNW_USERNAME=reader
MVNW_PASSWORD=«!pw18:p»
MVNW_VERBOSE=true
""")
P("maven_gpg_passphrase_env_export", MVNSET, r"""
export MAVEN_GPG_KEY_FINGERPRINT=«uc40:f»
export MAVEN_GPG_PASSPHRASE='«!pw20:p»'
""")
P("gradle_properties_nexus_credentials_crlf", GRADLECRED, r"""
org.gradle.jvmargs=-Xmx4g⏎
nexusUsername=deploy⏎
nexusPassword=«!pw20:p»⏎
org.gradle.caching=true⏎
""")
P("gradle_org_gradle_project_env_signing_and_central", GRADLEPROPS, r"""
ORG_GRADLE_PROJECT_mavenCentralUsername=«an8:u»
ORG_GRADLE_PROJECT_mavenCentralPassword=«!an40:p»
ORG_GRADLE_PROJECT_signingInMemoryKeyPassword=«!pw18:k»
""")
P("gradle_daemon_ps_project_property_password", GRADLEPROPS, r"""
ci  «dig5:p»  1.2  3.4 «dig7:a» «dig6:b» ?  Sl «dig2:h»:«dig2:m»   0:42 /opt/java/openjdk/bin/java -Xmx64m -classpath /builds/gradle/wrapper/gradle-wrapper.jar org.gradle.wrapper.GradleWrapperMain publish -PartifactoryUser=ci -PartifactoryPassword=«!pw18:p»
""")
P("gradle_wrapper_properties_escaped_userinfo_url", GRADLEWRAP, r"""
distributionBase=GRADLE_USER_HOME
distributionPath=wrapper/dists
distributionUrl=https\://reader\:«!an20:p»@nexus.example.com/repository/gradle-dist/gradle-8.7-bin.zip
""")
P("gradle_systemprop_wrapper_user_password", GRADLEWRAP, r"""
systemProp.gradle.wrapperUser=reader
systemProp.gradle.wrapperPassword=«!pw18:p»
""")
P("gradle_build_kts_maven_credentials_literal", GRADLECRED, r"""
    maven {
        url = uri("https://nexus.example.com/repository/maven-releases/")
        credentials {
            username = "deploy"
            password = "«!pw18:p»"
        }
    }
""")
P("gradle_plugin_portal_publish_key_secret", GRADLEPUB, r"""
gradle.publish.key=«!an32:k»
gradle.publish.secret=«!an32:s»
""")
P("gradle_debug_http_wire_basic_header", GRADLECRED, r"""
«TS» [DEBUG] [org.apache.http.headers] http-outgoing-«dig1:c» >> GET /repository/maven-public/com/acme/core/1.4.0/core-1.4.0.pom HTTP/1.1
«TS» [DEBUG] [org.apache.http.headers] http-outgoing-«dig1:c» >> Host: nexus.example.com
«TS» [DEBUG] [org.apache.http.headers] http-outgoing-«dig1:c» >> Authorization: Basic «!pw16:p|basic:deploy»
""")
P("develocity_access_key_env_host_equals", DEVELOCITY, r"""
DEVELOCITY_ACCESS_KEY=ge.example.com=«!lc52:k»
GRADLE_OPTS=-Dorg.gradle.daemon=false
""", True)
P("sbt_credentials_file_realm_host_password", SBTCRED, r"""
realm=Sonatype Nexus Repository Manager
host=nexus.example.com
user=deploy
password=«!pw20:p»
""", True)
P("sbt_build_credentials_literal_four_args", SBTCRED, r"""
ThisBuild / publishTo := Some("Artifactory Realm" at "https://acme.jfrog.io/artifactory/sbt-release")
credentials += Credentials("Artifactory Realm", "acme.jfrog.io", "deploy", "«!pw18:p»")
""", True)
P("leiningen_project_clj_repository_password", LEIN, r"""
  :repositories [["releases" {:url "https://nexus.example.com/repository/maven-releases/"
                              :username "deploy"
                              :password "«!pw18:p»"
                              :sign-releases false}]]
""", True)
P("leiningen_profiles_repository_auth_regex_map", LEIN, r"""
{:auth {:repository-auth {#"nexus\.example\.com" {:username "deploy"
                                                  :password "«!pw18:p»"}}}}
""", True)
P("jib_maven_to_auth_password_system_property", JIB, r"""
+ ./mvnw -B compile jib:build -Dimage=registry.example.com/ml/serving:«hex7:g» -Djib.to.auth.username=ci -Djib.to.auth.password=«!pw18:p»
[INFO] Containerizing application to registry.example.com/ml/serving:«hex7:g»...
""", True)
P("jib_gradle_to_auth_block_literal", JIBG, r"""
jib {
  to {
    image = 'registry.example.com/ml/serving'
    auth {
      username = 'ci'
      password = '«!pw18:p»'
    }
  }
}
""", True)
# ---- NuGet / dotnet / paket
P("nuget_config_bom_crlf_cleartext_azure_artifacts_pat", NUGETCFG, "\ufeff" + r"""<?xml version="1.0" encoding="utf-8"?>⏎
<configuration>⏎
  <packageSourceCredentials>⏎
    <AcmeFeed>⏎
      <add key="Username" value="build" />⏎
      <add key="ClearTextPassword" value="«!lc52:t»" />⏎
    </AcmeFeed>⏎
""")
P("dotnet_nuget_push_api_key_oy2_history", NUGETPUSH, r"""
dotnet pack -c Release
dotnet nuget push bin/Release/Acme.Tracking.«dig1:a».«dig1:b».0.nupkg --api-key oy2«!lc43:k» --source https://api.nuget.org/v3/index.json
""")
P("dotnet_nuget_add_source_store_password_clear_text", NUGETADD, r"""
> dotnet nuget add source https://nuget.example.com/v3/index.json -n internal -u build -p «!pw20:p» --store-password-in-clear-text
Package source with Name: internal added successfully.
""")
P("vss_nuget_external_feed_endpoints_env_json", ARTCREDPROV, r"""
VSS_NUGET_EXTERNAL_FEED_ENDPOINTS={"endpointCredentials": [{"endpoint":"https://pkgs.dev.azure.com/acme/_packaging/ml/nuget/v3/index.json", "username":"build", "password":"«!lc52:t»"}]}
""")
P("nuget_setapikey_nexus_uuid_source", NEXUSNUGET, r"""
C:\build> nuget setapikey «!uuid:k» -source http://nexus.example.com/repository/nuget-hosted/
C:\build> nuget push Acme.Tracking.«dig1:a».0.0.nupkg -Source http://nexus.example.com/repository/nuget-hosted/
""")
P("paket_config_add_credentials_history", PAKETCFG, r"""
> .paket\paket.exe config add-credentials https://nuget.example.com/v3/index.json --username build --password «!pw18:p»
Credentials for https://nuget.example.com/v3/index.json were saved.
""", True)
P("paket_dependencies_source_literal_password", PAKET, r"""
source https://api.nuget.org/v3/index.json
source https://nuget.example.com/v3/index.json username: "build" password: "«!pw18:p»" authtype: "basic"
nuget FSharp.Core ~> 8
""", True)
# ---- Cargo
P("cargo_config_toml_registry_inline_token", CARGOCFG, r"""
[registries.acme]
index = "sparse+https://cargo.example.com/api/v1/crates/"
token = "Bearer «!b64u40:t»"

[net]
git-fetch-with-cli = true
""")
P("cargo_registries_token_env_ci", CARGOREG, r"""
CARGO_REGISTRIES_ACME_INDEX=sparse+https://cargo.example.com/api/v1/crates/
CARGO_REGISTRIES_ACME_TOKEN=«!an32:a»
CARGO_REGISTRY_TOKEN=cio«!an32:t»
""")
P("cargo_login_cio_token_history", CARGOLOGIN, r"""
  «dig3:a»  cargo login cio«!an32:t»
  «dig3:b»  cargo publish --dry-run
""")
# ---- Go
P("go_env_goproxy_userinfo_output", GOPRIV, r"""
$ go env | grep -E 'GOPROXY|GOPRIVATE|GONOSUMDB'
GONOSUMDB='gitlab.example.com'
GOPRIVATE='gitlab.example.com'
GOPROXY='https://ci:«!pw18:p»@athens.example.com,direct'
""")
P("go_netrc_machine_gitlab_pat", GOAUTH, r"""
machine gitlab.example.com
login gitlab-ci-token
password glpat-«!b64u20:t»
""")
P("go_private_git_insteadof_oauth2_token", GOPRIV, r"""
+ git config --global url."https://oauth2:glpat-«!b64u20:t»@gitlab.example.com/".insteadOf "https://gitlab.example.com/"
+ go mod download
go: downloading gitlab.example.com/ml/wbclient v0.«dig1:a».«dig1:b»
""")
P("athens_config_toml_github_token_and_mongo_url", ATHENSCFG, r"""
GoBinaryEnvVars = ["GOPROXY=direct"]
GithubToken = "ghp_«!an36:t»"
[Storage.Mongo]
    URL = "mongodb://athens:«!pw18:p»@mongo.athens.svc:27017"
""", True)
P("athens_env_netrc_path_and_github_token", ATHENS, r"""
ATHENS_STORAGE_TYPE=disk
ATHENS_GITHUB_TOKEN=ghp_«!an36:t»
ATHENS_NETRC_PATH=/etc/athens/.netrc
""", True)
# ---- Ruby
P("bundle_config_list_output_contribsys_credentials", BUNDLECFG, r"""
$ bundle config
Settings are listed in order of priority. The top value will be used.
gems.contribsys.com
Set for the current user (/home/app/.bundle/config): "«hex8:u»:«!hex8:p»"
""")
P("bundle_env_host_credentials_user_colon_pass", BUNDLECFG, r"""
BUNDLE_GEMS__EXAMPLE__COM=deploy:«!pw18:p»
BUNDLE_WITHOUT=development:test
""")
P("bundle_config_yaml_github_packages_ghp", GHPKG_GEM, r"""
---
BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "acme-bot:ghp_«!an36:t»"
BUNDLE_PATH: "vendor/bundle"
""")
P("gem_credentials_multi_host_keys", GEMCRED, r"""
---
:rubygems_api_key: rubygems_«!hex48:k»
https://rubygems.pkg.github.com/acme: Bearer ghp_«!an36:t»
""")
P("gem_host_api_key_env_release_job", GEMCRED, r"""
GEM_HOST_API_KEY=rubygems_«!hex48:k»
RUBYGEMS_HOST=https://rubygems.org
""")
P("gemrc_sources_list_userinfo_url", GEMRC, r"""
---
:sources:
- https://rubygems.org/
- https://deploy:«!pw16:p»@gems.example.com/
:update_sources: true
""")
P("gemfile_source_block_userinfo_url", BUNDLELOCK, r"""
source "https://rubygems.org"

source "https://deploy:«!pw18:p»@gems.example.com" do
  gem "acme-telemetry", "~> 2.1"
end
""")
# ---- Composer
P("composer_auth_json_http_basic_private_packagist", COMPOSERAUTH, r"""
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "«!hex40:p»"
        }
    }
}
""")
P("composer_auth_env_json_in_docker_inspect", COMPOSERAUTH, r"""
            "Env": [
                "COMPOSER_AUTH={\"github-oauth\":{\"github.com\":\"ghp_«!an36:t»\"}}",
                "COMPOSER_HOME=/tmp/composer"
            ],
""")
P("composer_config_global_bearer_history", COMPOSERCFG, r"""
$ composer config --global bearer.packages.example.com «!b64u40:t»
$ composer install --no-dev --prefer-dist
""")
P("composer_config_http_basic_gitlab_cli", COMPOSERAUTH, r"""
+ composer config gitlab-token.gitlab.example.com glpat-«!b64u20:t»
+ composer config http-basic.satis.example.com ci «!pw18:p»
""")
# ---- Helm / helmfile
P("helm_repositories_yaml_password_entry", HELMREPO, r"""
apiVersion: ""
generated: "0001-01-01T00:00:00Z"
repositories:
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: acme
  pass_credentials_all: false
  password: «!pw18:p»
  url: https://charts.example.com/acme
  username: reader
""")
P("helm_repo_add_password_flag_history", HELMREPO, r"""
  «dig3:a»  helm repo add acme https://charts.example.com/acme --username reader --password «!pw18:p»
  «dig3:b»  helm repo update
""")
P("helm_registry_login_harbor_robot_password", HELMREG, r"""
$ helm registry login harbor.example.com --username 'robot$ml+ci' --password «!an32:p»
Login Succeeded
""")
P("helm_registry_config_json_auths_base64", HELMREG, r"""
{
	"auths": {
		"harbor.example.com": {
			"auth": "«!pw18:p|basic:ci»"
		}
	}
}
""")
P("helmfile_repositories_inline_username_password", HELMFILE, r"""
repositories:
  - name: acme
    url: https://charts.example.com/acme
    username: reader
    password: «!pw18:p»
""")
# ---- Docker / OCI / registries
P("docker_config_json_multi_registry_auths_crlf", DOCKERCFG, r"""
{⏎
	"auths": {⏎
		"registry.example.com": {⏎
			"auth": "«!pw16:p|basic:ci»"⏎
		},⏎
		"ghcr.io": {⏎
			"auth": "«!pw20:q|basic:acme-bot»"⏎
		}⏎
	}⏎
}⏎
""")
P("docker_config_json_acr_identitytoken_jwt", DOCKERCFG, r"""
{
	"auths": {
		"acmeml.azurecr.io": {
			"auth": "",
			"identitytoken": """ + '"' + JWTH + r""".«!b64u140:p».«!b64u86:s»"
		}
	}
}
""")
P("dockercfg_legacy_file_auth_email", DOCKERCFG, r"""
$ cat ~/.dockercfg
{"https://index.docker.io/v1/":{"auth":"«!pw16:p|basic:acmebuild»","email":"build@example.com"}}
""")
P("docker_hub_pat_password_stdin_echo_trace", DOCKERPAT, r"""
+ echo dckr_pat_«!b64u27:t»
+ docker login -u acmebuild --password-stdin
Login Succeeded
""")
P("docker_login_ghcr_ghp_password_flag_history", DOCKERLOGIN, r"""
  «dig3:a»  docker login ghcr.io -u acme-bot -p ghp_«!an36:t»
  «dig3:b»  docker push ghcr.io/acme/wandb-sidecar:«hex7:g»
""")
P("kubernetes_dockerconfigjson_secret_data_base64", K8SPULL, r"""
apiVersion: v1
data:
  .dockerconfigjson: «!pw18:p|b64x:{"auths":{"harbor.example.com":{"username":"robot$ml+pull","password":"§"}}}»
kind: Secret
metadata:
  name: harbor-pull
type: kubernetes.io/dockerconfigjson
""")
P("kubectl_docker_registry_secret_docker_password_flag_history", K8SPULL, r"""
$ kubectl -n wandb create secret docker-registry regcred --docker-server=registry.example.com --docker-username=ci --docker-password='«!pw18:p»' --docker-email=ci@example.com
secret/regcred created
""")
P("docker_registry_token_endpoint_response_body", DOCKERTOKEN, r"""
< HTTP/1.1 200 OK
< Content-Type: application/json
{"token":""" + '"' + JWTH + r""".«!b64u150:p».«!b64u86:s»","expires_in":300,"issued_at":"«T»"}
""")
P("distribution_registry_config_yml_http_secret_s3_key", DISTCFG, r"""
version: 0.1
storage:
  s3:
    region: us-east-1
    bucket: registry-blobs
    accesskey: AKIA«uc16:a»
    secretkey: «!b64s40:s»
http:
  addr: :5000
  secret: «!an32:h»
""", True)
P("distribution_registry_env_http_secret_and_redis", DISTCFG, r"""
REGISTRY_HTTP_SECRET=«!an32:h»
REGISTRY_REDIS_ADDR=redis.registry.svc:6379
REGISTRY_REDIS_PASSWORD=«!pw18:p»
""", True)
P("harbor_yml_admin_and_database_passwords", HARBORCFG, r"""
hostname: harbor.example.com
harbor_admin_password: «!pw18:a»
database:
  password: «!pw18:d»
  max_idle_conns: 100
""")
P("harbor_robot_secret_password_stdin_echo", HARBORROBOT, r"""
+ echo «!an32:s»
+ docker login harbor.example.com -u 'robot$ml+ci-push' --password-stdin
Login Succeeded
""")
P("quay_robot_token_docker_login_quoted", QUAYROBOT, r"""
docker login -u="acme+ci_pull" -p="«!uc64:t»" quay.io
""", True)
P("quay_config_yaml_secret_keys_and_db_uri", QUAYCFG, r"""
DATABASE_SECRET_KEY: '«!dig40:k»'
DB_URI: postgresql://quay:«!pw18:p»@quay-db.quay.svc:5432/quay
SECRET_KEY: «!uuid:s»
SERVER_HOSTNAME: quay.example.com
""", True)
P("quay_robot_kubernetes_secret_dockerconfigjson", QUAYROBOT, r"""
apiVersion: v1
kind: Secret
metadata:
  name: acme-ci-pull-pull-secret
data:
  .dockerconfigjson: «!uc64:t|b64x:{"auths":{"quay.io":{"auth":"","email":"","username":"acme+ci_pull","password":"§"}}}»
type: kubernetes.io/dockerconfigjson
""", True)
P("buildah_login_password_flag_trace", BUILDAH, r"""
+ buildah login -u ci -p «!pw18:p» registry.example.com
Login Succeeded!
+ buildah bud -t registry.example.com/ml/trainer:latest .
""", True)
P("containers_auth_json_run_user_auths", CONTAUTH, r"""
$ cat ${XDG_RUNTIME_DIR}/containers/auth.json
{
	"auths": {
		"quay.example.com": {
			"auth": "«!pw18:p|basic:ci»"
		}
""")
P("regctl_config_json_hosts_user_pass", REGCTL, r"""
{
  "hosts": {
    "registry.example.com": {
      "tls": "enabled",
      "user": "ci",
      "pass": "«!pw18:p»"
    }
  }
}
""", True)
P("regctl_registry_login_pass_flag_history", REGCTL, r"""
  «dig3:a»  regctl registry login registry.example.com --user ci --pass «!pw18:p»
  «dig3:b»  regctl image copy registry.example.com/ml/base:1 registry.example.com/ml/base:stable
""", True)
P("gitlab_deploy_token_docker_login_flags", GLDEPLOY, r"""
$ docker login -u gitlab+deploy-token-«dig2:n» -p gldt-«!b64u20:t» registry.gitlab.example.com
Login Succeeded
""")
P("gitlab_deploy_token_pip_index_url_install", GLDEPLOY, r"""
+ pip install --index-url https://gitlab+deploy-token-«dig2:n»:gldt-«!b64u20:t»@gitlab.example.com/api/v4/projects/«dig3:p»/packages/pypi/simple acme-eval
""")
# ---- Artifactory / JFrog
P("artifactory_api_key_header_curl_upload", ARTAPIKEY, r"""
$ curl -H "X-JFrog-Art-Api:AKCp«!an69:k»" -T model.tar.gz "https://acme.jfrog.io/artifactory/ml-models/resnet/«dig3:v»/model.tar.gz"
""")
P("artifactory_access_token_bearer_curl_verbose", ARTTOKEN, r"""
> GET /artifactory/api/repositories HTTP/2
> Host: acme.jfrog.io
> user-agent: curl/8.5.0
> authorization: Bearer eyJ2ZXIiOiIyIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYiLCJraWQiOi«b64u40:h».«!b64u160:p».«!b64u86:s»
> accept: */*
""")
P("artifactory_reference_token_npmrc_authtoken", ARTREFTOK, r"""
registry=https://acme.jfrog.io/artifactory/api/npm/npm-virtual/
//acme.jfrog.io/artifactory/api/npm/npm-virtual/:_authToken=«!an32:t|basic:reftkn:01:1798761600»
""")
P("artifactory_npm_auth_endpoint_response", ARTNPM, r"""
$ curl -u ci:«!pw18:p» https://acme.jfrog.io/artifactory/api/npm/auth
_auth = «!pw18:p|basic:ci»
always-auth = true
email = ci@example.com
""")
P("jfrog_cli_conf_v6_json_access_and_refresh", JFCLI, r"""
{
  "servers": [
    {
      "url": "https://acme.jfrog.io/",
      "artifactoryUrl": "https://acme.jfrog.io/artifactory/",
      "user": "ci",
      "accessToken": "eyJ2ZXIiOiIyIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYiLCJraWQiOi«b64u40:h».«!b64u150:p».«!b64u86:s»",
      "refreshToken": "«!uuid:r»",
      "serverId": "acme",
""")
P("artifactory_pip_index_url_api_key_password", ARTAPIKEY, r"""
[global]
index-url = https://ci:AKCp«!an69:k»@acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
""")
P("artifactory_master_key_file_cat_output", ARTKEYS, r"""
$ cat $JFROG_HOME/artifactory/var/etc/security/master.key
«!hex64:m»
$ cat $JFROG_HOME/artifactory/var/etc/security/join.key
«!hex32:j»
""")
P("artifactory_helm_values_master_and_join_key", ARTHELM, r"""
artifactory:
  masterKey: «!hex64:m»
  joinKey: «!hex32:j»
  persistence:
    size: 200Gi
""")
# ---- Nexus
P("nexus_admin_password_file_exec_glued_prompt", NEXUSADMIN, r"""
$ docker exec nexus cat /nexus-data/admin.password
«!uuid:p»$ 
""", True)
P("nexus_rest_curl_u_admin_create_repo", NEXUSREST, r"""
$ curl -u admin:«!pw18:p» -X POST "http://nexus.example.com/service/rest/v1/repositories/pypi/proxy" -H "Content-Type: application/json" -d @pypi-proxy.json
""", True)
P("nexus_repository_json_remote_authentication_password", NEXUSREST, r"""
  "httpClient": {
    "blocked": false,
    "autoBlock": true,
    "authentication": {
      "type": "username",
      "username": "svc-upstream",
      "password": "«!pw18:p»"
    }
  },
""", True)
P("nexus_user_token_settings_xml_pass_code", NEXUSUT, r"""
    <server>
      <id>nexus</id>
      <username>«an8:n»</username>
      <password>«!b64s44:c»</password>
    </server>
""", True)
P("nexus_docker_login_connector_port_password", NEXUSADMIN, r"""
  «dig3:a»  docker login nexus.example.com:8443 -u ci -p «!pw18:p»
  «dig3:b»  docker push nexus.example.com:8443/ml/trainer:«hex7:g»
""", True)
# ---- Verdaccio
P("verdaccio_config_uplink_bearer_token", VERDACCIOUP, r"""
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
    auth:
      type: bearer
      token: "npm_«!an36:t»"
""", True)
P("verdaccio_htpasswd_bcrypt_entries", VERDACCIOHT, r"""
ci:$2y$10$«b64u22:s»«!b64u31:d»:autocreated «@2024|2025»-0«dig1:m»-1«dig1:d»T10:2«dig1:x»:11.«dig3:ms»Z
""", True)
P("verdaccio_db_json_secret_field", VERDACCIODB, r"""
$ cat /verdaccio/storage/.verdaccio-db.json
{"list":["@acme/wb-utils"],"secret":"«!hex64:s»"}
""", True)
# ---- Bazel / Conan / vcpkg
P("bazel_bazelrc_remote_header_bearer", BAZELRC, r"""
build:remote --remote_cache=grpcs://cache.example.com
build:remote --remote_header=Authorization=Bearer «!b64u43:t»
build:remote --remote_timeout=60
""", True)
P("bazel_bazelrc_remote_cache_userinfo_url", BAZELRC, r"""
build --remote_cache=https://ci:«!pw18:p»@bazel-cache.example.com
build --remote_upload_local_results=true
""", True)
P("bazel_bazelrc_buildbuddy_api_key_header", BUILDBUDDY, r"""
build --bes_results_url=https://app.buildbuddy.io/invocation/
build --bes_backend=grpcs://remote.buildbuddy.io
build --remote_header=x-buildbuddy-api-key=«!an20:k»
""", True)
P("conan_remote_login_password_flag_history", CONANLOGIN, r"""
$ conan remote login artifactory ci -p «!pw18:p»
Changed user of remote 'artifactory' from 'None' (anonymous) to 'ci' (authenticated)
""", True)
P("conan_env_login_username_password_remote", CONANENV, r"""
CONAN_LOGIN_USERNAME_ARTIFACTORY=ci
CONAN_PASSWORD_ARTIFACTORY=«!pw18:p»
CONAN_HOME=/builds/.conan2
""", True)
P("conan_credentials_json_remote_password", CONANCRED, r"""
{
  "credentials": [
    {"remote": "artifactory", "user": "ci", "password": "«!pw18:p»"}
  ]
}
""", True)
P("vcpkg_binary_sources_azblob_sas_sig", VCPKGBIN, r"""
VCPKG_BINARY_SOURCES=clear;x-azblob,https://acmebuild.blob.core.windows.net/vcpkg-cache,sv=2022-11-02&ss=b&srt=co&sp=rwlc&se=2026-01-31T00:00:00Z&spr=https&sig=«!b64s43:s|pct»%3D,readwrite
""", True)
P("vcpkg_nuget_sources_add_password_ci_step", VCPKGNUGET, r"""
> .\vcpkg fetch nuget
> nuget sources add -Source "https://pkgs.dev.azure.com/acme/_packaging/vcpkg/nuget/v3/index.json" -StorePasswordInClearText -Name vcpkg-feed -UserName build -Password «!lc52:t»
Package source with Name: vcpkg-feed added successfully.
""", True)
# ---- Dart / Deno / Bun / Cabal / Cachix / Nix / Julia / R
P("dart_pub_tokens_json_hosted_token", DARTTOK, r"""
{
  "version": 1,
  "hosted": [
    {
      "url": "https://pub.example.com",
      "token": "«!b64u43:t»"
    }
  ]
}
""", True)
P("dart_pub_token_add_piped_echo_ci", DARTTOK, r"""
+ echo «!an40:t» | dart pub token add https://dart.cloudsmith.io/acme/ml/
Requests to "https://dart.cloudsmith.io/acme/ml/" will now be authenticated using the secret token.
""", True)
P("deno_auth_tokens_env_bearer_and_basic", DENOAUTH, r"""
DENO_AUTH_TOKENS=ghp_«!an36:t»@raw.githubusercontent.com;deploy:«!pw16:p»@deno.example.com
DENO_DIR=/deno-dir
""", True)
P("deno_deploy_token_env_ddp", DENODEPLOY, r"""
DENO_DEPLOY_TOKEN=ddp_«!an36:t»
""", True)
P("bun_bunfig_install_scopes_token", BUNFIG, r"""
[install.scopes]
acme = { token = "npm_«!an36:t»", url = "https://npm.example.com/" }
""", True)
P("bun_bunfig_install_registry_userinfo", BUNFIG, r"""
[install]
registry = "https://deploy:«!pw18:p»@npm.example.com/repository/npm-all/"
exact = true
""", True)
P("cabal_config_hackage_username_password", CABAL, r"""
repository hackage.haskell.org
  url: http://hackage.haskell.org/
username: acme
password: «!pw18:p»
""", True)
P("cachix_dhall_auth_token_and_signing_key", CACHIX, r"""
{ authToken = """ + '"' + JWTS + r""".«!b64u80:p».«!b64u43:s»"
, hostname = "https://cachix.org"
, binaryCaches = [ { name = "acme", secretKey = "«!b64s86:k»==" } ]
}
""", True)
P("cachix_auth_token_env_ci", CACHIX, r"""
CACHIX_AUTH_TOKEN=""" + JWTS + r""".«!b64u80:p».«!b64u43:s»
CACHIX_CACHE=acme
""", True)
P("nix_conf_access_tokens_github_gitlab", NIXCONF, r"""
experimental-features = nix-command flakes
access-tokens = github.com=ghp_«!an36:t» gitlab.example.com=PAT:glpat-«!b64u20:g»
""")
P("julia_pkg_server_auth_toml_tokens", JULIA, r"""
access_token = "«!b64u43:a»"
expires_at = 17«dig8:e»
id_token = """ + '"' + JWTH + r""".«!b64u120:p».«!b64u86:s»"
refresh_token = "«!b64u43:r»"
""", True)
P("rprofile_repos_option_userinfo_url", RREPOS, r"""
options(repos = c(
  CRAN = "https://packagemanager.posit.co/cran/latest",
  INTERNAL = "https://reader:«!pw18:p»@rspm.example.com/internal/latest"
))
""", True)
P("renv_lock_repositories_url_userinfo", RENV, r"""
  "R": {
    "Version": "4.3.2",
    "Repositories": [
      {
        "Name": "INTERNAL",
        "URL": "https://reader:«!pw16:p»@rspm.example.com/internal/latest"
      }
""", True)
# ---- hosted registries
P("cloudsmith_entitlement_token_extra_index_url", CLOUDSMITHENT, r"""
--extra-index-url https://dl.cloudsmith.io/«!an16:t»/acme/ml/python/simple/
acme-tracing==3.«dig1:a».0
""", True)
P("cloudsmith_api_key_env_cli_push", CLOUDSMITHAPI, r"""
+ export CLOUDSMITH_API_KEY=«!hex40:k»
+ cloudsmith push python acme/ml dist/acme_tracing-3.1.0-py3-none-any.whl
""", True)
P("cloudsmith_apt_sources_list_entitlement_path", CLOUDSMITHENT, r"""
deb [signed-by=/usr/share/keyrings/acme-ml-archive-keyring.gpg] https://dl.cloudsmith.io/«!an16:t»/acme/ml/deb/ubuntu jammy main
""", True)
P("gemfury_pip_extra_index_token_as_username", FURY, r"""
[global]
extra-index-url = https://«!an20:t»:@pypi.fury.io/acme/
""", True)
P("gemfury_push_curl_token_userinfo", FURYPUSH, r"""
$ curl -F package=@dist/acme-ml-0.«dig1:a».0.tar.gz https://«!an20:t»@push.fury.io/acme/
""", True)
P("gemfury_npmrc_authtoken", FURYNPM, r"""
registry=https://npm.fury.io/acme/
//npm.fury.io/acme/:_authToken=«!an20:t»
""", True)
P("codeartifact_get_authorization_token_json", CODEARTIFACT, r"""
$ aws codeartifact get-authorization-token --domain acme --domain-owner 1234567«dig5:o»
{
    "authorizationToken": "eyJ2ZXIiOjEsImlzdSI6«!b64u300:t»",
    "expiration": "«T»"
}
""")
P("codeartifact_pip_index_url_aws_user_token", CAPIP, r"""
index-url = https://aws:eyJ2ZXIiOjEsImlzdSI6«!b64u300:t»@acme-1234567«dig5:o».d.codeartifact.us-east-1.amazonaws.com/pypi/ml/simple/
""")
P("artifact_registry_docker_login_oauth2accesstoken", GAR, r"""
$ docker login -u oauth2accesstoken -p "ya29.«!b64u180:t»" https://us-central1-docker.pkg.dev
Login Succeeded
""", True)
P("artifact_registry_npmrc_ya29_authtoken", GARNPM, r"""
@acme:registry=https://us-central1-npm.pkg.dev/acme-ml/npm-repo/
//us-central1-npm.pkg.dev/acme-ml/npm-repo/:_authToken=ya29.«!b64u180:t»
//us-central1-npm.pkg.dev/acme-ml/npm-repo/:always-auth=true
""", True)
P("artifact_registry_json_key_base64_password_stdin", GARKEY, r"""
+ echo «!hex40:k|b64x:{"type":"service_account","project_id":"acme-ml","private_key_id":"§","private_key":"-----BEGIN PRIVATE KEY-----\n"}» | docker login -u _json_key_base64 --password-stdin https://europe-docker.pkg.dev
""", True)
# ---- Hugging Face
P("huggingface_stored_tokens_ini_profiles", HFCLI, r"""
[work]
hf_token = hf_«!al34:a»

[personal]
hf_token = hf_«!al34:b»
""")
P("huggingface_git_remote_url_userinfo_token", HFGIT, r"""
$ git remote -v
origin	https://acme-bot:hf_«!al34:t»@huggingface.co/acme/wb-reranker (fetch)
origin	https://acme-bot:hf_«!al34:t»@huggingface.co/acme/wb-reranker (push)
""")
P("huggingface_cli_login_token_flag_history", HFCLI, r"""
  «dig3:a»  huggingface-cli login --token hf_«!al34:t» --add-to-git-credential
  «dig3:b»  huggingface-cli download acme/wb-reranker --local-dir ./model
""")
P("huggingface_http_debug_send_bytes_bearer", HFENV, r"""
send: b'GET /api/models/acme/wb-reranker/revision/main HTTP/1.1\r\nHost: huggingface.co\r\nuser-agent: unknown/None; hf_hub/0.23.4; python/3.11.9\r\nAccept-Encoding: gzip, deflate\r\nAccept: */*\r\nConnection: keep-alive\r\nauthorization: Bearer hf_«!al34:t»\r\n\r\n'
reply: 'HTTP/1.1 200 OK\r\n'
""")
P("huggingface_rich_traceback_locals_token", RICH, r"""
│ ╭──────────────────────────────── locals ─────────────────────────────────╮ │
│ │  repo_id = 'acme/wb-reranker'                                          │ │
│ │ revision = 'main'                                                      │ │
│ │    token = 'hf_«!al34:t»'                                  │ │
│ ╰─────────────────────────────────────────────────────────────────────────╯ │
""")
P("tgi_docker_run_hugging_face_hub_token_env", TGI, r"""
docker run --gpus all --shm-size 1g -p 8080:80 -e HF_TOKEN=hf_«!al34:t» -v $PWD/data:/data ghcr.io/huggingface/text-generation-inference:2.0 --model-id meta-llama/Meta-Llama-3-8B-Instruct
""")
P("huggingface_token_k8s_secret_env_json_escaped_twice", HFENV, r"""
{"ts":"«T»","level":"debug","msg":"rendered manifest","body":"{\"kind\":\"Secret\",\"stringData\":{\"HF_TOKEN\":\"hf_«!al34:t»\"}}"}
{"log":"{\"ts\":\"«T»\",\"msg\":\"env\",\"env\":\"{\\\"HUGGING_FACE_HUB_TOKEN\\\":\\\"hf_«!al34:u»\\\"}\"}\n","stream":"stderr"}
""")
# ================================================================ NEGATIVES
SHA512 = "sha512-«b64s86:i»=="
N("npm_package_lock_integrity_resolved_entries", NPMRC, r"""
    "node_modules/@acme/token-utils": {
      "version": "«dig1:a».«dig1:b».«dig1:c»",
      "resolved": "https://npm.example.com/@acme/token-utils/-/token-utils-«dig1:a».«dig1:b».«dig1:c».tgz",
      "integrity": "sha512-«b64s86:i»==",
      "license": "MIT"
    },
""")
N("yarn_lock_v1_resolved_sha1_fragment", YARN1, r"""
"@acme/secret-manager@^2.1.0":
  version "2.«dig1:a».«dig1:b»"
  resolved "https://registry.yarnpkg.com/@acme/secret-manager/-/secret-manager-2.«dig1:a».«dig1:b».tgz#«hex40:s»"
  integrity sha512-«b64s86:i»==
""")
N("pnpm_lock_yaml_resolution_integrity", PNPM, r"""
  /@acme/auth-client@«dig1:a».«dig1:b».0:
    resolution: {integrity: sha512-«b64s86:i»==}
    engines: {node: '>=18'}
    dev: false
""", True)
N("npmrc_env_var_reference_authtoken", NPMRC, r"""
@acme:registry=https://npm.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/
//npm.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/:_authToken=${«@NPM_TOKEN|NODE_AUTH_TOKEN|ACME_NPM_TOKEN»}
always-auth=true
""")
N("npmrc_settings_only_always_auth_strict_ssl", NPMRC, r"""
registry=https://npm.example.com/repository/npm-all/
always-auth=true
strict-ssl=«@true|false»
fetch-retries=«dig1:r»
@acme:registry=https://npm.example.com/repository/npm-private/
""")
N("npm_config_ls_protected_authtoken", NPMCFG, r"""
; "user" config from /home/«@ci|node|runner»/.npmrc

//npm.example.com/:_authToken = (protected)
@acme:registry = "https://npm.example.com/"
; node version = v20.«dig2:n».0
""")
N("npm_silly_http_fetch_lines", NPMCFG, r"""
npm silly fetch manifest @acme/wb-hooks@^«dig1:a».0.0
npm http fetch GET 200 https://npm.example.com/@acme%2fwb-hooks «dig3:ms»ms (cache revalidated)
npm silly placeDep ROOT @acme/wb-hooks@«dig1:a».«dig1:b».0 OK for: acme-ui@1.0.0 want: ^«dig1:a».0.0
npm verb reify failed optional dependency /srv/app/node_modules/fsevents
""")
N("npm_token_list_table_ids_truncated", NPMTOK, r"""
┌────────┬─────────┬────────────┬──────────┬────────────────┐
│ id     │ token   │ created    │ readonly │ CIDR whitelist │
├────────┼─────────┼────────────┼──────────┼────────────────┤
│ «hex6:a» │ npm_«an3:x»… │ 2025-0«dig1:m»-1«dig1:d» │ no       │                │
│ «hex6:b» │ npm_«an3:y»… │ 2024-1«dig1:n»-2«dig1:e» │ yes      │ 10.0.0.0/8     │
└────────┴─────────┴────────────┴──────────┴────────────────┘
""")
N("npm_pack_notice_shasum_integrity", NPMTOK, r"""
npm notice package: @acme/wb-hooks@«dig1:a».«dig1:b».0
npm notice filename: acme-wb-hooks-«dig1:a».«dig1:b».0.tgz
npm notice shasum: «hex40:s»
npm notice integrity: sha512-«b64s14:i»[...]«b64s10:j»==
npm notice total files: «dig2:f»
""")
N("yarn_config_get_npm_auth_token_redacted", YARNCFG, r"""
$ yarn config get npmAuthToken
********
$ yarn config get npmRegistryServer
https://npm.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»
""")
N("npm_ls_scoped_names_sound_secret", NPMRC, r"""
acme-ui@1.0.0 /srv/app
├── @acme/secret-manager@2.«dig1:a».0
├── @acme/token-utils@«dig1:b».4.1
├── @auth0/auth0-spa-js@2.1.«dig1:c»
└── dotenv-vault@«dig1:d».1.0
""")
N("setup_node_placeholder_node_auth_token", SETUPNODE, r"""
«T» Run npm ci
«T»   npm ci
«T»   env:
«T»     NPM_CONFIG_USERCONFIG: /home/runner/work/_temp/.npmrc
«T»     NODE_AUTH_TOKEN: XXXXX-XXXXX-XXXXX-XXXXX
""", True)
N("gha_env_masked_secrets_npm_hf", GHASECRETS, r"""
«T»   env:
«T»     NODE_AUTH_TOKEN: ***
«T»     HF_TOKEN: ***
«T»     TWINE_PASSWORD: ***
""")
N("pip_verbose_looking_in_indexes_masked", PIPAUTH, r"""
Using pip 24.0 from /usr/local/lib/python3.11/site-packages/pip (python 3.11)
Looking in indexes: https://«@ci|deploy|reader»:****@pypi.example.com/simple, https://download.pytorch.org/whl/cu121
Collecting torch==2.3.1 (from -r requirements.txt (line «dig1:l»))
""")
N("pip_requirements_hash_checking_mode", PIPHASH, r"""
torch==2.3.1 \
    --hash=sha256:«hex64:a» \
    --hash=sha256:«hex64:b»
wandb==0.17.«dig1:v» \
    --hash=sha256:«hex64:c»
""")
N("pip_conf_index_url_keyring_provider", PIPAUTH, r"""
[global]
index-url = https://pypi.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/simple
keyring-provider = «@subprocess|import»
trusted-host = pypi.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»
""")
N("pip_install_report_archive_info_hashes", PIPREPORT, r"""
      "download_info": {
        "url": "https://files.pythonhosted.org/packages/«hex2:a»/«hex2:b»/«hex60:c»/numpy-1.26.4-cp311-cp311-manylinux_2_17_x86_64.whl",
        "archive_info": {
          "hash": "sha256=«hex64:h»",
          "hashes": {"sha256": "«hex64:h»"}
        }
      },
""")
N("wheel_record_file_sha256_urlsafe", WHEELREC, r"""
acme_tracing/__init__.py,sha256=«b64u43:a»,«dig4:x»
acme_tracing/auth.py,sha256=«b64u43:b»,«dig4:y»
acme_tracing-3.1.0.dist-info/RECORD,,
""")
N("pypirc_repository_username_only_prompt", PYPIRC, r"""
[distutils]
index-servers = private

[private]
repository = https://pypi.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/
username = «@release|deploy|ci»
""")
N("twine_verbose_password_hidden", TWINE, r"""
INFO     Using configuration from /home/ci/.pypirc
INFO     username: __token__
INFO     password: <hidden>
Uploading acme_tracing-3.«dig1:a».0-py3-none-any.whl
""")
N("twine_upload_view_at_output", TWINE, r"""
Uploading distributions to https://upload.pypi.org/legacy/
Uploading acme_tracing-3.«dig1:a».0-py3-none-any.whl
100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ «dig2:k».1/«dig2:k».1 kB • 00:00 • «dig2:s».2 MB/s
View at:
https://pypi.org/project/acme-tracing/3.«dig1:a».0/
""")
N("poetry_lock_files_hashes_block", POETRY, r"""
[[package]]
name = "keyring"
version = "25.«dig1:a».0"
files = [
    {file = "keyring-25.«dig1:a».0-py3-none-any.whl", hash = "sha256:«hex64:a»"},
    {file = "keyring-25.«dig1:a».0.tar.gz", hash = "sha256:«hex64:b»"},
]
""")
N("poetry_env_secret_references_workflow", GHASECRETS, r"""
      - run: poetry publish --build -r «@acme|internal|private|nexus|artifacts»
        env:
          POETRY_HTTP_BASIC_ACME_USERNAME: ${{ secrets.ACME_PYPI_USER }}
          POETRY_HTTP_BASIC_ACME_PASSWORD: ${{ secrets.ACME_PYPI_PASSWORD }}
          POETRY_PYPI_TOKEN_PYPI: ${{ secrets.«@PYPI_TOKEN|PYPI_API_TOKEN» }}
""")
N("poetry_config_list_keyring_and_repositories", POETRYCFG, r"""
cache-dir = "/home/ci/.cache/pypoetry"
keyring.enabled = «@true|false»
repositories.acme.url = "https://pypi.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/simple/"
virtualenvs.in-project = true
""")
N("uv_lock_wheels_hash_size", UVIDX, r"""
[[package]]
name = "tokenizers"
version = "0.19.«dig1:a»"
source = { registry = "https://pypi.example.com/simple" }
wheels = [
    { url = "https://pypi.example.com/packages/tokenizers-0.19.«dig1:a»-cp311-none-manylinux_2_17_x86_64.whl", hash = "sha256:«hex64:h»", size = «dig7:s» },
]
""")
N("uv_verbose_index_url_masked_credentials", UVAUTH, r"""
DEBUG Searching for default Python interpreter in virtual environments
DEBUG No cache entry for: https://ci:****@pypi.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/simple/torch/
DEBUG Found fresh response for: https://ci:****@pypi.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/simple/numpy/
""")
N("uv_index_authenticate_always_setting", UVIDX, r"""
[[tool.uv.index]]
name = "internal"
url = "https://pypi.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/simple"
authenticate = "always"
explicit = «@true|false»
""")
N("pipenv_pipfile_env_interpolated_source", PIPENV, r"""
[[source]]
url = "https://${PYPI_USERNAME}:${PYPI_PASSWORD}@pypi.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/simple"
verify_ssl = true
name = "«@private|internal|acme»"
""", True)
N("hatch_publish_help_auth_flags", HATCH, r"""
«@@u:ci|dev|ml|build|runner»@«@@m:ws-01|ws-02|build-7|gpu-3|trainer-0»:~$ hatch publish --help | sed -n '/^Options/,$p'
Options:
  -r, --repo TEXT        The repository with which to publish artifacts [env var: `HATCH_INDEX_REPO`]
  -u, --user TEXT        The user with which to authenticate [env var: `HATCH_INDEX_USER`]
  -a, --auth TEXT        The credentials to use for authentication [env var: `HATCH_INDEX_AUTH`]
  --ca-cert TEXT         The path to a CA bundle [env var: `HATCH_INDEX_CA_CERT`]
""", True)
N("pdm_lock_metadata_content_hash", PDM, r"""
[metadata]
groups = ["default", "dev"]
strategy = ["inherit_metadata"]
lock_version = "4.«dig1:a».0"
content_hash = "sha256:«hex64:h»"
""", True)
N("conda_info_channel_urls_token_placeholder", CONDACH, r"""
          channel URLs : https://conda.anaconda.org/t/<TOKEN>/acme/linux-64
                         https://conda.anaconda.org/t/<TOKEN>/acme/noarch
                         https://conda.anaconda.org/conda-forge/linux-64
         package cache : «@/opt/conda/pkgs|/home/ml/.conda/pkgs|/srv/conda/pkgs|/data/conda/pkgs|/usr/local/conda/pkgs»
""")
N("conda_lock_yml_md5_sha256_entries", CONDALOCK, r"""
- name: libcurl
  version: 8.«dig1:a».0
  manager: conda
  platform: linux-64
  url: https://conda.anaconda.org/conda-forge/linux-64/libcurl-8.«dig1:a».0-hca28451_0.conda
  hash:
    md5: «hex32:m»
    sha256: «hex64:s»
""")
N("conda_meta_json_package_record_digests", CONDARC, r"""
  "md5": "«hex32:m»",
  "sha256": "«hex64:s»",
  "size": «dig7:z»,
  "url": "https://conda.anaconda.org/conda-forge/linux-64/openssl-3.3.«dig1:a»-h4ab18f5_0.conda",
""")
N("condarc_add_anaconda_token_setting", CONDARC, r"""
channel_alias: https://conda.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»
add_anaconda_token: «@true|false»
channels:
  - internal
  - conda-forge
ssl_verify: /etc/ssl/certs/ca-certificates.crt
""")
N("pixi_auth_login_help_usage", PIXI, r"""
«@@u:ci|dev|ml|build|runner»@«@@m:ws-01|ws-02|build-7|gpu-3|trainer-0»:~$ pixi auth login --help
Usage: pixi auth login [OPTIONS] <HOST>

Options:
      --token <TOKEN>              The token to use (for authentication with prefix.dev)
      --password <PASSWORD>        The password to use (for basic HTTP authentication)
      --conda-token <CONDA_TOKEN>  The token to use on anaconda.org / quetz authentication
""", True)
N("pixi_lock_conda_package_sha256", PIXI, r"""
- kind: conda
  name: pytorch
  version: 2.3.«dig1:a»
  build: cuda120_py311h«hex7:b»_300
  url: https://conda.anaconda.org/conda-forge/linux-64/pytorch-2.3.«dig1:a»-cuda120_py311h«hex7:b»_300.conda
  sha256: «hex64:s»
  md5: «hex32:m»
""", True)
N("maven_settings_password_env_reference", MVNSET, r"""
  <server>
    <id>nexus-releases</id>
    <username>${env.«@NEXUS_USER|MAVEN_USERNAME»}</username>
    <password>${env.«@NEXUS_PASSWORD|MAVEN_PASSWORD|DEPLOY_PASSWORD»}</password>
  </server>
""")
N("maven_settings_security_relocation_reference", MVNENC, r"""
<settingsSecurity>
  <relocation>/Volumes/«@keys|usb|secure|token|yubikey»/settings-security.xml</relocation>
</settingsSecurity>
""")
N("mvn_x_debug_mirror_and_repositories", MVNDBG, r"""
[DEBUG] Using mirror nexus (https://nexus.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/repository/maven-public/) for central (https://repo.maven.apache.org/maven2).
[DEBUG] Repositories (dependencies): [nexus (https://nexus.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/repository/maven-public/, default, releases+snapshots)]
[DEBUG] Using transporter HttpTransporter with priority 5.0 for https://nexus.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/repository/maven-public/
[DEBUG] Using connector BasicRepositoryConnector with priority 0.0 for https://nexus.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/repository/maven-public/ with username=deploy, password=***
""")
N("maven_download_log_sha1_sidecars", MVNDEP, r"""
[INFO] Downloaded from nexus: https://nexus.example.com/repository/maven-public/com/acme/auth-core/«dig1:a».2.0/auth-core-«dig1:a».2.0.jar («dig2:k» kB at «dig3:r» kB/s)
$ cat auth-core-«dig1:a».2.0.jar.sha1
«hex40:s»
$ cat auth-core-«dig1:a».2.0.jar.md5
«hex32:m»
""")
N("mvn_encrypt_master_password_help_flags", MVNENC, r"""
«@@u:ci|dev|ml|build|runner»@«@@m:ws-01|ws-02|build-7|gpu-3|trainer-0»:~$ mvn --help | grep -E 'encrypt|settings <'
 -emp,--encrypt-master-password <arg>   Encrypt master security password
 -ep,--encrypt-password <arg>           Encrypt server password
 -s,--settings <arg>                    Alternate path for the user settings file
""")
N("maven_gpg_keyname_and_passphrase_reference", MVNSET, r"""
      <properties>
        <gpg.keyname>0x«uc16:k»</gpg.keyname>
        <gpg.passphrase>${env.MAVEN_GPG_PASSPHRASE}</gpg.passphrase>
      </properties>
""")
N("gradle_properties_signing_key_id_and_ring_path", GRADLEPROPS, r"""
org.gradle.jvmargs=-Xmx«dig1:x»g -Dfile.encoding=UTF-8
signing.keyId=«uc8:k»
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
org.gradle.parallel=true
""")
N("gradle_verification_metadata_sha256_components", GRADLEVER, r"""
      <component group="com.acme" name="auth-core" version="«dig1:a».2.0">
         <artifact name="auth-core-«dig1:a».2.0.jar">
            <sha256 value="«hex64:s»" origin="Generated by Gradle"/>
         </artifact>
      </component>
""")
N("gradle_build_password_credentials_provider_reference", GRADLECRED, r"""
repositories {
    maven {
        name = "acmeNexus"
        url = uri("https://nexus.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/repository/maven-releases/")
        credentials(PasswordCredentials::class)
    }
}
""")
N("nuget_packages_lock_json_content_hash", NUGETLOCK, r"""
      "Newtonsoft.Json": {
        "type": "Direct",
        "requested": "[13.0.«dig1:a», )",
        "resolved": "13.0.«dig1:a»",
        "contentHash": "«b64s86:h»=="
      },
""")
N("dotnet_nuget_list_source_output", NUGETADD, r"""
Registered Sources:
  1.  nuget.org [Enabled]
      https://api.nuget.org/v3/index.json
  2.  internal [Enabled]
      https://nuget.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/v3/index.json
""")
N("paket_dependencies_env_credentials_refs", PAKET, r"""
source https://nuget.example.com/v3/index.json username: "%PRIVATE_FEED_USER%" password: "%PRIVATE_FEED_PASS%"
nuget Acme.Tracking ~> «dig1:a».0
""", True)
N("cargo_credential_provider_settings", CARGOCRED, r"""
[registry]
global-credential-providers = ["cargo:token", "cargo:libsecret"]

[registries.acme]
index = "sparse+https://cargo.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/api/v1/crates/"
credential-provider = ["cargo:token-from-stdout", "vault", "kv", "get", "-field=token", "secret/cargo"]
""")
N("cargo_vcs_info_json_sha1", CARGOVCS, r"""
{
  "git": {
    "sha1": "«hex40:s»"
  },
  "path_in_vcs": "crates/«@wb-client|acme-auth|token-store»"
}
""")
N("go_sum_h1_hash_lines", GOSUM, r"""
golang.org/x/oauth2 v0.«dig2:a».0 h1:«b64s43:h»=
golang.org/x/oauth2 v0.«dig2:a».0/go.mod h1:«b64s43:g»=
gitlab.example.com/ml/wbclient v0.«dig1:b».0 h1:«b64s43:i»=
""")
N("go_env_goprivate_goauth_patterns", GOAUTH, r"""
GOAUTH='netrc'
GOFLAGS='-mod=mod'
GONOSUMDB='gitlab.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/*'
GOPRIVATE='gitlab.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/*,*.corp.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»'
GOPROXY='https://athens.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»,direct'
""")
N("go_get_x_redacted_proxy_url", GOPRIV, r"""
# get https://ci:xxxxx@athens.example.com/gitlab.example.com/ml/wbclient/@v/list
# get https://ci:xxxxx@athens.example.com/gitlab.example.com/ml/wbclient/@v/list: 200 OK («dig1:s».«dig3:t»s)
go: downloading gitlab.example.com/ml/wbclient v0.«dig1:a».0
""")
N("gemfile_lock_checksums_sha256_entries", BUNDLELOCK, r"""
CHECKSUMS
  jwt (2.«dig1:a».1) sha256=«hex64:a»
  rake (13.2.1) sha256=«hex64:b»
  rbnacl (7.1.«dig1:c») sha256=«hex64:c»
""")
N("gemspec_signing_key_and_cert_chain_paths", GEMCRED, r"""
  spec.cert_chain  = ["certs/«@acme|release|ml-team|ci|signing».pem"]
  spec.signing_key = File.expand_path("~/.ssh/gem-private_key.pem") if $0 =~ /gem\z/
  spec.metadata["rubygems_mfa_required"] = "true"
""")
N("composer_auth_secret_reference_workflow", COMPOSERAUTH, r"""
    env:
      COMPOSER_AUTH: ${{ secrets.«@COMPOSER_AUTH_JSON|COMPOSER_AUTH|PACKAGIST_AUTH|PRIVATE_PACKAGIST_AUTH|COMPOSER_AUTH_CI» }}
    steps:
      - run: composer install --no-interaction --prefer-dist
""")
N("composer_config_secure_http_github_protocols", COMPOSERCFG, r"""
{
    "config": {
        "secure-http": true,
        "github-protocols": ["https"],
        "preferred-install": "«@dist|source|auto»",
        "process-timeout": «dig3:t»
    }
}
""")
N("helm_repo_list_table", HELMREPO, r"""
NAME     	URL
acme     	https://charts.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/acme
bitnami  	https://charts.bitnami.com/bitnami
harbor   	https://helm.goharbor.io
""")
N("helm_chart_lock_digest", HELMLOCK, r"""
dependencies:
- name: postgresql
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 15.«dig1:a».«dig1:b»
digest: sha256:«hex64:d»
generated: "«T»"
""")
N("helm_repositories_yaml_empty_password_fields", HELMREPO, r"""
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: «@bitnami|jetstack|ingress-nginx»
  pass_credentials_all: false
  password: ""
  url: https://charts.example.com/«@public|mirror»
  username: ""
""")
N("docker_config_json_credhelpers_map_only", DOCKERCRED, r"""
{
	"credHelpers": {
		"«dig12:a».dkr.ecr.us-east-1.amazonaws.com": "ecr-login",
		"us-central1-docker.pkg.dev": "gcloud",
		"acmeml.azurecr.io": "acr-env"
	},
	"credsStore": "«@desktop|pass|secretservice»"
}
""")
N("oci_image_index_manifest_digests", OCIIDX, r"""
    {
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "digest": "sha256:«hex64:d»",
      "size": «dig4:s»,
      "annotations": {"org.opencontainers.image.revision": "«hex40:r»"},
      "platform": {"architecture": "amd64", "os": "linux"}
    },
""")
N("docker_login_unencrypted_storage_warning", DOCKERLOGIN, r"""
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
WARNING! Your password will be stored unencrypted in /home/«@ci|runner|build|jenkins|deploy|ubuntu»/.docker/config.json.
Configure a credential helper to remove this warning. See
https://docs.docker.com/engine/reference/commandline/login/#credential-stores

Login Succeeded
""")
N("registry_www_authenticate_bearer_challenge", DOCKERTOKEN, r"""
< HTTP/1.1 401 Unauthorized
< Content-Type: application/json
< Docker-Distribution-Api-Version: registry/2.0
< Www-Authenticate: Bearer realm="https://auth.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/token",service="registry.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»",scope="repository:ml/«@trainer|serving|base»:pull"
""")
N("harbor_robot_accounts_list_table", HARBORROBOT, r"""
ID   NAME                  LEVEL     DURATION  EXPIRES AT            DISABLED
«dig2:a»   robot$ml+ci-push      project   90        2025-1«dig1:m»-0«dig1:d» 10:00  false
«dig2:b»   robot$ml+pull         project   -1        never                 false
""")
N("cosign_verify_output_docker_manifest_digest", COSIGN, r"""
[{"critical":{"identity":{"docker-reference":"registry.example.com/ml/serving"},"image":{"docker-manifest-digest":"sha256:«hex64:d»"},"type":"cosign container image signature"},"optional":{"Bundle":{"SignedEntryTimestamp":"«b64s40:b»"}}}]
""")
N("quay_robot_name_and_digest_pull", QUAYROBOT, r"""
Robot account: acme+ci_pull
Permissions: read on acme/model-server
$ docker pull quay.io/acme/model-server@sha256:«hex64:d»
""", True)
N("kubernetes_describe_secret_dockerconfigjson_bytes", K8SPULL, r"""
Name:         regcred
Namespace:    «@wandb|ml|ci»
Type:  kubernetes.io/dockerconfigjson

Data
====
.dockerconfigjson:  «dig3:b» bytes
""")
N("dockerfile_run_mount_secret_npmrc_pip_conf", DOCKERLOGIN, r"""
# syntax=docker/dockerfile:«@1.7|1.6|1.5|1|1.4»
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc «@npm ci --omit=dev|npm ci|pnpm install --frozen-lockfile»
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install -r requirements.txt
""")
N("artifactory_storage_api_checksums_json", ARTCHK, r"""
  "checksums" : {
    "sha1" : "«hex40:a»",
    "md5" : "«hex32:b»",
    "sha256" : "«hex64:c»"
  },
  "originalChecksums" : {
    "sha256" : "«hex64:c»"
  },
""")
N("artifactory_access_tokens_list_ids", ARTTOKEN, r"""
    {
      "token_id" : "«uuid:i»",
      "subject" : "jfac@01h«lc23:s»/users/ci",
      "expiry" : 17«dig8:e»,
      "refreshable" : «@true|false»,
      "description" : "ml pipeline token"
    },
""")
N("jfrog_cli_config_show_masked", JFCLI, r"""
Server ID:			«@acme|prod|ml|art|default»
JFrog Platform URL:		https://acme.jfrog.io/
Artifactory URL:		https://acme.jfrog.io/artifactory/
User:				«@ci|deploy|svc-ml|jenkins|release»
Access token:			***
Default:			true
""")
N("nexus_properties_runtime_settings", NEXUSPROPS, r"""
application-port=«@8081|8082|8443|9081|8091»
nexus-args=${jetty.etc}/jetty.xml,${jetty.etc}/jetty-http.xml,${jetty.etc}/jetty-requestlog.xml
nexus.scripts.allowCreation=false
nexus.security.randompassword=«@false|true»
""", True)
N("nexus_search_asset_checksum_json", NEXUSSEARCH, r"""
        "downloadUrl" : "https://nexus.example.com/repository/pypi-hosted/packages/acme-auth/«dig1:a».0.0/acme_auth-«dig1:a».0.0-py3-none-any.whl",
        "checksum" : {
          "sha1" : "«hex40:a»",
          "sha256" : "«hex64:b»",
          "md5" : "«hex32:c»"
        }
""", True)
N("verdaccio_config_auth_htpasswd_file_only", VERDACCIOHT, r"""
auth:
  htpasswd:
    file: «@./htpasswd|/verdaccio/conf/htpasswd|/etc/verdaccio/htpasswd|./storage/htpasswd|/data/htpasswd»
    max_users: «@-1|1000»
    algorithm: bcrypt
""", True)
N("sbt_credentials_path_and_env_lookup", SBTCRED, r"""
credentials += Credentials(Path.userHome / ".sbt" / ".credentials")
credentials ++= sys.env.get("SONATYPE_PASSWORD").map(p => Credentials("Sonatype Nexus Repository Manager", "oss.sonatype.org", "«@acme|acme-ml|wb-tools|ml-platform|acme-data»", p)).toSeq
""", True)
N("leiningen_repository_env_and_gpg_creds", LEIN, r"""
  :deploy-repositories [["releases" {:url "https://nexus.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/repository/maven-releases/"
                                     :username :env/nexus_username
                                     :password :env/nexus_password}]
                        ["snapshots" {:url "https://nexus.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/repository/maven-snapshots/" :creds :gpg}]]
""", True)
N("bazel_bazelrc_credential_helper_flags", BAZELCRED, r"""
common --credential_helper=*.example.com=%workspace%/tools/credential-helper
common --credential_helper_cache_duration=«dig2:m»m
build --remote_cache=grpcs://cache.example.com
""", True)
N("bazel_module_lock_integrity_sha256", BAZELLOCK, r"""
  "registryFileHashes": {
    "https://bcr.bazel.build/modules/rules_python/0.«dig2:a».0/MODULE.bazel": "«hex64:h»",
    "https://bcr.bazel.build/modules/rules_python/0.«dig2:a».0/source.json": "«hex64:i»"
  },
""", True)
N("conan_lockfile_recipe_revisions", CONANLOCK, r"""
{
    "version": "0.5",
    "requires": [
        "zlib/1.3.1#«hex32:r»%17«dig8:t».«dig3:u»",
        "openssl/3.2.«dig1:a»#«hex32:s»%17«dig8:v».«dig3:w»"
    ],
""", True)
N("conan_remote_list_users_status", CONANLOGIN, r"""
$ conan remote list-users
artifactory:
  Username: «@ci|deploy|conan-ci|builder|release»
  authenticated: True
conancenter:
  No user
""", True)
N("vcpkg_binary_sources_files_and_gha", VCPKGBIN, r"""
VCPKG_BINARY_SOURCES=clear;files,«@C:\vcpkg-cache|D:\cache\vcpkg|C:\b\vcpkg|E:\vcpkg-bin|C:\ci\vcpkg-cache»,readwrite;x-gha,readwrite
VCPKG_DEFAULT_TRIPLET=x64-windows
""", True)
N("dart_pub_token_list_output", DARTTOK, r"""
$ dart pub token list
You have secret tokens for 2 package repositories:
https://pub.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»
https://dart.cloudsmith.io/acme/ml/
""", True)
N("dart_pubspec_lock_sha256_entries", DARTLOCK, r"""
  crypto:
    dependency: transitive
    description:
      name: crypto
      sha256: "«hex64:s»"
      url: "https://pub.dev"
    source: hosted
    version: "3.0.«dig1:a»"
""", True)
N("deno_lock_remote_integrity_hashes", DENOLOCK, r"""
  "remote": {
    "https://deno.land/std@0.224.0/path/mod.ts": "«hex64:a»",
    "https://deno.land/std@0.224.0/dotenv/mod.ts": "«hex64:b»"
  }
""", True)
N("bun_lock_integrity_entries", BUNLOCK, r"""
    "@acme/auth-client": ["@acme/auth-client@«dig1:a».2.0", "", {}, "sha512-«b64s86:i»=="],
    "jose": ["jose@5.«dig1:b».0", "", {}, "sha512-«b64s86:j»=="],
""", True)
N("cabal_config_password_command_reference", CABAL, r"""
repository hackage.haskell.org
  url: http://hackage.haskell.org/
username: «@acme|wb-tools|mlteam|acme-ci|hsdev»
password-command: pass show hackage/acme
""", True)
N("cachix_trusted_public_keys_nix_conf", CACHIXSIGN, r"""
substituters = https://cache.nixos.org https://acme.cachix.org
trusted-public-keys = cache.nixos.org-1:«b64s43:a»= acme.cachix.org-1:«b64s43:b»=
""", True)
N("julia_manifest_git_tree_sha1", JULIAMAN, r"""
[[deps.JSON3]]
deps = ["Dates", "Mmap", "Parsers", "PrecompileTools", "StructTypes", "UUIDs"]
git-tree-sha1 = "«hex40:t»"
uuid = "«uuid:u»"
version = "1.14.«dig1:a»"
""", True)
N("renv_lock_package_hash", RENV, r"""
    "jsonlite": {
      "Package": "jsonlite",
      "Version": "1.8.«dig1:a»",
      "Source": "Repository",
      "Repository": "CRAN",
      "Hash": "«hex32:h»"
    },
""", True)
N("cloudsmith_package_slug_perm_ids", CLOUDSMITHAPI, r"""
    "slug": "acme-tracing-310-py3-none-anywhl-«an4:s»",
    "slug_perm": "«an12:p»",
    "identifier_perm": "«an12:q»",
    "checksum_sha256": "«hex64:c»",
""", True)
N("codeartifact_login_output_expiry", CODEARTIFACT, r"""
$ aws codeartifact login --tool pip --domain acme --domain-owner 1234567«dig5:o» --repository ml
Successfully configured pip to use AWS CodeArtifact repository https://acme-1234567«dig5:o».d.codeartifact.us-east-1.amazonaws.com/pypi/ml/
Login expires in 12 hours at «TS»
""")
N("artifact_registry_keyring_backend_pip_conf", GAR, r"""
$ pip install keyrings.google-artifactregistry-auth
[global]
extra-index-url = https://«@us-central1|europe-west4|us-east4|asia-northeast1|europe-west1»-python.pkg.dev/«@acme-ml|ml-prod|acme-research|wb-platform|data-eng»/py-repo/simple/
""", True)
N("gitlab_ci_job_token_index_url_reference", GLJOBTOK, r"""
    - pip install --index-url https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/api/v4/projects/${CI_PROJECT_ID}/packages/pypi/simple acme-eval
    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
""")
N("gitlab_deploy_tokens_api_list", GLDEPLOY, r"""
  {
    "id": «dig2:i»,
    "name": "«@pull-pypi|registry-read|helm-pull»",
    "username": "gitlab+deploy-token-«dig2:i»",
    "expires_at": null,
    "revoked": false,
    "expired": false,
    "scopes": ["read_package_registry", "read_registry"]
  }
""")
N("huggingface_whoami_and_login_status", HFCLI, r"""
$ huggingface-cli whoami
«@alice|mlops-bot|acme-ci»
orgs:  acme,«@acme-research|wandb-partners»
""")
N("huggingface_scan_cache_table_revisions", HFCACHE, r"""
REPO ID                    REPO TYPE REVISION                                 SIZE ON DISK NB FILES LAST_MODIFIED REFS LOCAL PATH
-------------------------- --------- ---------------------------------------- ------------ -------- ------------- ---- ---------------------------------------------------
acme/wb-reranker           model     «hex40:r»         «dig3:s».2M        «dig1:n» 2 days ago    main /data/hf/hub/models--acme--wb-reranker/snapshots/«hex40:r»
""")
N("huggingface_env_settings_token_path_reference", HFENV, r"""
HF_HOME=«@/data/hf|/mnt/cache/hf|/srv/hf|/workspace/.hf|/opt/hf-cache»
HF_HUB_ENABLE_HF_TRANSFER=1
HF_HUB_OFFLINE=«@0|1»
HF_TOKEN_PATH=/run/secrets/hf_token
HF_HUB_DISABLE_IMPLICIT_TOKEN=1
""")
N("huggingface_login_help_token_flag", HFCLI, r"""
«@@u:ci|dev|ml|build|runner»@«@@m:ws-01|ws-02|build-7|gpu-3|trainer-0»:~$ huggingface-cli login --help
usage: huggingface-cli <command> [<args>] login [-h] [--token TOKEN] [--add-to-git-credential]

options:
  --token TOKEN         Token generated from https://huggingface.co/settings/tokens
  --add-to-git-credential
                        Optional: Save token to git credential helper.
""")
N("huggingface_blob_etag_sha256_filenames", HFCACHE, r"""
$ ls -l ~/.cache/huggingface/hub/models--acme--wb-reranker/blobs/
-rw-r--r-- 1 ml ml  «dig9:a» Mar  3 10:1«dig1:m» «hex64:b»
-rw-r--r-- 1 ml ml      «dig3:c» Mar  3 10:1«dig1:m» «hex40:d»
""")
N("quetz_config_references_env_secret", QUETZ, r"""
[github]
client_id = "«hex20:c»"
client_secret = "${QUETZ_GITHUB_CLIENT_SECRET}"

[local_store]
redirect_enabled = «@true|false»
""", True)
N("devpi_use_output_index_urls", DEVPI, r"""
current devpi index: https://devpi.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»/ml/stable (logged in as ml)
supported features: server-keyvalue-parsing
~/.pydistutils.cfg     : no config file exists
~/.pip/pip.conf        : no config file exists
always-set-cfg: no
""", True)
N("distribution_registry_config_htpasswd_realm_path", DISTCFG, r"""
auth:
  htpasswd:
    realm: «@basic-realm|Registry Realm|registry|acme-registry|private»
    path: /auth/htpasswd
http:
  secret: ${REGISTRY_HTTP_SECRET}
""", True)
N("regctl_config_cred_helper_host", REGCTL, r"""
{
  "hosts": {
    "«dig12:a».dkr.ecr.us-east-1.amazonaws.com": {
      "credHelper": "docker-credential-ecr-login",
      "tls": "enabled"
    }
  }
}
""", True)
N("jib_auth_env_property_references", JIB, r"""
+ ./mvnw -B compile jib:build -Djib.to.auth.username=$JIB_USER -Djib.to.auth.password=$JIB_PASSWORD -Djib.from.credHelper=ecr-login
[INFO] Using credentials from Maven settings file for registry.«@@h:example.com|example.net|example.org|int.example.com|eu.example.net»
""", True)
N("gradle_wrapper_distribution_sha256_sum", GRADLEWRAP, r"""
distributionBase=GRADLE_USER_HOME
distributionSha256Sum=«hex64:s»
distributionUrl=https\://services.gradle.org/distributions/gradle-8.«dig1:a»-bin.zip
""")
N("nix_conf_netrc_file_reference", NIXCONF, r"""
netrc-file = /etc/nix/netrc
narinfo-cache-positive-ttl = «dig4:t»
extra-substituters = https://acme.cachix.org
""")

# ================================================================ kind judgement
# A shape is a new kind when the tool it is named after (first word(s) of the
# name) does not occur in used_redact_shapes.txt at all (hits inside other
# words such as bundle/bunyan for "bun", direnv for "renv", mojibake for
# "jib" discounted). Aliases of tools the list names count as repeats
# (mvnw -> maven, mamba -> conda, gemrc/gemfile -> gem/bundler, dockercfg ->
# docker, vss_nuget -> nuget, tgi -> huggingface, setup_node -> node/npm,
# containers_auth -> podman, artifactory -> jfrog).
NEW_TOOLS = ["pnpm", "pipenv", "pdm", "hatch", "devpi", "pypiserver", "pixi", "anaconda",
             "quetz", "develocity", "sbt", "leiningen", "jib", "paket", "athens",
             "distribution", "quay", "buildah", "regctl", "nexus", "verdaccio", "bazel",
             "conan", "vcpkg", "dart", "deno", "bun", "cabal", "cachix", "julia",
             "rprofile", "renv", "cloudsmith", "gemfury", "artifact_registry"]


def _is_new(name):
    return any(name == t or name.startswith(t + "_") for t in NEW_TOOLS)


NEW_KIND_POS = [n for n, _, _, _ in POS if _is_new(n)]
NEW_KIND_NEG = [n for n, _, _, _ in NEG if _is_new(n)]
SAME_KIND_POS = [n for n, _, _, _ in POS if not _is_new(n)]
SAME_KIND_NEG = [n for n, _, _, _ in NEG if not _is_new(n)]

# ================================================================ output
SOURCES = {name: src for name, src, _, _ in POS + NEG}
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    pos_out = []
    for name, _, _, tpl in POS:
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = render(tpl)
                if ok_positive(lines, secrets, seen):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            seen.update(secrets)
            pos_out.append({"shape": name, "lines": lines, "secrets": secrets})
    neg_out = []
    neg_seen = set()
    for name, _, _, tpl in NEG:
        for _ in range(5):
            for attempt in range(200):
                lines, secrets = render(tpl)
                key = "\n".join(lines)
                if not secrets and key not in neg_seen and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit("cannot draw " + name)
            neg_seen.add(key)
            neg_out.append({"shape": name, "lines": lines})
    for fn, recs in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(here, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
