#!/usr/bin/env python3
"""holdout41 generator: crash reports, validation errors and debug dumps of
application runtimes. Python 3, stdlib only, fixed seed, deterministic."""
import json, os, random, string, base64

SEED = 4141_2026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

AL = string.ascii_letters + string.digits
PWA = AL + "-_.!~+*"
HX = "0123456789abcdef"

def tok(n, a=AL):
    return "".join(R.choice(a) for _ in range(n))
def pw(n=None):
    n = n or R.randint(12, 22)
    return R.choice(AL) + tok(n - 2, PWA) + R.choice(AL)
def hx(n):
    return tok(n, HX)
def b64u(n):
    return tok(n, AL + "-_")
def b64s(n):
    return tok(n, AL + "+/")
def addr():
    return "0x7f" + hx(10)
def gaddr():
    return "0xc000" + hx(6)
def ip():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
def host(kind="db"):
    return R.choice({
        "db": ["mysql.wandb.svc.cluster.local", "db.example.com", "wandb-mysql.example.internal", "mysql-primary.wandb.svc"],
        "redis": ["redis-master.wandb.svc.cluster.local", "redis.example.com", "wandb-redis.example.net"],
        "s3": ["minio.example.com", "s3.example.com", "objects.example.org"],
        "idp": ["login.example.com", "sso.example.org", "idp.example.net"],
        "web": ["wandb.example.com", "ml.example.org", "wandb.corp.example.net"],
    }[kind])
def ts():
    return "20%02d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(23, 25), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
def ts2():
    return "20%02d-%02d-%02d %02d:%02d:%02d,%03d" % (R.randint(23, 25), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
def ln():
    return R.randint(12, 480)
def uid():
    return "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
def pick(*a):
    return R.choice(a)
def user():
    return pick("wandb", "wandb_app", "gorilla", "svc_wandb", "admin")
def db():
    return pick("wandb_local", "wandb", "wandb_prod")
def bucket():
    return pick("wandb-artifacts", "ml-bucket", "wandb-local-files", "team-runs")
def akid():
    return "AKIA" + tok(16, string.ascii_uppercase + "234567")
def jwt_hdr():
    return base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
def jwt_body():
    body = '{"sub":"%s","iss":"https://%s","exp":%d}' % (uid(), host("idp"), R.randint(1700000000, 1800000000))
    return base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")

CUR = []
def s(x):
    CUR.append(x)
    return x

POS, NEG, SOURCES = [], [], {}
def pos(name, src):
    def d(f):
        POS.append((name, f)); SOURCES[name] = src; return f
    return d
def neg(name, src):
    def d(f):
        NEG.append((name, f)); SOURCES[name] = src; return f
    return d

U_STACKP = "https://github.com/cknd/stackprinter/blob/master/README.md"
U_BEXC = "https://github.com/Qix-/better-exceptions (README output sample)"
U_PYTEST = "https://docs.pytest.org/en/stable/how-to/output.html (--showlocals / -l)"
U_SENTRY = "https://develop.sentry.dev/sdk/data-model/event-payloads/stacktrace/ (frame vars)"
U_TBV = "https://github.com/andy-landy/traceback_with_variables/blob/master/README.md"
U_RICH = "https://rich.readthedocs.io/en/stable/traceback.html (show_locals)"
U_PYD2 = "https://docs.pydantic.dev/latest/errors/validation_errors/ ; https://github.com/pydantic/pydantic/issues/8723"
U_PYD1 = "https://docs.pydantic.dev/1.10/usage/settings/ (BaseSettings repr)"
U_DJ = "https://docs.djangoproject.com/en/5.0/howto/error-reporting/ (technical 500, SafeExceptionReporterFilter)"
U_SQLA = "https://docs.sqlalchemy.org/en/20/errors.html (DBAPIError [SQL:]/[parameters:])"
U_BOTO = "https://github.com/boto/botocore/blob/develop/botocore/endpoint.py (Sending http request debug)"
U_REQ = "https://requests.readthedocs.io/en/latest/api/ (HTTPError, ConnectionError messages)"
U_HTTPX = "https://www.python-httpx.org/logging/ ; https://www.python-httpx.org/exceptions/"
U_PYSPY = "https://github.com/benfred/py-spy (dump --locals)"
U_PYSTACK = "https://pystack.readthedocs.io/en/latest/ (remote --locals)"
U_SNOOP = "https://github.com/cool-RR/PySnooper/blob/master/README.md"
U_ICE = "https://github.com/gruns/icecream/blob/master/README.md"
U_DEVT = "https://python-devtools.helpmanual.io/usage/ (debug())"
U_RINSP = "https://rich.readthedocs.io/en/stable/reference/init.html#rich.inspect"
U_RPRETTY = "https://rich.readthedocs.io/en/stable/pretty.html"
U_SPEW = "https://github.com/davecgh/go-spew/blob/master/README.md"
U_LITTER = "https://github.com/sanity-io/litter/blob/master/README.md"
U_GOFMT = "https://pkg.go.dev/fmt (%v %+v %#v)"
U_GOH2 = "https://pkg.go.dev/net/http (GODEBUG=http2debug=2) ; golang.org/x/net/http2 transport.go vlogf"
U_DLV = "https://github.com/go-delve/delve/blob/master/Documentation/cli/README.md (print, locals, args)"
U_TESTIFY = "https://pkg.go.dev/github.com/stretchr/testify/assert (Not equal diff)"
U_GORM = "https://gorm.io/docs/logger.html"
U_EXPVAR = "https://pkg.go.dev/expvar (cmdline, memstats)"
U_ACT = "https://docs.spring.io/spring-boot/4.0/api/rest/actuator/env.html ; https://github.com/spring-projects/spring-boot/issues/12796"
U_ACTCP = "https://docs.spring.io/spring-boot/api/rest/actuator/configprops.html"
U_SPROPS = "https://docs.spring.io/spring-boot/appendix/application-properties/index.html"
U_HIKARI = "https://github.com/brettwooldridge/HikariCP (HikariConfig logConfiguration debug)"
U_JDBC = "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html"
U_JVM = "https://docs.oracle.com/en/java/javase/21/troubleshoot/environment-variables-and-system-properties.html (JAVA_TOOL_OPTIONS) ; jcmd VM.system_properties / VM.command_line"
U_HSERR = "https://docs.oracle.com/en/java/javase/21/troubleshoot/fatal-error-log.html"
U_LOMBOK = "https://projectlombok.org/features/ToString"
U_SBFA = "https://docs.spring.io/spring-boot/reference/features/external-config.html (binding failure report)"
U_AHC = "https://hc.apache.org/httpcomponents-client-4.5.x/logging.html (wire/headers logs)"
U_OKHTTP = "https://square.github.io/okhttp/features/interceptors/ ; HttpLoggingInterceptor redactHeader"
U_NINSP = "https://nodejs.org/api/util.html#utilinspectobject-options"
U_AXIOS = "https://github.com/axios/axios/issues/6919 ; https://github.com/axios/axios/issues/4246"
U_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc (auth-related configuration)"
U_NREP = "https://nodejs.org/api/report.html (diagnostic report JSON)"
U_IOREDIS = "https://github.com/redis/ioredis#debug (DEBUG=ioredis:*)"
U_JEST = "https://jestjs.io/docs/expect (toBe failure output)"
U_RAILS = "https://api.rubyonrails.org/classes/ActiveRecord/DatabaseConfigurations/HashConfig.html ; https://guides.rubyonrails.org/configuring.html#config-filter-parameters"
U_SIDEKIQ = "https://github.com/sidekiq/sidekiq/wiki/Logging"
U_PHPVD = "https://www.php.net/manual/en/function.var-dump.php ; print_r ; var_export"
U_PHPTR = "https://www.php.net/manual/en/class.sensitiveparameter.php ; https://www.php.net/manual/en/ini.core.php#ini.zend.exception-ignore-args"
U_PHPINFO = "https://www.php.net/manual/en/function.phpinfo.php"
U_GDB = "http://www.manpagez.com/info/gdb/gdb_48.php (bt full) ; gdb manual 'info locals', 'print', 'x/s'"
U_STRINGS = "https://man7.org/linux/man-pages/man1/strings.1.html"
U_COREDUMPCTL = "https://www.freedesktop.org/software/systemd/man/latest/coredumpctl.html"
U_RUST = "https://doc.rust-lang.org/std/fmt/trait.Debug.html ({:?} / {:#?})"
U_REQWEST = "https://docs.rs/reqwest/latest/reqwest/struct.Error.html (Debug)"
U_SQLX = "https://docs.rs/sqlx/latest/sqlx/mysql/struct.MySqlConnectOptions.html"
U_SECRECY = "https://docs.rs/secrecy/latest/secrecy/ (Debug prints [REDACTED])"
U_RUSTPANIC = "https://doc.rust-lang.org/std/macro.panic.html ; Result::unwrap message"
U_CELERY = "https://docs.celeryq.dev/en/stable/userguide/workers.html (banner, -l debug)"
U_GUNI = "https://docs.gunicorn.org/en/stable/settings.html (raw_env, --log-level debug prints configuration)"
U_OMEGA = "https://omegaconf.readthedocs.io/en/latest/usage.html (to_yaml, oc.env)"
U_FLASK = "https://flask.palletsprojects.com/en/stable/config/ (Config repr)"
U_DJDIFF = "https://docs.djangoproject.com/en/5.0/ref/django-admin/#diffsettings"
U_SUBP = "https://docs.python.org/3/library/subprocess.html#subprocess.CalledProcessError"
U_GITPY = "https://gitpython.readthedocs.io/en/stable/reference.html#git.exc.GitCommandError"
U_NODECP = "https://nodejs.org/api/child_process.html (Command failed error)"
U_CFGP = "https://docs.python.org/3/library/configparser.html#configparser.InterpolationSyntaxError"
U_YAML = "https://pyyaml.org/wiki/PyYAMLDocumentation (ScannerError mark snippet)"
U_JSONSCHEMA = "https://python-jsonschema.readthedocs.io/en/stable/errors/"
U_FASTAPI = "https://fastapi.tiangolo.com/tutorial/handling-errors/ (RequestValidationError 422 body)"
U_PDB = "https://docs.python.org/3/library/pdb.html"
U_UNITTEST = "https://docs.python.org/3/library/unittest.html (assertEqual diff)"
U_ARGP = "https://docs.python.org/3/library/argparse.html (Namespace repr, help)"
U_PYREPR = "https://docs.python.org/3/library/urllib.parse.html (ParseResult repr) ; http.cookies ; collections.namedtuple"
U_HTTPCLIENT = "https://docs.python.org/3/library/http.client.html (set_debuglevel: send/reply/header)"
U_ATTRS = "https://www.attrs.org/en/stable/examples.html (repr)"
U_BOTOCRED = "https://github.com/boto/botocore/blob/develop/botocore/credentials.py (ReadOnlyCredentials namedtuple)"
U_URLLIB3 = "https://urllib3.readthedocs.io/en/stable/reference/urllib3.connectionpool.html (debug request line)"
U_IPY = "https://ipython.readthedocs.io/en/stable/api/generated/IPython.core.ultratb.html (Verbose mode)"
U_CGITB = "https://docs.python.org/3.10/library/cgitb.html (format='text')"
U_KWARGS = "https://docs.python.org/3/library/pprint.html"
U_KOTLIN = "https://kotlinlang.org/docs/data-classes.html (toString)"
U_JREC = "https://docs.oracle.com/en/java/javase/21/language/records.html (toString)"
U_NFE = "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/NumberFormatException.html"
U_TOMCAT = "https://tomcat.apache.org/tomcat-10.1-doc/jndi-datasource-examples-howto.html"
U_GOERR = "https://pkg.go.dev/errors ; https://github.com/go-sql-driver/mysql#dsn-data-source-name"
U_GOTEST = "https://pkg.go.dev/testing (t.Errorf output)"
U_HTTPDUMP = "https://pkg.go.dev/net/http/httputil#DumpRequestOut"
U_KRPRETTY = "https://pkg.go.dev/github.com/kr/pretty"
U_GOURL = "https://pkg.go.dev/net/url#URL.Redacted"
U_RBINSP = "https://docs.ruby-lang.org/en/3.4/Hash.html#method-i-inspect"
U_RBURI = "https://docs.ruby-lang.org/en/3.3/URI/InvalidURIError.html"
U_HPROF = "https://docs.spring.io/spring-boot/api/rest/actuator/heapdump.html ; strings(1)"
U_PROCENV = "https://man7.org/linux/man-pages/man5/proc_pid_environ.5.html"
U_WERKZEUG = "https://werkzeug.palletsprojects.com/en/stable/debug/ (console)"
U_GOT = "https://github.com/sindresorhus/got/blob/main/documentation/8-errors.md"
U_AXJSON = "https://axios-http.com/docs/handling_errors (error.toJSON())"
U_REDISPY = "https://redis-py.readthedocs.io/en/stable/connections.html (ConnectionPool connection_kwargs)"
U_PYMYSQL = "https://pymysql.readthedocs.io/en/latest/modules/connections.html"
U_SQLAURL = "https://docs.sqlalchemy.org/en/20/core/engines.html#sqlalchemy.engine.URL (repr masks, render_as_string)"
U_SENTRYBC = "https://develop.sentry.dev/sdk/data-model/event-payloads/breadcrumbs/"
U_NUXT = "https://nodejs.org/api/process.html#processenv"
U_JSCH = "https://json-schema.org/understanding-json-schema/reference/string ; pydantic model_json_schema writeOnly"

# ---------------------------------------------------------------- positives
# Python tracebacks with locals
@pos("stackprinter_frame_dotted_block_mysql_dsn_local", U_STACKP)
def _():
    p = s(pw()); u = user(); h = host(); n = ln(); d = db()
    return ["File /usr/local/lib/python3.11/site-packages/wandb_local/db.py, line %d, in connect" % n,
            "    %d        engine = create_engine(dsn, pool_pre_ping=True)" % (n - 1),
            "--> %d        with engine.connect() as conn:" % n,
            "    " + "." * 50,
            "     dsn = 'mysql+pymysql://%s:%s@%s:3306/%s'" % (u, p, h, d),
            "     engine = Engine(mysql+pymysql://%s:***@%s:3306/%s)" % (u, h, d),
            "    " + "." * 50]

@pos("stackprinter_local_dict_s3_secret_key_item", U_STACKP)
def _():
    k = s(b64s(40)); n = ln()
    return ["File /app/storage/s3.py, line %d, in upload_chunk" % n,
            "--> %d        client.put_object(Bucket=cfg['bucket'], Key=key, Body=body)" % n,
            "    " + "." * 50,
            "     cfg = {'bucket': '%s', 'endpoint': 'https://%s', 'access_key': '%s', 'secret_key': '%s'}" % (bucket(), host("s3"), akid(), k),
            "     key = 'runs/%s/files/output.log'" % hx(8),
            "    " + "." * 50]

@pos("better_exceptions_pipe_marker_redis_password_arg", U_BEXC)
def _():
    p = s(pw()); h = host("redis"); n = ln()
    return ["Traceback (most recent call last):",
            '  File "/app/cache.py", line %d, in get_client' % n,
            "    return redis.Redis(host=host, port=6379, password=password)",
            "           │              │                     └ '%s'" % p,
            "           │              └ '%s'" % h,
            "           └ <module 'redis' from '/usr/local/lib/python3.11/site-packages/redis/__init__.py'>",
            "redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled."]

@pos("better_exceptions_marker_bearer_header_fstring", U_BEXC)
def _():
    t = s(tok(40)); n = ln()
    return ['  File "/app/sync.py", line %d, in push' % n,
            '    headers = {"Authorization": f"Bearer {token}"}',
            "                                         └ '%s'" % t,
            "KeyError: 'run_id'"]

@pos("pytest_showlocals_aligned_api_key_local_prefix", U_PYTEST)
def _():
    k = s(hx(40)); n = ln()
    return ["api        = <wandb.apis.public.Api object at %s>" % addr(),
            "api_key    = 'local-%s'" % k,
            "base_url   = 'https://%s'" % host("web"),
            "",
            "tests/test_server.py:%d: " % n,
            "_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _",
            "E   wandb.errors.CommError: It appears that you do not have permission to access the requested resource."]

@pos("pytest_showlocals_headers_dict_cookie", U_PYTEST)
def _():
    c = s(b64u(32)); n = ln()
    return ["client     = <starlette.testclient.TestClient object at %s>" % addr(),
            "headers    = {'Cookie': 'wandb_session=%s', 'X-Request-Id': '%s'}" % (c, uid()),
            "resp       = <Response [403]>",
            "",
            ">       assert resp.status_code == 200",
            "E       assert 403 == 200",
            "E        +  where 403 = <Response [403]>.status_code"]

@pos("sentry_frame_vars_repr_string_password", U_SENTRY)
def _():
    p = s(pw()); n = ln()
    return ['        {',
            '          "filename": "wandb_local/mysql.py",',
            '          "function": "open_pool",',
            '          "lineno": %d,' % n,
            '          "vars": {',
            '            "host": "\'%s\'",' % host(),
            '            "passwd": "\'%s\'",' % p,
            '            "pool_size": "10"',
            '          }',
            '        },']

@pos("sentry_frame_vars_nested_settings_client_secret", U_SENTRY)
def _():
    c = s(b64u(36))
    return ['"vars": {"self": "<wandb_local.auth.OIDCClient object at %s>", "settings": {"issuer": "\'https://%s\'", "client_id": "\'wandb-%s\'", "client_secret": "\'%s\'"}}' % (addr(), host("idp"), hx(6), c)]

@pos("traceback_with_variables_indented_token_local", U_TBV)
def _():
    t = s(tok(32)); n = ln()
    return ["Traceback with variables (most recent call last):",
            '  File "/app/hooks/slack.py", line %d, in notify' % n,
            "    resp = requests.post(url, json=payload, timeout=10)",
            "      url = 'https://hooks.slack.com/services/T%s/B%s/%s'" % (tok(8, string.ascii_uppercase + string.digits), tok(8, string.ascii_uppercase + string.digits), t),
            "      payload = {'text': 'run finished'}",
            "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='hooks.slack.com', port=443): Max retries exceeded"]

@pos("rich_traceback_locals_box_license_jwt_signature", U_RICH)
def _():
    sig = s(b64u(86))
    return ["│ ╭──────────────────────────────── locals ─────────────────────────────────╮ │",
            "│ │ license = 'eyJ%s.%s.%s' │ │" % (jwt_hdr()[3:], jwt_body(), sig),
            "│ │    path = '/etc/wandb/license' │ │",
            "│ ╰──────────────────────────────────────────────────────────────────────────╯ │",
            "╰──────────────────────────────────────────────────────────────────────────────╯",
            "LicenseError: license expired"]

@pos("ipython_ultratb_verbose_call_signature_password", U_IPY)
def _():
    p = s(pw()); n = ln()
    return ["File /app/wandb_local/migrate.py:%d, in run_migrations(dsn='mysql://%s:%s@%s:3306/%s', dry_run=False)" % (n, user(), p, host(), db()),
            "    %d     engine = sa.create_engine(dsn)" % (n - 1),
            "--> %d     with engine.begin() as conn:" % n,
            "    %d         conn.execute(sa.text(stmt))" % (n + 1),
            "OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server\")"]

@pos("cgitb_text_frame_args_smtp_password", U_CGITB)
def _():
    p = s(pw()); n = ln()
    return ["/app/mailer.py in send(self=<mailer.Mailer object>, msg=<email.message.EmailMessage object>)",
            "   %d         smtp.starttls()" % (n - 1),
            "   %d         smtp.login(self.user, self.password)" % n,
            "smtp = <smtplib.SMTP object>, smtp.login = <bound method SMTP.login of <smtplib.SMTP object>>, self = <mailer.Mailer object>, self.user = 'alerts@example.com', self.password = '%s'" % p]

@pos("django_technical500_text_meta_http_authorization", U_DJ)
def _():
    t = s(tok(40))
    return ["META:",
            "CONTENT_TYPE = 'application/json'",
            "HTTP_AUTHORIZATION = 'Bearer %s'" % t,
            "HTTP_COOKIE = '********************'",
            "HTTP_HOST = '%s'" % host("web"),
            "HTTP_X_FORWARDED_FOR = '%s'" % ip()]

@pos("django_technical500_post_data_plain_field", U_DJ)
def _():
    k = s(hx(40))
    return ["GET: No GET data", "", "POST:", "username = 'admin'", "api_key = 'local-%s'" % k, "", "FILES: No FILES data"]

@pos("requests_headers_caseinsensitivedict_repr_in_log", U_REQ)
def _():
    t = s(tok(44))
    return ["%s DEBUG wandb_local.relay: outgoing headers {'User-Agent': 'python-requests/2.31.0', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'Authorization': 'Bearer %s'}" % (ts2(), t)]

# pydantic
@pos("pydantic_v2_dict_input_value_mysql_password", U_PYD2)
def _():
    p = s(pw())
    return ["pydantic_core._pydantic_core.ValidationError: 1 validation error for MySQLSettings",
            "port",
            "  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='3306/tcp', input_type=str]",
            "    For further information visit https://errors.pydantic.dev/2.7/v/int_parsing",
            "model_fields_set: {'host', 'user', 'password'} values: {'host': '%s', 'user': '%s', 'password': '%s'}" % (host(), user(), p)]

@pos("pydantic_v2_missing_field_whole_dict_input", U_PYD2)
def _():
    c = s(b64u(40))
    return ["1 validation error for OIDCConfig",
            "issuer",
            "  Field required [type=missing, input_value={'client_id': 'wandb-ui', 'client_secret': '%s', 'auth_method': 'pkce'}, input_type=dict]" % c,
            "    For further information visit https://errors.pydantic.dev/2.9/v/missing"]

@pos("pydantic_v2_url_parsing_input_value_dsn", U_PYD2)
def _():
    p = s(pw())
    return ["2 validation errors for Settings",
            "redis_url",
            "  Input should be a valid URL, invalid port number [type=url_parsing, input_value='redis://:%s@%s:63790000/0', input_type=str]" % (p, host("redis")),
            "    For further information visit https://errors.pydantic.dev/2.6/v/url_parsing",
            "bucket",
            "  Field required [type=missing, input_value={}, input_type=dict]"]

@pos("pydantic_v2_string_too_short_input_value_token", U_PYD2)
def _():
    t = s(tok(24))
    return ["1 validation error for SlackIntegration",
            "signing_secret",
            "  String should have at least 32 characters [type=string_too_short, input_value='%s', input_type=str]" % t,
            "    For further information visit https://errors.pydantic.dev/2.8/v/string_too_short"]

@pos("pydantic_v2_pattern_mismatch_api_key", U_PYD2)
def _():
    k = s(hx(38))
    return ["ValidationError: 1 validation error for ClientSettings",
            "api_key",
            "  String should match pattern '^(local-)?[0-9a-f]{40}$' [type=string_pattern_mismatch, input_value='local-%s', input_type=str]" % k]

@pos("pydantic_v2_errors_list_repr_input_key", U_PYD2)
def _():
    k = s(b64s(40))
    return ["errors=[{'type': 'extra_forbidden', 'loc': ('s3', 'secretKey'), 'msg': 'Extra inputs are not permitted', 'input': '%s', 'url': 'https://errors.pydantic.dev/2.7/v/extra_forbidden'}]" % k]

@pos("pydantic_v2_json_invalid_input_value_env", U_PYD2)
def _():
    p = s(pw())
    return ["1 validation error for Settings",
            "mysql",
            "  Invalid JSON: expected value at line 1 column 1 [type=json_invalid, input_value='user=%s password=%s host=%s', input_type=str]" % (user(), p, host()),
            "    For further information visit https://errors.pydantic.dev/2.5/v/json_invalid"]

@pos("pydantic_v1_basesettings_repr_plain_str_fields", U_PYD1)
def _():
    p = s(pw()); k = s(b64s(40))
    return ["INFO  loaded settings: Settings(mysql_host='%s', mysql_password='%s', s3_access_key='%s', s3_secret_key='%s', debug=True)" % (host(), p, akid(), k)]

@pos("pydantic_v2_model_repr_oidc_plain_secret", U_PYD2)
def _():
    c = s(b64u(32))
    return ["DEBUG auth.oidc config=OIDCConfig(issuer=Url('https://%s/realms/ml'), client_id='wandb', client_secret='%s', scopes=['openid', 'email'])" % (host("idp"), c)]

@pos("fastapi_422_body_input_field_secret", U_FASTAPI)
def _():
    p = s(pw())
    return ['{"detail":[{"type":"string_too_long","loc":["body","password"],"msg":"String should have at most 16 characters","input":"%s","ctx":{"max_length":16}}]}' % p]

@pos("jsonschema_validationerror_on_instance_password", U_JSONSCHEMA)
def _():
    p = s(pw())
    return ["jsonschema.exceptions.ValidationError: '%s' does not match '^[A-Za-z0-9]+$'" % p,
            "",
            "Failed validating 'pattern' in schema['properties']['smtp']['properties']['password']:",
            "    {'pattern': '^[A-Za-z0-9]+$', 'type': 'string'}",
            "",
            "On instance['smtp']['password']:",
            "    '%s'" % p]

@pos("configparser_interpolation_syntax_found_percent", U_CFGP)
def _():
    a = tok(5); b = s(tok(12))
    return ["  File \"/usr/lib/python3.11/configparser.py\", line 442, in _interpolate_some",
            "    raise InterpolationSyntaxError(",
            "configparser.InterpolationSyntaxError: '%%' must be followed by '%%' or '(', found: '%%%s'" % b]

@pos("pyyaml_scanner_error_mark_snippet_password_line", U_YAML)
def _():
    p = s(pw())
    return ["yaml.scanner.ScannerError: mapping values are not allowed here",
            '  in "/etc/wandb/values.yaml", line 14, column 23',
            "    password: %s: %s" % (p, tok(4)),
            "                          ^"]

@pos("int_cast_valueerror_env_holding_token", U_PYREPR)
def _():
    t = s(tok(32))
    return ['  File "/app/config.py", line 31, in <module>',
            '    REDIS_DB = int(os.environ.get("REDIS_DB", "0"))',
            "ValueError: invalid literal for int() with base 10: '%s'" % t]

@pos("keyerror_token_lookup_cache_miss", U_PYREPR)
def _():
    t = s(b64u(43))
    return ['  File "/app/auth/tokens.py", line 57, in resolve',
            "    return self._cache[token]",
            "KeyError: '%s'" % t]

# reprs of clients / config objects
@pos("sqlalchemy_dbapierror_parameters_tuple_token", U_SQLA)
def _():
    t = s(b64u(43))
    return ["sqlalchemy.exc.IntegrityError: (pymysql.err.IntegrityError) (1062, \"Duplicate entry '%d' for key 'api_keys.PRIMARY'\")" % R.randint(100, 9999),
            "[SQL: INSERT INTO api_keys (id, user_id, secret) VALUES (%s, %s, %s)]",
            "[parameters: (%d, %d, '%s')]" % (R.randint(100, 9999), R.randint(1, 500), t),
            "(Background on this error at: https://sqlalche.me/e/20/gkpj)"]

@pos("sqlalchemy_echo_generated_params_reset_token", U_SQLA)
def _():
    t = s(tok(36))
    return ["%s INFO sqlalchemy.engine.Engine UPDATE users SET reset_token=%%(reset_token)s WHERE users.id = %%(users_id)s" % ts2(),
            "%s INFO sqlalchemy.engine.Engine [generated in 0.00021s] {'reset_token': '%s', 'users_id': %d}" % (ts2(), t, R.randint(1, 900))]

@pos("sqlalchemy_url_render_unmasked_debug_print", U_SQLAURL)
def _():
    p = s(pw())
    return [">>> print(engine.url.render_as_string(hide_password=False))",
            "mysql+pymysql://%s:%s@%s:3306/%s?charset=utf8mb4" % (user(), p, host(), db())]

@pos("botocore_awspreparedrequest_headers_bytes_token_sig", U_BOTO)
def _():
    st = s(b64s(R.randint(120, 160))); sig = s(hx(64))
    return ["%s botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=GET, url=https://%s.s3.amazonaws.com/runs/index.json, headers={'User-Agent': b'Boto3/1.34.69 md/Botocore#1.34.69', 'X-Amz-Date': b'20240612T101112Z', 'X-Amz-Security-Token': b'IQoJb3JpZ2luX2VjE%s', 'X-Amz-Content-SHA256': b'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'Authorization': b'AWS4-HMAC-SHA256 Credential=ASIA%s/20240612/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=%s'}>" % (ts2(), bucket(), st, tok(16, string.ascii_uppercase + "234567"), sig)]

@pos("botocore_readonlycredentials_namedtuple_print", U_BOTOCRED)
def _():
    k = s(b64s(40))
    return [">>> session.get_credentials().get_frozen_credentials()",
            "ReadOnlyCredentials(access_key='%s', secret_key='%s', token=None)" % (akid(), k)]

@pos("redispy_connection_kwargs_dict_locals", U_REDISPY)
def _():
    p = s(pw())
    return ["    pool = ConnectionPool<Connection<host=%s,port=6379,db=0>>" % host("redis"),
            "    pool.connection_kwargs = {'host': '%s', 'port': 6379, 'db': 0, 'username': None, 'password': '%s', 'socket_timeout': 5}" % (host("redis"), p)]

@pos("pymysql_connect_args_tuple_stack_local", U_PYMYSQL)
def _():
    p = s(pw()); u = user()
    return ['  File "/usr/local/lib/python3.11/site-packages/pymysql/connections.py", line 361, in __init__',
            "    self.connect()",
            "        args = ('%s', '%s', '%s', 3306)" % (host(), u, p),
            "pymysql.err.OperationalError: (1045, \"Access denied for user '%s'@'%s' (using password: YES)\")" % (u, ip())]

@pos("argparse_namespace_repr_cli_debug", U_ARGP)
def _():
    k = s(hx(40))
    return ["DEBUG:wandb_local.cli:parsed args: Namespace(host='https://%s', api_key='%s', project='%s', verbose=True)" % (host("web"), k, pick("sweeps", "bench", "llm-eval"))]

@pos("urlparse_parseresult_repr_netloc_password", U_PYREPR)
def _():
    p = s(pw())
    return ["DEBUG parsed=ParseResult(scheme='mysql', netloc='%s:%s@%s:3306', path='/%s', params='', query='tls=true', fragment='')" % (user(), p, host(), db())]

@pos("simplecookie_repr_session_value", U_PYREPR)
def _():
    c = s(b64u(40))
    return ["cookie = <SimpleCookie: wandb_session='%s'>" % c]

@pos("requests_cookiejar_repr_cookie_for_domain", U_REQ)
def _():
    c = s(b64u(44))
    return ["DEBUG session cookies: <RequestsCookieJar[<Cookie AWSELBAuthSessionCookie-0=%s for %s/>]>" % (c, host("web"))]

@pos("attrs_repr_s3config_secret_access_key", U_ATTRS)
def _():
    k = s(b64s(40))
    return ["S3Config(bucket='%s', region='us-east-1', access_key_id='%s', secret_access_key='%s', endpoint_url='https://%s')" % (bucket(), akid(), k, host("s3"))]

@pos("flask_config_repr_secret_key_werkzeug_console", U_FLASK)
def _():
    k = s(hx(48))
    return [">>> app.config",
            "<Config {'DEBUG': True, 'TESTING': False, 'SECRET_KEY': '%s', 'SESSION_COOKIE_NAME': 'session', 'PERMANENT_SESSION_LIFETIME': datetime.timedelta(days=31)}>" % k]

@pos("django_diffsettings_secret_key_and_db_password", U_DJDIFF)
def _():
    k = s(tok(50, AL + "!@#%^&*(-_=+)")); p = s(pw())
    return ["$ python manage.py diffsettings",
            "ALLOWED_HOSTS = ['%s']" % host("web"),
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': '%s', 'USER': '%s', 'PASSWORD': '%s', 'HOST': '%s'}}" % (db(), user(), p, host()),
            "SECRET_KEY = '%s'" % k]

@pos("pprint_nested_config_dict_multiline", U_KWARGS)
def _():
    c = s(b64u(30))
    return ["{'auth': {'oidc': {'client_id': 'wandb',",
            "                   'client_secret': '%s'," % c,
            "                   'issuer': 'https://%s/'}}," % host("idp"),
            " 'bucket': 's3://%s'}" % bucket()]

@pos("omegaconf_to_yaml_job_start_print", U_OMEGA)
def _():
    p = s(pw()); k = s(hx(40))
    return ["[%s][__main__][INFO] - config:" % ts2().replace(",", "."),
            "db:",
            "  host: %s" % host(),
            "  password: %s" % p,
            "wandb:",
            "  api_key: %s" % k,
            "  entity: %s" % pick("ml-team", "research")]

@pos("gunicorn_debug_current_configuration_raw_env", U_GUNI)
def _():
    k = s(hx(40))
    return ["[%s +0000] [1] [DEBUG] Current configuration:" % ts2()[:19],
            "  config: ./gunicorn.conf.py",
            "  bind: ['0.0.0.0:8080']",
            "  raw_env: ['WANDB_BASE_URL=https://%s', 'WANDB_API_KEY=%s']" % (host("web"), k),
            "  workers: 4"]

@pos("celery_debug_taskpool_apply_args_token", U_CELERY)
def _():
    t = s(tok(40))
    return ["[%s: DEBUG/MainProcess] TaskPool: Apply <function fast_trace_task at %s> (args:('app.tasks.sync_artifacts', '%s', {'lang': 'py', 'task': 'app.tasks.sync_artifacts', 'id': '%s'}, ('%s', 'ml-team'), {}) kwargs:{})" % (ts2(), addr(), uid(), uid(), t)]

@pos("calledprocesserror_mysql_cli_p_flag_list", U_SUBP)
def _():
    p = s(pw())
    return ["subprocess.CalledProcessError: Command '['mysqldump', '-h', '%s', '-u', '%s', '-p%s', '--single-transaction', '%s']' returned non-zero exit status 2." % (host(), user(), p, db())]

@pos("timeoutexpired_curl_header_string", U_SUBP)
def _():
    t = s(tok(40))
    return ["subprocess.TimeoutExpired: Command 'curl -sS -H \"Authorization: Bearer %s\" https://%s/healthz' timed out after 30 seconds" % (t, host("web"))]

@pos("gitpython_gitcommanderror_cmdline_oauth2_userinfo", U_GITPY)
def _():
    t = s(tok(20, AL + "-_"))
    return ["git.exc.GitCommandError: Cmd('git') failed due to: exit code(128)",
            "  cmdline: git clone -v -- https://oauth2:glpat-%s@gitlab.example.com/ml/train.git /tmp/code" % t,
            "  stderr: 'Cloning into '/tmp/code'...",
            "fatal: unable to access 'https://gitlab.example.com/ml/train.git/': Could not resolve host: gitlab.example.com'"]

@pos("pdb_print_attribute_api_key_session", U_PDB)
def _():
    k = s(hx(40))
    return ["(Pdb) p self.settings.api_key", "'local-%s'" % k, "(Pdb) p self.settings.base_url", "'https://%s'" % host("web")]

@pos("unittest_assertequal_minus_plus_lines", U_UNITTEST)
def _():
    a = s(tok(32)); b = s(tok(32))
    return ["AssertionError: '%s' != '%s'" % (a, b), "- %s" % a, "+ %s" % b]

@pos("pytest_assert_rewrite_where_token_compare", U_PYTEST)
def _():
    a = s(hx(40))
    return [">       assert cfg.api_key == expected",
            "E       AssertionError: assert 'local-%s' == 'local-'" % a,
            "E         - local-",
            "E         + local-%s" % a]

@pos("http_client_debuglevel_reply_header_set_cookie", U_HTTPCLIENT)
def _():
    c = s(b64u(40))
    return ["reply: 'HTTP/1.1 302 Found\\r\\n'",
            "header: Location: https://%s/home" % host("web"),
            "header: Set-Cookie: wandb_session=%s; Path=/; HttpOnly; Secure; SameSite=Lax" % c,
            "header: Content-Length: 0"]

@pos("urllib3_max_retries_url_query_api_key", U_URLLIB3)
def _():
    k = s(hx(40))
    return ["requests.exceptions.ConnectionError: HTTPSConnectionPool(host='%s', port=443): Max retries exceeded with url: /api/v1/export?api_key=%s&format=csv (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at %s>: Failed to establish a new connection: [Errno 111] Connection refused'))" % (host("web"), k, addr())]

@pos("urllib3_connectionpool_debug_line_access_token", U_URLLIB3)
def _():
    t = s(b64u(40))
    return ["DEBUG:urllib3.connectionpool:https://%s:443 \"GET /oauth/userinfo?access_token=%s HTTP/1.1\" 401 57" % (host("idp"), t)]

@pos("requests_httperror_for_url_signature_param", U_REQ)
def _():
    sig = s(hx(64))
    return ["requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://%s/%s/media/%s.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240611%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240611T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (host("s3"), bucket(), hx(12), akid(), sig)]

@pos("httpx_statuserror_client_error_for_url_token", U_HTTPX)
def _():
    t = s(tok(36))
    return ["httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://%s/api/v1/runs?token=%s'" % (host("web"), t),
            "For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/401"]

@pos("httpx_info_http_request_line_sas_sig", U_HTTPX)
def _():
    sig = s(tok(43))
    return ["INFO:httpx:HTTP Request: PUT https://wandbstore.blob.core.windows.net/runs/%s?sv=2022-11-02&se=2024-06-12T10%%3A00%%3A00Z&sr=b&sp=cw&sig=%s \"HTTP/1.1 201 Created\"" % (hx(10), sig)]

# Python debuggers / dumpers
@pos("pyspy_dump_locals_arguments_block", U_PYSPY)
def _():
    p = s(pw())
    return ["Thread 0x7F%s (active): \"MainThread\"" % hx(8).upper(),
            "    _connect (wandb_local/db.py:%d)" % ln(),
            "        Arguments:",
            "            self: <Database at %s>" % addr(),
            "            password: \"%s\"" % p,
            "        Locals:",
            "            attempt: %d" % R.randint(1, 5)]

@pos("pystack_remote_locals_python_frame", U_PYSTACK)
def _():
    t = s(tok(40))
    return ["    (Python) File \"/app/worker.py\", line %d, in poll" % ln(),
            "        resp = session.get(url, headers=headers, timeout=30)",
            "      Arguments:",
            "        queue: 'runs'",
            "      Locals:",
            "        headers: {'Authorization': 'Bearer %s'}" % t]

@pos("pysnooper_starting_var_new_var_lines", U_SNOOP)
def _():
    p = s(pw()); t = s(tok(32))
    return ["Source path:... /app/auth.py",
            "Starting var:.. username = 'admin'",
            "Starting var:.. password = '%s'" % p,
            "%s call        %d def login(username, password):" % (ts2()[11:].replace(",", "."), ln()),
            "New var:....... session_token = '%s'" % t]

@pos("icecream_ic_pipe_expression_value", U_ICE)
def _():
    c = s(b64u(32))
    return ["ic| settings.oidc_client_secret: '%s'" % c, "ic| settings.oidc_issuer: 'https://%s'" % host("idp")]

@pos("devtools_debug_model_multiline_type_suffix", U_DEVT)
def _():
    p = s(pw())
    return ["app/main.py:%d startup" % ln(),
            "    settings: Settings(",
            "        mysql_host='%s'," % host(),
            "        mysql_password='%s'," % p,
            "        debug=True,",
            "    ) (Settings)"]

@pos("rich_inspect_panel_attribute_rows", U_RINSP)
def _():
    k = s(hx(40))
    return ["╭───────────── <class 'wandb.sdk.wandb_settings.Settings'> ─────────────╮",
            "│      api_key = '%s' │" % k,
            "│     base_url = 'https://%s' │" % host("web"),
            "│       entity = None │",
            "╰───────────────────────────────────────────────────────────────────────╯"]

@pos("rich_pretty_dataclass_indent_guides", U_RPRETTY)
def _():
    t = s(tok(40))
    return ["SlackConfig(", "│   webhook='https://hooks.slack.com/services/T0%s/B0%s/%s'," % (tok(7, string.ascii_uppercase), tok(8, string.ascii_uppercase), t), "│   channel='#alerts'", ")"]

@pos("fstring_equals_debug_specifier_print", U_PYREPR)
def _():
    p = s(pw())
    return ["redis_host='%s' redis_port=6379 redis_password='%s'" % (host("redis"), p)]

# Go
@pos("go_panic_plus_v_struct_fields_password", U_GOFMT)
def _():
    p = s(pw())
    return ["panic: cannot connect with config {Host:%s Port:3306 User:%s Password:%s Database:%s TLS:true}" % (host(), user(), p, db()),
            "",
            "goroutine 1 [running]:",
            "main.mustConnect(...)",
            "\t/src/cmd/local/main.go:%d" % ln()]

@pos("go_sharp_v_oauth2_config_client_secret", U_GOFMT)
def _():
    c = s(b64u(40))
    return ["%s ERROR oidc setup failed: cfg=&oauth2.Config{ClientID:\"wandb-%s\", ClientSecret:\"%s\", Endpoint:oauth2.Endpoint{AuthURL:\"https://%s/authorize\", TokenURL:\"https://%s/oauth/token\", AuthStyle:0}, RedirectURL:\"https://%s/oidc/callback\", Scopes:[]string{\"openid\", \"email\"}}" % (ts(), hx(6), c, host("idp"), host("idp"), host("web"))]

@pos("go_spew_dump_struct_len_annotations", U_SPEW)
def _():
    k = s(b64s(40)); bk = bucket()
    return ["(*config.S3)(%s)({" % gaddr(),
            " Bucket: (string) (len=%d) \"%s\"," % (len(bk), bk),
            " AccessKeyID: (string) (len=20) \"%s\"," % akid(),
            " SecretAccessKey: (string) (len=40) \"%s\"," % k,
            " Region: (string) (len=9) \"us-east-1\"",
            "})"]

@pos("go_spew_sdump_map_string_string", U_SPEW)
def _():
    p = s(pw(16))
    return ["(map[string]string) (len=2) {", " (string) (len=4) \"user\": (string) (len=5) \"wandb\",", " (string) (len=8) \"password\": (string) (len=16) \"%s\"" % p, "}"]

@pos("go_litter_dump_pointer_struct", U_LITTER)
def _():
    p = s(pw())
    return ["&config.Redis{", "  Addr: \"%s:6379\"," % host("redis"), "  Password: \"%s\"," % p, "  DB: 0,", "}"]

@pos("go_kr_pretty_formatter_oidc", U_KRPRETTY)
def _():
    c = s(b64u(36))
    return ["&auth.OIDC{", "    Issuer:       \"https://%s\"," % host("idp"), "    ClientID:     \"wandb\",", "    ClientSecret: \"%s\"," % c, "    Scopes:       {\"openid\", \"profile\"},", "}"]

@pos("go_plus_v_http_request_header_map", U_GOFMT)
def _():
    t = s(tok(40))
    return ["%s DEBUG proxy: req=&{Method:POST URL:https://%s/graphql Proto:HTTP/1.1 ProtoMajor:1 ProtoMinor:1 Header:map[Authorization:[Bearer %s] Content-Type:[application/json]] ContentLength:%d Host:%s}" % (ts(), host("web"), t, R.randint(50, 900), host("web"))]

@pos("go_header_map_v_cookie_value", U_GOFMT)
def _():
    c = s(b64u(40))
    return ["headers: map[Accept:[*/*] Cookie:[wandb_session=%s] User-Agent:[Go-http-client/1.1]]" % c]

@pos("go_sql_driver_config_plus_v_passwd", U_GOERR)
def _():
    p = s(pw())
    return ["mysql cfg: &{User:%s Passwd:%s Net:tcp Addr:%s:3306 DBName:%s Params:map[] Collation:utf8mb4_general_ci Loc:UTC MaxAllowedPacket:67108864 TLSConfig:preferred Timeout:5s}" % (user(), p, host(), db())]

@pos("go_errorf_wrapped_quoted_dsn", U_GOERR)
def _():
    p = s(pw())
    return ["%s\tFATAL\tstore/open.go:%d\topen db \"%s:%s@tcp(%s:3306)/%s?parseTime=true\": dial tcp %s:3306: i/o timeout" % (ts(), ln(), user(), p, host(), db(), ip())]

@pos("go_panic_q_verb_token_then_goroutine", U_GOFMT)
def _():
    t = s(tok(40))
    return ["panic: unexpected token format \"%s\"" % t, "", "goroutine 42 [running]:", "github.com/wandb/core/internal/auth.parse(...)", "\t/src/internal/auth/parse.go:%d +0x1a4" % ln()]

@pos("go_test_errorf_got_want_quoted", U_GOTEST)
def _():
    a = s(tok(32)); b = s(tok(32))
    return ["--- FAIL: TestLoadConfig (0.00s)", "    config_test.go:%d: LicenseKey: got \"%s\", want \"%s\"" % (ln(), a, b), "FAIL"]

@pos("go_testify_not_equal_expected_actual", U_TESTIFY)
def _():
    a = s(pw()); b = s(pw())
    return ["    Error Trace:\tredis_test.go:%d" % ln(), "    Error:      \tNot equal: ", "                \texpected: \"%s\"" % a, "                \tactual  : \"%s\"" % b, "    Test:       \tTestRedisAuth"]

@pos("delve_print_struct_value_brace", U_DLV)
def _():
    p = s(pw())
    return ["(dlv) print cfg", "main.Config {Host: \"%s\", Port: 3306, User: \"%s\", Password: \"%s\", MaxConns: 20}" % (host(), user(), p)]

@pos("delve_locals_list_string_token", U_DLV)
def _():
    t = s(tok(36))
    return ["(dlv) locals", "resp = (*net/http.Response)(%s)" % gaddr(), "token = \"%s\"" % t, "err = error nil"]

@pos("go_http2debug_transport_encoding_header", U_GOH2)
def _():
    t = s(tok(40))
    return ["%s http2: Transport encoding header \":path\" = \"/api/v1/files\"" % ts2()[:19].replace("-", "/"),
            "%s http2: Transport encoding header \"authorization\" = \"Bearer %s\"" % (ts2()[:19].replace("-", "/"), t)]

@pos("go_http2debug_server_decoded_hpack_field", U_GOH2)
def _():
    c = s(b64u(40))
    return ["%s http2: decoded hpack field header field \"cookie\" = \"wandb_session=%s\"" % (ts2()[:19].replace("-", "/"), c)]

@pos("go_httputil_dumprequestout_log_block", U_HTTPDUMP)
def _():
    k = s(hx(40))
    return ["%s request dump:" % ts2()[:19].replace("-", "/"), "POST /api/v1/runs HTTP/1.1", "Host: %s" % host("web"), "X-Api-Key: %s" % k, "Content-Type: application/json"]

@pos("gorm_logger_sql_literal_api_key_where", U_GORM)
def _():
    k = s(hx(40))
    return ["2024/%02d/%02d 10:11:12 /src/store/keys.go:%d" % (R.randint(1, 12), R.randint(1, 28), ln()),
            "[%.3fms] [rows:0] SELECT * FROM `api_keys` WHERE secret = \"%s\" ORDER BY `api_keys`.`id` LIMIT 1" % (R.random() * 5, k)]

@pos("go_expvar_debug_vars_cmdline_flag", U_EXPVAR)
def _():
    p = s(pw())
    return ['{', '"cmdline": ["/usr/local/bin/gorilla","--redis-addr=%s:6379","--redis-password=%s"],' % (host("redis"), p), '"memstats": {"Alloc":%d,"TotalAlloc":%d}' % (R.randint(10**6, 10**8), R.randint(10**8, 10**9)), '}']

@pos("go_url_string_method_userinfo_log", U_GOURL)
def _():
    p = s(pw())
    return ["%s\tINFO\tcache/connect.go:%d\tdialing redis url=rediss://default:%s@%s:6380/0" % (ts(), ln(), p, host("redis"))]

# Java / Spring
@pos("actuator_env_show_values_datasource_password", U_ACT)
def _():
    p = s(pw())
    return ['    "name" : "Config resource \'class path resource [application.yml]\' via location \'optional:classpath:/\'",',
            '    "properties" : {',
            '      "spring.datasource.password" : {',
            '        "value" : "%s",' % p,
            '        "origin" : "class path resource [application.yml] - 7:17"',
            '      },']

@pos("actuator_env_sun_java_command_masked_key_leak", U_ACT)
def _():
    p = s(pw())
    return ['      "spring.data.redis.password" : {', '        "value" : "******"', '      },',
            '      "sun.java.command" : {',
            '        "value" : "/app/wandb-bridge.jar --spring.data.redis.password=%s --server.port=8081"' % p,
            '      },']

@pos("actuator_env_system_environment_origin", U_ACT)
def _():
    k = s(b64s(40))
    return ['      "AWS_SECRET_ACCESS_KEY" : {', '        "value" : "%s",' % k, '        "origin" : "System Environment Property \\"AWS_SECRET_ACCESS_KEY\\""', '      },']

@pos("actuator_configprops_datasource_properties_inputs", U_ACTCP)
def _():
    p = s(pw())
    return ['"spring.datasource-org.springframework.boot.autoconfigure.jdbc.DataSourceProperties" : {',
            '  "prefix" : "spring.datasource",',
            '  "properties" : {',
            '    "url" : "jdbc:mysql://%s:3306/%s",' % (host(), db()),
            '    "username" : "%s",' % user(),
            '    "password" : "%s"' % p, '  },']

@pos("spring_application_properties_dotted_keys", U_SPROPS)
def _():
    p = s(pw()); c = s(b64u(36))
    return ["spring.datasource.url=jdbc:mysql://%s:3306/%s" % (host(), db()), "spring.datasource.username=%s" % user(), "spring.datasource.password=%s" % p,
            "spring.security.oauth2.client.registration.wandb.client-secret=%s" % c]

@pos("spring_application_yml_nested_ssl_keystore", U_SPROPS)
def _():
    p = s(pw())
    return ["server:", "  port: 8443", "  ssl:", "    key-store: classpath:keystore.p12", "    key-store-password: %s" % p, "    key-store-type: PKCS12"]

@pos("jdbc_url_query_user_password_params_log", U_JDBC)
def _():
    p = s(pw())
    return ["%s  INFO 1 --- [           main] c.w.bridge.DbConfig : using jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true&serverTimezone=UTC" % (ts2().replace(",", "."), host(), db(), user(), p)]

@pos("hikari_config_dump_jdbcurl_unmasked_old", U_HIKARI)
def _():
    p = s(pw())
    return ["DEBUG com.zaxxer.hikari.HikariConfig - HikariPool-1 - configuration:",
            "DEBUG com.zaxxer.hikari.HikariConfig - idleTimeout.....................600000",
            "DEBUG com.zaxxer.hikari.HikariConfig - jdbcUrl.........................jdbc:mysql://%s:3306/%s?password=%s" % (host(), db(), p),
            "DEBUG com.zaxxer.hikari.HikariConfig - maximumPoolSize.................10"]

@pos("java_tool_options_picked_up_truststore_password", U_JVM)
def _():
    p = s(pw())
    return ["Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75.0 -Djavax.net.ssl.trustStore=/etc/ssl/wandb/truststore.jks -Djavax.net.ssl.trustStorePassword=%s" % p]

@pos("jcmd_vm_system_properties_keystore_password", U_JVM)
def _():
    p = s(pw())
    return ["%d:" % R.randint(1, 9999), "#%s" % pick("Tue Jun 11 10:00:00 UTC 2024", "Fri Mar 01 08:15:42 UTC 2024"), "java.vm.vendor=Eclipse Adoptium", "javax.net.ssl.keyStorePassword=%s" % p, "javax.net.ssl.keyStore=/etc/ssl/wandb/keystore.p12"]

@pos("jcmd_vm_command_line_jvm_args_d_property", U_JVM)
def _():
    p = s(pw())
    return ["VM Arguments:", "jvm_args: -Xmx2g -Dspring.profiles.active=prod -Dspring.datasource.password=%s" % p, "java_command: /app/bridge.jar", "java_class_path (initial): /app/bridge.jar"]

@pos("hs_err_pid_log_jvm_args_section", U_HSERR)
def _():
    k = s(b64s(40))
    return ["---------------  S Y S T E M  ---------------", "", "Command Line: -Xmx1g -Daws.secretAccessKey=%s -Daws.accessKeyId=%s /app/exporter.jar" % (k, akid()), "", "Host: Intel(R) Xeon(R) CPU, 8 cores, 31G, Ubuntu 22.04.4 LTS"]

@pos("lombok_tostring_datasource_config", U_LOMBOK)
def _():
    p = s(pw())
    return ["%s DEBUG 1 --- [main] c.w.b.config.Loader : loaded DataSourceConfig(url=jdbc:mysql://%s:3306/%s, username=%s, password=%s, poolSize=10)" % (ts2().replace(",", "."), host(), db(), user(), p)]

@pos("java_record_tostring_square_brackets", U_JREC)
def _():
    k = s(b64s(40))
    return ["S3Props[bucket=%s, region=us-east-1, accessKey=%s, secretKey=%s]" % (bucket(), akid(), k)]

@pos("kotlin_data_class_tostring_in_exception", U_KOTLIN)
def _():
    c = s(b64u(32))
    return ["java.lang.IllegalStateException: invalid OIDC config OidcConfig(issuer=https://%s, clientId=wandb, clientSecret=%s)" % (host("idp"), c),
            "\tat com.example.wandb.auth.OidcKt.validate(Oidc.kt:%d)" % ln()]

@pos("spring_binding_failure_property_value_origin", U_SBFA)
def _():
    c = s(b64u(40))
    return ["Binding to target com.example.bridge.OidcProperties failed:", "", "    Property: app.oidc.client-secret", "    Value: \"%s\"" % c,
            "    Origin: System Environment Property \"APP_OIDC_CLIENTSECRET\"", "    Reason: size must be between 0 and 32"]

@pos("java_numberformatexception_for_input_string", U_NFE)
def _():
    p = s(pw())
    return ["java.lang.NumberFormatException: For input string: \"%s\"" % p, "\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)", "\tat java.base/java.lang.Integer.parseInt(Integer.java:662)"]

@pos("apache_httpclient_headers_log_outgoing", U_AHC)
def _():
    t = s(tok(40))
    return ["DEBUG org.apache.http.headers - http-outgoing-0 >> GET /api/v1/viewer HTTP/1.1", "DEBUG org.apache.http.headers - http-outgoing-0 >> Authorization: Bearer %s" % t, "DEBUG org.apache.http.headers - http-outgoing-0 >> Host: %s" % host("web")]

@pos("apache_httpclient_wire_quoted_crlf_markers", U_AHC)
def _():
    k = s(hx(40))
    return ["DEBUG org.apache.http.wire - http-outgoing-1 >> \"X-Api-Key: %s[\\r][\\n]\"" % k, "DEBUG org.apache.http.wire - http-outgoing-1 >> \"[\\r][\\n]\""]

@pos("okhttp_logging_interceptor_request_headers", U_OKHTTP)
def _():
    t = s(tok(40))
    return ["I/okhttp.OkHttpClient: --> POST https://%s/graphql" % host("web"), "I/okhttp.OkHttpClient: Content-Type: application/json", "I/okhttp.OkHttpClient: Authorization: Bearer %s" % t, "I/okhttp.OkHttpClient: --> END POST (%d-byte body)" % R.randint(50, 900)]

@pos("tomcat_context_xml_resource_password_attr", U_TOMCAT)
def _():
    p = s(pw())
    return ['<Resource name="jdbc/wandb" auth="Container" type="javax.sql.DataSource"', '          username="%s" password="%s"' % (user(), p), '          driverClassName="com.mysql.cj.jdbc.Driver"', '          url="jdbc:mysql://%s:3306/%s"/>' % (host(), db())]

@pos("strings_hprof_property_name_then_value_line", U_HPROF)
def _():
    p = s(pw())
    return ["spring.datasource.url", "jdbc:mysql://%s:3306/%s" % (host(), db()), "spring.datasource.password", p, "java/util/concurrent/ConcurrentHashMap"]

# Node.js
@pos("node_util_inspect_object_single_quotes", U_NINSP)
def _():
    p = s(pw())
    return ["redis options: { host: '%s', port: 6379, password: '%s', db: 0, tls: undefined }" % (host("redis"), p)]

@pos("node_util_inspect_multiline_nested_depth", U_NINSP)
def _():
    k = s(b64s(40))
    return ["{", "  storage: {", "    bucket: '%s'," % bucket(), "    credentials: { accessKeyId: '%s', secretAccessKey: '%s' }," % (akid(), k), "    region: 'us-east-1'", "  },", "  retries: 3", "}"]

@pos("axios_error_config_axiosheaders_authorization", U_AXIOS)
def _():
    t = s(tok(40))
    return ["AxiosError: Request failed with status code 401", "    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12) {", "  code: 'ERR_BAD_REQUEST',", "  config: {",
            "    headers: Object [AxiosHeaders] {", "      Accept: 'application/json, text/plain, */*',", "      Authorization: 'Bearer %s'," % t, "      'User-Agent': 'axios/1.6.8'", "    },"]

@pos("axios_error_request_header_string_escaped_crlf", U_AXIOS)
def _():
    k = s(hx(40))
    return ["  request: <ref *1> ClientRequest {",
            "    _header: 'GET /api/v1/viewer HTTP/1.1\\r\\n' +",
            "      'Accept: application/json, text/plain, */*\\r\\n' +",
            "      'X-Api-Key: %s\\r\\n' +" % k,
            "      'Host: %s\\r\\n' +" % host("web"),
            "      'Connection: keep-alive\\r\\n' +", "      '\\r\\n',"]

@pos("axios_tojson_single_line_config_headers", U_AXJSON)
def _():
    t = s(tok(40))
    return ['{"message":"Request failed with status code 403","name":"AxiosError","config":{"timeout":0,"headers":{"Accept":"application/json","Authorization":"Bearer %s"},"method":"get","url":"https://%s/api/v1/runs"},"code":"ERR_BAD_REQUEST","status":403}' % (t, host("web"))]

@pos("npmrc_registry_scoped_authtoken_npm_prefix", U_NPMRC)
def _():
    t = s(tok(36))
    return ["@wandb:registry=https://npm.example.com/", "//npm.example.com/:_authToken=npm_%s" % t, "always-auth=true"]

@pos("npmrc_legacy_underscore_password_base64", U_NPMRC)
def _():
    p = pw(15); e = base64.b64encode(p.encode()).decode(); s(e.rstrip("="))
    return ["registry=https://nexus.example.com/repository/npm-group/", "//nexus.example.com/repository/npm-group/:username=%s" % user(), "//nexus.example.com/repository/npm-group/:_password=%s" % e, "//nexus.example.com/repository/npm-group/:email=ci@example.com"]

@pos("node_diagnostic_report_environment_variables", U_NREP)
def _():
    k = s(hx(40))
    return ['  "environmentVariables": {', '    "HOME": "/home/node",', '    "WANDB_API_KEY": "%s",' % k, '    "NODE_ENV": "production",']

@pos("node_diagnostic_report_commandline_array", U_NREP)
def _():
    t = s(tok(40))
    return ['    "commandLine": [', '      "/usr/local/bin/node",', '      "/app/server.js",', '      "--slack-token=xoxb-%s"' % t, '    ],']

@pos("ioredis_debug_write_command_auth_array", U_IOREDIS)
def _():
    p = s(pw())
    return ["  ioredis:redis status[%s:6379]: connecting -> connect +0ms" % ip(), "  ioredis:redis write command[%s:6379]: 0 -> auth([ '%s' ]) +1ms" % (ip(), p), "  ioredis:redis write command[%s:6379]: 0 -> info([]) +0ms" % ip()]

@pos("console_dir_depth_null_mongodb_uri", U_NINSP)
def _():
    p = s(pw())
    return ["{ db: { uri: 'mongodb://%s:%s@%s:27017/ui?authSource=admin', pool: { max: 10 } } }" % (user(), p, pick("mongo.example.com", "mongo.wandb.svc"))]

@pos("got_httperror_options_headers_authorization", U_GOT)
def _():
    t = s(tok(40))
    return ["HTTPError: Response code 401 (Unauthorized)", "    at Request.<anonymous> (/app/node_modules/got/dist/source/as-promise/index.js:118:42) {", "  code: 'ERR_NON_2XX_3XX_RESPONSE',", "  options: {", "    headers: {", "      'user-agent': 'got (https://github.com/sindresorhus/got)',", "      authorization: 'token ghp_%s'" % t, "    },"]

@pos("node_child_process_command_failed_git_url", U_NODECP)
def _():
    t = s(tok(36))
    return ["Error: Command failed: git clone https://x-access-token:ghs_%s@github.com/example/launch-configs.git /tmp/cfg" % t, "fatal: could not create work tree dir '/tmp/cfg': Permission denied", "", "    at ChildProcess.exithandler (node:child_process:422:12)"]

@pos("jest_expect_tobe_expected_received_lines", U_JEST)
def _():
    a = s(tok(32)); b = s(tok(32))
    return ["    expect(received).toBe(expected) // Object.is equality", "", "    Expected: \"%s\"" % a, "    Received: \"%s\"" % b]

@pos("node_process_env_inspect_dump", U_NUXT)
def _():
    p = s(pw())
    return ["[Object: null prototype] {", "  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin',", "  MYSQL_PASSWORD: '%s'," % p, "  HOSTNAME: 'wandb-console-%s'," % hx(5), "}"]

# Ruby / Rails
@pos("rails_hashconfig_inspect_configuration_hash", U_RAILS)
def _():
    p = s(pw())
    return ["#<ActiveRecord::DatabaseConfigurations::HashConfig env_name=\"production\", name=\"primary\", adapter_class=ActiveRecord::ConnectionAdapters::Mysql2Adapter, configuration_hash={:adapter=>\"mysql2\", :host=>\"%s\", :username=>\"%s\", :password=>\"%s\", :database=>\"%s\"}>" % (host(), user(), p, db())]

@pos("ruby34_hash_inspect_symbol_colon_keys", U_RBINSP)
def _():
    k = s(b64s(40))
    return ["{bucket: \"%s\", access_key_id: \"%s\", secret_access_key: \"%s\", region: \"us-east-1\"}" % (bucket(), akid(), k)]

@pos("rails_log_parameters_oauth_code_unfiltered", U_RAILS)
def _():
    c = s(b64u(40))
    st = hx(16)
    return ["Started GET \"/auth/oidc/callback?code=%s&state=%s\" for %s at 2024-06-11 10:11:12 +0000" % (c, st, ip()),
            "Processing by SessionsController#callback as HTML",
            "  Parameters: {\"code\"=>\"%s\", \"state\"=>\"%s\"}" % (c, st)]

@pos("ruby_uri_invalid_uri_error_bad_uri", U_RBURI)
def _():
    p = s(pw())
    return ["URI::InvalidURIError: bad URI(is not URI?): \"redis://:%s#%s@%s:6379/0\"" % (p, tok(3), host("redis")), "  /usr/local/lib/ruby/3.2.0/uri/rfc3986_parser.rb:67:in `split'"]

# PHP
@pos("php_var_dump_array_string_length", U_PHPVD)
def _():
    p = s(pw(16))
    return ["array(3) {", "  [\"host\"]=>", "  string(%d) \"%s\"" % (len("db.example.com"), "db.example.com"), "  [\"user\"]=>", "  string(5) \"wandb\"", "  [\"password\"]=>", "  string(16) \"%s\"" % p, "}"]

@pos("php_print_r_bracket_arrow", U_PHPVD)
def _():
    k = s(hx(40))
    return ["Array", "(", "    [base_url] => https://%s" % host("web"), "    [api_key] => %s" % k, ")"]

@pos("php_var_export_quoted_arrow_trailing_comma", U_PHPVD)
def _():
    p = s(pw())
    return ["array (", "  'driver' => 'mysql',", "  'password' => '%s'," % p, "  'charset' => 'utf8mb4',", ")"]

@pos("php_exception_trace_pdo_construct_args", U_PHPTR)
def _():
    p = s(pw())
    return ["PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/db.php:%d" % ln(), "Stack trace:",
            "#0 /var/www/html/db.php(%d): PDO->__construct('mysql:host=%s;...', '%s', '%s')" % (ln(), host(), user(), p), "#1 {main}"]

@pos("phpinfo_text_server_env_double_arrow", U_PHPINFO)
def _():
    p = s(pw())
    return ["$_SERVER['DB_HOST'] => %s" % host(), "$_SERVER['DB_PASSWORD'] => %s" % p, "$_SERVER['APP_ENV'] => production"]

# gdb / core dumps
@pos("gdb_bt_full_char_pointer_local", U_GDB)
def _():
    p = s(pw())
    return ["#1  0x0000%s in mysql_real_connect (mysql=0x5555%s, host=0x5555%s \"%s\", user=0x5555%s \"%s\", passwd=0x5555%s \"%s\", db=0x0, port=3306, unix_socket=0x0, client_flag=0) at client.cc:%d" % (hx(8), hx(8), hx(8), host(), hx(8), user(), hx(8), p, ln()),
            "        mysql_errno = 2003", "        buff = '\\000' <repeats 63 times>"]

@pos("gdb_info_locals_std_string_pretty", U_GDB)
def _():
    t = s(tok(40))
    return ["(gdb) info locals", "url = \"https://%s/api/v1/runs\"" % host("web"), "token = \"%s\"" % t, "retries = 3"]

@pos("gdb_print_struct_pointer_deref", U_GDB)
def _():
    p = s(pw())
    return ["(gdb) p *cfg", "$1 = {host = 0x5555%s \"%s\", port = 6379, password = 0x5555%s \"%s\", timeout_ms = 5000}" % (hx(8), host("redis"), hx(8), p)]

@pos("gdb_x_s_examine_string_address", U_GDB)
def _():
    t = s(tok(40))
    return ["(gdb) x/s 0x7ffd%s" % hx(8), "0x7ffd%s:\t\"Bearer %s\"" % (hx(8), t)]

@pos("strings_core_file_env_block", U_STRINGS)
def _():
    p = s(pw()); k = s(hx(40))
    return ["HOSTNAME=wandb-%s-%s" % (hx(9), hx(5)), "MYSQL_PASSWORD=%s" % p, "WANDB_API_KEY=%s" % k, "/usr/lib/x86_64-linux-gnu/libssl.so.3"]

@pos("strings_grep_n_core_authorization_offset", U_STRINGS)
def _():
    t = s(tok(40))
    return ["$ strings -t x core.%d | grep -i authorization" % R.randint(100, 99999), "  %s Authorization: Bearer %s" % (hx(7), t)]

@pos("coredumpctl_info_command_line_field", U_COREDUMPCTL)
def _():
    p = s(pw())
    return ["           PID: %d (wandb-worker)" % R.randint(100, 99999), "           UID: 1000 (wandb)", "        Signal: 11 (SEGV)", "  Command Line: /usr/local/bin/wandb-worker --redis-url=redis://:%s@%s:6379/1" % (p, host("redis")), "    Executable: /usr/local/bin/wandb-worker"]

@pos("proc_pid_environ_tr_nul_newline", U_PROCENV)
def _():
    c = s(b64u(36))
    return ["$ tr '\\0' '\\n' < /proc/1/environ | sort", "LANG=C.UTF-8", "OIDC_CLIENT_SECRET=%s" % c, "OIDC_ISSUER=https://%s" % host("idp")]

# Rust
@pos("rust_debug_inline_struct_braces", U_RUST)
def _():
    p = s(pw())
    return ["[2024-06-11T10:11:12Z DEBUG exporter] config: Config { host: \"%s\", port: 3306, user: \"%s\", password: \"%s\", pool: 8 }" % (host(), user(), p)]

@pos("rust_debug_pretty_alternate_multiline", U_RUST)
def _():
    k = s(b64s(40))
    return ["S3Settings {", "    bucket: \"%s\"," % bucket(), "    access_key: \"%s\"," % akid(), "    secret_key: \"%s\"," % k, "    region: Some(", "        \"us-east-1\",", "    ),", "}"]

@pos("rust_panic_unwrap_err_value_debug", U_RUSTPANIC)
def _():
    t = s(tok(40))
    return ["thread 'main' panicked at src/auth.rs:%d:10:" % ln(), "called `Result::unwrap()` on an `Err` value: InvalidToken { token: \"%s\", reason: \"expired\" }" % t, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"]

@pos("rust_reqwest_error_debug_url_query_some", U_REQWEST)
def _():
    t = s(tok(40))
    return ["Error: reqwest::Error { kind: Status(401), url: Url { scheme: \"https\", cannot_be_a_base: false, username: \"\", password: None, host: Some(Domain(\"%s\")), port: None, path: \"/api/v1/files\", query: Some(\"token=%s\"), fragment: None } }" % (host("web"), t)]

@pos("rust_sqlx_mysqlconnectoptions_password_some", U_SQLX)
def _():
    p = s(pw())
    return ["MySqlConnectOptions { host: \"%s\", port: 3306, socket: None, username: \"%s\", password: Some(\"%s\"), database: Some(\"%s\"), ssl_mode: Preferred, charset: \"utf8mb4\" }" % (host(), user(), p, db())]

@pos("rust_url_debug_password_some_field", U_REQWEST)
def _():
    p = s(pw())
    return ["redis url: Url { scheme: \"redis\", cannot_be_a_base: false, username: \"default\", password: Some(\"%s\"), host: Some(Domain(\"%s\")), port: Some(6379), path: \"/0\", query: None, fragment: None }" % (p, host("redis"))]

# misc runtime reports
@pos("sentry_breadcrumb_http_data_url_query", U_SENTRYBC)
def _():
    k = s(hx(40))
    return ['{"type": "http", "category": "httplib", "data": {"method": "GET", "url": "https://%s/api/v1/export", "http.query": "api_key=%s", "status_code": 401}, "level": "info"}' % (host("web"), k)]

@pos("werkzeug_debugger_console_environ_lookup", U_WERKZEUG)
def _():
    c = s(b64u(36))
    return ["[console ready]", ">>> import os; os.environ['SLACK_SECRET']", "'%s'" % c]

U_PJL = "https://github.com/madzak/python-json-logger (extra fields)"
U_RBPP = "https://docs.ruby-lang.org/en/3.3/PP.html ; ENV.to_h"
U_RCRED = "https://guides.rubyonrails.org/security.html#custom-credentials (credentials:show)"
U_JPROPS = "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/Properties.html#list(java.io.PrintStream)"
U_JENV = "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/System.html#getenv() ; AbstractMap.toString"
U_VIPER = "https://pkg.go.dev/github.com/spf13/viper#Debug"
U_GOENV = "https://pkg.go.dev/os#Environ"
U_RARGS = "https://doc.rust-lang.org/std/env/struct.Args.html"
U_HTTPXH = "https://www.python-httpx.org/api/#headers (repr obfuscates authorization only)"
U_NURL = "https://nodejs.org/api/url.html (legacy url.parse Url, WHATWG URL inspect)"
U_VDUMP = "https://symfony.com/doc/current/components/var_dumper.html"
U_RSTRUCT = "https://docs.ruby-lang.org/en/3.3/Struct.html#method-i-inspect"
U_SYSARGV = "https://docs.python.org/3/library/sys.html#sys.argv"

@pos("python_json_logger_extra_field_password", U_PJL)
def _():
    p = s(pw())
    return ['{"asctime": "%s", "levelname": "DEBUG", "name": "wandb_local.smtp", "message": "smtp login attempt", "smtp_user": "alerts@example.com", "smtp_password": "%s"}' % (ts2(), p)]

@pos("ruby_pp_env_to_h_hashrocket", U_RBPP)
def _():
    p = s(pw())
    return ["{\"RAILS_ENV\"=>\"production\",", " \"DATABASE_URL\"=>\"mysql2://%s:%s@%s/%s\"," % (user(), p, host(), db()), " \"RAILS_LOG_TO_STDOUT\"=>\"1\"}"]

@pos("rails_credentials_show_yaml_secret_key_base", U_RCRED)
def _():
    k = s(hx(128)); a = s(b64s(40))
    return ["$ bin/rails credentials:show", "secret_key_base: %s" % k, "aws:", "  access_key_id: %s" % akid(), "  secret_access_key: %s" % a]

@pos("java_properties_list_listing_header", U_JPROPS)
def _():
    p = s(pw(R.randint(14, 30)))
    return ["-- listing properties --", "mail.smtp.host=%s" % pick("smtp.example.com", "mail.example.org"), "mail.smtp.user=alerts@example.com", "mail.smtp.password=%s" % p, "mail.smtp.port=587"]

@pos("java_system_getenv_map_tostring", U_JENV)
def _():
    p = s(pw())
    return ["env={PATH=/usr/local/openjdk-17/bin:/usr/bin, HOSTNAME=bridge-%s, DB_PASSWORD=%s, JAVA_VERSION=17.0.11}" % (hx(5), p)]

@pos("go_viper_debug_config_map_interface", U_VIPER)
def _():
    p = s(pw())
    return ["Aliases:", "map[string]string{}", "Override:", "map[string]interface {}{}", "Config:",
            "map[string]interface {}{\"redis\":map[string]interface {}{\"addr\":\"%s:6379\", \"password\":\"%s\"}}" % (host("redis"), p)]

@pos("go_os_environ_slice_v_verb", U_GOENV)
def _():
    k = s(b64s(40))
    return ["%s environ: [PATH=/usr/local/sbin:/usr/local/bin HOSTNAME=%s AWS_SECRET_ACCESS_KEY=%s HOME=/root]" % (ts2()[:19].replace("-", "/"), hx(12), k)]

@pos("rust_env_args_debug_inner_vec", U_RARGS)
def _():
    t = s(tok(40))
    return ["[DEBUG syncer] Args { inner: [\"/usr/local/bin/syncer\", \"--api-token\", \"%s\", \"--once\"] }" % t]

@pos("httpx_headers_repr_x_api_key_not_obfuscated", U_HTTPXH)
def _():
    k = s(hx(40))
    return ["DEBUG request headers: Headers({'host': '%s', 'accept': '*/*', 'x-api-key': '%s', 'authorization': '[secure]'})" % (host("web"), k)]

@pos("node_legacy_url_parse_inspect_auth_field", U_NURL)
def _():
    p = s(pw())
    return ["Url {", "  protocol: 'redis:',", "  slashes: true,", "  auth: ':%s'," % p, "  host: '%s:6379'," % host("redis"), "  port: '6379',"]

@pos("node_whatwg_url_inspect_password_field", U_NURL)
def _():
    p = s(pw())
    return ["URL {", "  href: 'https://%s:%s@%s/'," % (user(), p, host("s3")), "  origin: 'https://%s'," % host("s3"), "  protocol: 'https:',", "  username: '%s'," % user(), "  password: '%s'," % p, "}"]

@pos("symfony_vardumper_cli_array_colon_count", U_VDUMP)
def _():
    p = s(pw())
    return ["array:3 [", "  \"host\" => \"%s\"" % host(), "  \"user\" => \"%s\"" % user(), "  \"password\" => \"%s\"" % p, "]"]

@pos("ruby_struct_inspect_hash_struct_prefix", U_RSTRUCT)
def _():
    c = s(b64u(36))
    return ["#<struct OidcConfig issuer=\"https://%s\", client_id=\"wandb\", client_secret=\"%s\">" % (host("idp"), c)]

@pos("sys_argv_list_repr_crash_report_header", U_SYSARGV)
def _():
    k = s(hx(40))
    return ["Crash report for wandb-sync %s" % pick("0.17.1", "0.16.6", "0.18.0"), "argv: ['/usr/local/bin/wandb-sync', '--api-key', '%s', '--project', 'llm']" % k, "python: 3.11.9 (main, Apr  2 2024) [GCC 12.2.0]"]

# ---------------------------------------------------------------- negatives
def n6():
    return R.randint(1, 9999)

@neg("stackprinter_locals_counts_and_paths_only", U_STACKP)
def _():
    n = ln()
    return ["File /app/wandb_local/files.py, line %d, in compact" % n, "--> %d        shutil.move(src, dst)" % n, "    " + "." * 50,
            "     src = '/vol/wandb/runs/%s/files/output.log'" % hx(8), "     dst = '/vol/wandb/archive/%s.log'" % hx(8), "     n_files = %d" % n6(), "    " + "." * 50]

@neg("pytest_showlocals_ids_digests_addresses", U_PYTEST)
def _():
    return ["run_id     = '%s'" % tok(8, string.ascii_lowercase + string.digits), "digest     = 'sha256:%s'" % hx(64), "client     = <wandb_local.client.Client object at %s>" % addr(), "", "tests/test_artifacts.py:%d: AssertionError" % ln()]

@neg("better_exceptions_marker_redacted_placeholder", U_BEXC)
def _():
    return ['  File "/app/cache.py", line %d, in get_client' % ln(), "    return redis.Redis(host=host, password=password)",
            "           │              │              └ '<redacted>'", "           │              └ '%s'" % host("redis"), "           └ <module 'redis' from '/usr/local/lib/python3.11/site-packages/redis/__init__.py'>"]

@neg("rich_locals_secretstr_stars_and_path", U_RICH)
def _():
    return ["│ │ password = SecretStr('**********')                                  │ │", "│ │     path = '/etc/wandb/%s.yaml'                                    │ │" % pick("mysql", "redis", "oidc", "smtp", "s3"), "│ │  retries = %d │ │" % R.randint(0, 9)]

@neg("sentry_frame_vars_filtered_markers", U_SENTRY)
def _():
    return ['"vars": {"password": "[Filtered]", "host": "\'%s\'", "attempt": "%d", "self": "<wandb_local.db.Pool object at %s>"}' % (host(), R.randint(1, 9), addr())]

@neg("django_meta_cookie_and_settings_starred", U_DJ)
def _():
    return ["HTTP_COOKIE = '********************'", "HTTP_HOST = '%s'" % host("web"), "HTTP_X_REQUEST_ID = '%s'" % uid(), "SECRET_KEY = '********************'"]

@neg("django_post_no_data_files_no_data", U_DJ)
def _():
    return ["GET:", "page = '%d'" % R.randint(1, 50), "", "POST: No POST data", "", "FILES: No FILES data", "", "COOKIES:", "csrftoken = '********************'", "", "META:", "CONTENT_LENGTH = '%d'" % R.randint(0, 999)]

@neg("pydantic_v2_int_parsing_port_not_secret", U_PYD2)
def _():
    v = pick("3306/tcp", "tcp://%s:3306" % ip(), "%dx" % R.randint(1000, 9999), "six")
    return ["1 validation error for MySQLSettings", "port", "  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='%s', input_type=str]" % v, "    For further information visit https://errors.pydantic.dev/2.%d/v/int_parsing" % R.randint(4, 9)]

@neg("pydantic_v2_missing_field_input_without_secret", U_PYD2)
def _():
    return ["1 validation error for OIDCConfig", "client_secret", "  Field required [type=missing, input_value={'client_id': 'wandb-%s', 'issuer': 'https://%s'}, input_type=dict]" % (hx(4), host("idp")), "    For further information visit https://errors.pydantic.dev/2.%d/v/missing" % R.randint(4, 9)]

@neg("pydantic_secretstr_repr_model", U_PYD2)
def _():
    return ["Settings(mysql_host='%s', mysql_password=SecretStr('**********'), s3_secret_key=SecretStr('**********'), debug=%s, workers=%d)" % (host(), pick("True", "False"), R.randint(1, 16))]

@neg("pydantic_v1_error_type_no_input", U_PYD1)
def _():
    f = pick("redis_port", "mysql_port", "max_workers", "timeout_s", "pool_size")
    return ["pydantic.error_wrappers.ValidationError: 1 validation error for Settings", f, "  value is not a valid integer (type=type_error.integer)", "# line %d" % ln()]

@neg("pydantic_json_schema_writeonly_password_field", U_JSCH)
def _():
    return ['  "properties": {', '    "password": {"format": "password", "title": "Password", "type": "string", "writeOnly": true},', '    "port": {"default": %d, "title": "Port", "type": "integer"}' % pick(3306, 6379, 5432, 8080, 443), '  },']

@neg("fastapi_422_input_null_password_missing", U_FASTAPI)
def _():
    return ['{"detail":[{"type":"missing","loc":["body","%s"],"msg":"Field required","input":null,"url":"https://errors.pydantic.dev/2.%d/v/missing"}]}' % (pick("password", "api_key", "token", "client_secret"), R.randint(4, 9))]

@neg("jsonschema_error_port_maximum", U_JSONSCHEMA)
def _():
    v = R.randint(70000, 99999)
    return ["jsonschema.exceptions.ValidationError: %d is greater than the maximum of 65535" % v, "", "On instance['mysql']['port']:", "    %d" % v]

@neg("configparser_interpolation_logging_format", U_CFGP)
def _():
    f = pick("%(asctime)s %(levelname)", "%(name)s - %(message)", "%(process)d %(msg)")
    return ["configparser.InterpolationMissingOptionError: Bad value substitution: option 'format' in section 'formatter_%s' contains an interpolation key '%s' which is not a valid option name. Raw value: '%s'" % (pick("json", "plain", "console"), f.split("(")[1].split(")")[0], f)]

@neg("pyyaml_scanner_error_on_plain_line", U_YAML)
def _():
    k = pick("image", "bucket", "host", "storageClass")
    return ["yaml.scanner.ScannerError: mapping values are not allowed here", '  in "/etc/wandb/values.yaml", line %d, column %d' % (R.randint(2, 90), R.randint(5, 40)), "    %s: %s: latest" % (k, pick("wandb/local", "gp3", host())), "              ^"]

@neg("int_valueerror_port_with_proto_suffix", U_PYREPR)
def _():
    return ['  File "/app/config.py", line %d, in <module>' % ln(), "ValueError: invalid literal for int() with base 10: '%s'" % pick("6379/tcp", "tcp://%s:6379" % ip(), "%ds" % R.randint(1, 99), "")]

@neg("keyerror_env_var_name_only", U_PYREPR)
def _():
    return ['  File "/usr/lib/python3.11/os.py", line 679, in __getitem__', "    raise KeyError(key) from None", "KeyError: '%s'" % pick("MYSQL_PASSWORD", "WANDB_API_KEY", "OIDC_CLIENT_SECRET", "AWS_SECRET_ACCESS_KEY", "SLACK_SECRET", "REDIS_PASSWORD"), "# pid %d" % n6()]

@neg("sqlalchemy_engine_repr_triple_star", U_SQLAURL)
def _():
    return ["%s INFO wandb_local.db: engine=Engine(mysql+pymysql://%s:***@%s:3306/%s) pool_size=%d" % (ts2(), user(), host(), db(), R.randint(2, 30))]

@neg("sqlalchemy_parameters_ids_only", U_SQLA)
def _():
    return ["[SQL: SELECT runs.id, runs.name FROM runs WHERE runs.project_id = %s LIMIT %s]", "[parameters: (%d, %d)]" % (n6(), pick(10, 50, 100)), "(Background on this error at: https://sqlalche.me/e/20/%s)" % pick("e3q8", "gkpj", "f405", "rvf5")]

@neg("botocore_client_object_repr_and_config", U_BOTO)
def _():
    return ["client=<botocore.client.S3 object at %s> config=<botocore.config.Config object at %s> region=%s" % (addr(), addr(), pick("us-east-1", "eu-west-1", "us-west-2"))]

@neg("botocore_unsigned_request_headers_no_auth", U_BOTO)
def _():
    return ["botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=HEAD, url=https://%s.s3.amazonaws.com/public/%s.json, headers={'User-Agent': b'Boto3/1.34.%d', 'X-Amz-Content-SHA256': b'UNSIGNED-PAYLOAD'}>" % (bucket(), hx(8), R.randint(10, 99))]

@neg("redispy_pool_repr_no_password", U_REDISPY)
def _():
    return ["pool = ConnectionPool<Connection<host=%s,port=6379,db=%d>>" % (host("redis"), R.randint(0, 15)), "pool.max_connections = %d" % R.randint(10, 999)]

@neg("celery_banner_transport_masked_password", U_CELERY)
def _():
    return ["- ** ---------- .> transport:   redis://:**@%s:6379/%d" % (host("redis"), R.randint(0, 15)), "- ** ---------- .> results:     disabled://", "- *** --- * --- .> concurrency: %d (prefork)" % R.randint(1, 16)]

@neg("gunicorn_config_dump_non_secret_settings", U_GUNI)
def _():
    return ["[DEBUG] Current configuration:", "  bind: ['0.0.0.0:%d']" % pick(8080, 8000, 9000), "  workers: %d" % R.randint(1, 16), "  raw_env: []", "  secure_scheme_headers: {'X-FORWARDED-PROTOCOL': 'ssl', 'X-FORWARDED-PROTO': 'https', 'X-FORWARDED-SSL': 'on'}"]

@neg("omegaconf_yaml_oc_env_interpolation", U_OMEGA)
def _():
    return ["db:", "  host: %s" % host(), "  password: ${oc.env:MYSQL_PASSWORD}", "  pool: %d" % R.randint(1, 40)]

@neg("flask_config_secret_key_none", U_FLASK)
def _():
    return ["<Config {'DEBUG': %s, 'SECRET_KEY': None, 'SESSION_COOKIE_NAME': 'session', 'MAX_CONTENT_LENGTH': %d}>" % (pick("True", "False"), R.randint(1, 99) * 1048576)]

@neg("calledprocesserror_defaults_extra_file", U_SUBP)
def _():
    return ["subprocess.CalledProcessError: Command '['mysqldump', '--defaults-extra-file=/etc/mysql/%s.cnf', '--single-transaction', '%s']' returned non-zero exit status %d." % (pick("client", "backup", "wandb"), db(), R.randint(1, 9))]

@neg("gitpython_cmdline_masked_userinfo", U_GITPY)
def _():
    return ["git.exc.GitCommandError: Cmd('git') failed due to: exit code(128)", "  cmdline: git clone -v -- https://*****:*****@gitlab.example.com/ml/%s.git /tmp/code-%s" % (pick("train", "eval", "data", "infra"), hx(6)), "  stderr: 'fatal: Authentication failed'"]

@neg("pdb_print_booleans_and_urls", U_PDB)
def _():
    return ["(Pdb) p self.settings.api_key is None", pick("True", "False"), "(Pdb) p self.settings.base_url", "'https://%s'" % host("web"), "(Pdb) p len(self.runs)", str(n6())]

@neg("unittest_diff_of_run_names", U_UNITTEST)
def _():
    a = pick("glowing", "fancy", "misty", "lunar") + "-" + pick("sun", "river", "wave", "dust") + "-%d" % R.randint(1, 99); b = a[:-1] + str(R.randint(0, 9))
    return ["AssertionError: '%s' != '%s'" % (a, b), "- %s" % a, "+ %s" % b]

@neg("pytest_assert_digest_mismatch_public", U_PYTEST)
def _():
    return [">       assert manifest.digest == expected", "E       AssertionError: assert '%s' == '%s'" % (hx(32), hx(32)), "E         - %s" % hx(12)]

@neg("http_client_header_lines_cleared_cookie", U_HTTPCLIENT)
def _():
    return ["reply: 'HTTP/1.1 302 Found\\r\\n'", "header: Location: https://%s/login" % host("web"), "header: Set-Cookie: wandb_session=; Max-Age=0; Path=/; HttpOnly", "header: X-Request-Id: %s" % uid()]

@neg("urllib3_retries_url_public_path", U_URLLIB3)
def _():
    return ["requests.exceptions.ConnectionError: HTTPSConnectionPool(host='%s', port=443): Max retries exceeded with url: /api/v1/runs/%s/files?page=%d (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at %s>: Failed to establish a new connection: [Errno 111] Connection refused'))" % (host("web"), hx(8), R.randint(1, 40), addr())]

@neg("httpx_headers_authorization_secure_marker", U_HTTPXH)
def _():
    return ["DEBUG request headers: Headers({'host': '%s', 'accept': '*/*', 'authorization': '[secure]', 'x-request-id': '%s'})" % (host("web"), uid())]

@neg("requests_httperror_public_object_url", U_REQ)
def _():
    return ["requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://%s/%s/media/%s.png?versionId=%s" % (host("s3"), bucket(), hx(12), tok(32))]

@neg("pyspy_dump_locals_counts_no_strings", U_PYSPY)
def _():
    return ["Thread 0x7F%s (idle): \"ThreadPoolExecutor-0_%d\"" % (hx(8).upper(), R.randint(0, 9)), "    _worker (concurrent/futures/thread.py:%d)" % ln(), "        Arguments:", "            executor_reference: <weakref at %s>" % addr(), "        Locals:", "            work_item: None", "            n_done: %d" % n6()]

@neg("pysnooper_vars_ints_and_paths", U_SNOOP)
def _():
    return ["Starting var:.. path = '/vol/wandb/runs/%s'" % hx(8), "Starting var:.. limit = %d" % R.randint(1, 500), "New var:....... count = %d" % n6(), "Return value:.. None"]

@neg("icecream_counts_and_flags", U_ICE)
def _():
    return ["ic| len(runs): %d" % n6(), "ic| settings.api_key is not None: %s" % pick("True", "False"), "ic| settings.base_url: 'https://%s'" % host("web")]

@neg("devtools_debug_secretstr_field", U_DEVT)
def _():
    return ["app/main.py:%d startup" % ln(), "    settings: Settings(", "        mysql_host='%s'," % host(), "        mysql_password=SecretStr('**********'),", "    ) (Settings)"]

@neg("rich_inspect_docstring_help_rows", U_RINSP)
def _():
    return ["╭──────────── <class 'wandb.sdk.wandb_settings.Settings'> ────────────╮", "│ api_key: The API key used to authenticate with the W&B server. │", "│ base_url = 'https://%s' │" % host("web"), "│ %d attribute(s) not shown. Run inspect(inspect) for options. │" % R.randint(2, 90), "╰──────────────────────────────────────────────────────────────────────╯"]

@neg("argparse_help_text_api_key_option", U_ARGP)
def _():
    return ["usage: wandb-sync [-h] [--api-key API_KEY] [--project PROJECT]", "", "options:", "  -h, --help           show this help message and exit", "  --api-key API_KEY    W&B API key (default: read from %s)" % pick("WANDB_API_KEY", "~/.netrc", "/etc/wandb/key"), "  --project PROJECT    project name (default: %s)" % pick("uncategorized", "bench", "llm")]

@neg("go_plus_v_struct_empty_password", U_GOFMT)
def _():
    return ["config: {Host:%s Port:%d User:%s Password: Database:%s TLS:%s}" % (host(), pick(3306, 3307), user(), db(), pick("true", "false"))]

@neg("go_spew_dump_pointers_and_lengths", U_SPEW)
def _():
    return ["(*config.S3)(%s)({" % gaddr(), " Bucket: (string) (len=%d) \"%s\"," % (15, bucket()), " SecretAccessKey: (string) \"\",", " Region: (string) (len=9) \"us-east-1\"", "})"]

@neg("go_goroutine_trace_hex_arguments", U_GOFMT)
def _():
    return ["goroutine %d [running]:" % R.randint(1, 400), "main.mustConnect({0x%s, 0x%x}, {0x%s, 0x%x})" % (hx(6), R.randint(8, 60), hx(6), R.randint(8, 60)), "\t/src/cmd/local/main.go:%d +0x%s" % (ln(), hx(3)), "created by main.main in goroutine 1"]

@neg("go_url_redacted_xxxxx_password", U_GOURL)
def _():
    return ["%s\tINFO\tcache/connect.go:%d\tdialing redis url=rediss://default:xxxxx@%s:6380/%d" % (ts(), ln(), host("redis"), R.randint(0, 15))]

@neg("go_http2debug_non_auth_headers", U_GOH2)
def _():
    return ["%s http2: Transport encoding header \"user-agent\" = \"Go-http-client/2.0\"" % ts2()[:19].replace("-", "/"), "%s http2: Transport encoding header \"x-request-id\" = \"%s\"" % (ts2()[:19].replace("-", "/"), uid())]

@neg("go_sharp_v_oauth2_config_empty_secret", U_GOFMT)
def _():
    return ["cfg=&oauth2.Config{ClientID:\"wandb-%s\", ClientSecret:\"\", Endpoint:oauth2.Endpoint{AuthURL:\"https://%s/authorize\", TokenURL:\"https://%s/token\", AuthStyle:0}, RedirectURL:\"\", Scopes:[]string(nil)}" % (hx(6), host("idp"), host("idp"))]

@neg("delve_locals_error_nil_and_counts", U_DLV)
def _():
    return ["(dlv) locals", "n = %d" % n6(), "path = \"/vol/wandb/%s\"" % hx(8), "err = error nil"]

@neg("testify_not_equal_status_codes", U_TESTIFY)
def _():
    return ["    Error:      \tNot equal: ", "                \texpected: %d" % pick(200, 201, 204), "                \tactual  : %d" % pick(401, 403, 500, 502), "    Test:       \tTest%s" % pick("Upload", "Login", "Health")]

@neg("gorm_sql_log_integer_ids", U_GORM)
def _():
    return ["[%.3fms] [rows:%d] SELECT * FROM `runs` WHERE project_id = %d AND state = \"%s\" LIMIT %d" % (R.random() * 9, R.randint(0, 50), n6(), pick("running", "finished", "crashed"), pick(10, 50))]

@neg("expvar_cmdline_flags_without_values", U_EXPVAR)
def _():
    return ['"cmdline": ["/usr/local/bin/gorilla","--config=/etc/wandb/gorilla.yaml","--port=%d"],' % pick(8080, 8081, 9090), '"memstats": {"Alloc":%d,"NumGC":%d}' % (R.randint(10**6, 10**8), R.randint(1, 999))]

@neg("actuator_env_stars_value", U_ACT)
def _():
    k = pick("spring.datasource.password", "spring.data.redis.password", "app.oidc.client-secret", "aws.secretAccessKey")
    return ['      "%s" : {' % k, '        "value" : "******",', '        "origin" : "class path resource [application.yml] - %d:%d"' % (R.randint(2, 60), R.randint(3, 30)), '      },']

@neg("actuator_configprops_masked_inputs", U_ACTCP)
def _():
    return ['  "properties" : {', '    "url" : "jdbc:mysql://%s:%d/%s",' % (host(), pick(3306, 3307), db()), '    "password" : "******"', '  },']

@neg("hikari_config_password_masked_marker", U_HIKARI)
def _():
    return ["DEBUG com.zaxxer.hikari.HikariConfig - password........................<masked>", "DEBUG com.zaxxer.hikari.HikariConfig - maximumPoolSize.................%d" % R.randint(2, 50), "DEBUG com.zaxxer.hikari.HikariConfig - jdbcUrl.........................jdbc:mysql://%s:3306/%s?password=<masked>" % (host(), db())]

@neg("spring_properties_placeholders_env_refs", U_SPROPS)
def _():
    return ["spring.datasource.url=jdbc:mysql://%s:3306/%s" % (host(), db()), "spring.datasource.password=${%s}" % pick("DB_PASSWORD", "MYSQL_PASSWORD", "SPRING_DATASOURCE_PASSWORD"), "spring.datasource.hikari.maximum-pool-size=%d" % R.randint(2, 50)]

@neg("spring_yml_keystore_path_and_empty_default", U_SPROPS)
def _():
    return ["server:", "  port: %d" % pick(8443, 9443, 443), "  ssl:", "    key-store: file:/etc/ssl/wandb/%s.p12" % pick("keystore", "bridge", "server"), "    key-store-password: ${KEYSTORE_PASSWORD:}"]

@neg("jdbc_url_without_password_param", U_JDBC)
def _():
    return ["INFO  c.w.bridge.DbConfig : using jdbc:mysql://%s:3306/%s?useSSL=true&serverTimezone=UTC&connectTimeout=%d" % (host(), db(), R.randint(1000, 30000))]

@neg("java_tool_options_paths_only", U_JVM)
def _():
    return ["Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=%d.0 -Djavax.net.ssl.trustStore=/etc/ssl/wandb/%s.jks -Djavax.net.ssl.trustStoreType=JKS" % (R.randint(50, 90), pick("truststore", "cacerts", "internal"))]

@neg("hs_err_command_line_no_secret", U_HSERR)
def _():
    return ["Command Line: -Xmx%dg -XX:+UseG1GC -Dfile.encoding=UTF-8 /app/exporter.jar" % R.randint(1, 16), "", "Host: Intel(R) Xeon(R) CPU, %d cores, %dG" % (pick(2, 4, 8, 16), pick(8, 16, 31, 62))]

@neg("lombok_tostring_excluded_password", U_LOMBOK)
def _():
    return ["loaded DataSourceConfig(url=jdbc:mysql://%s:3306/%s, username=%s, poolSize=%d)" % (host(), db(), user(), R.randint(2, 50))]

@neg("spring_binding_failure_server_port", U_SBFA)
def _():
    v = pick("http", "80a", "%d" % R.randint(70000, 99999), "eight")
    return ["    Property: server.port", "    Value: \"%s\"" % v, "    Origin: System Environment Property \"SERVER_PORT\"", "    Reason: failed to convert java.lang.String to java.lang.Integer"]

@neg("java_numberformat_duration_string", U_NFE)
def _():
    return ["java.lang.NumberFormatException: For input string: \"%s\"" % pick("30s", "5m", "1h", "%dms" % R.randint(1, 999)), "\tat java.base/java.lang.Integer.parseInt(Integer.java:%d)" % R.randint(600, 700)]

@neg("okhttp_redacted_header_block_char", U_OKHTTP)
def _():
    return ["I/okhttp.OkHttpClient: --> GET https://%s/api/v1/runs/%s" % (host("web"), hx(8)), "I/okhttp.OkHttpClient: Authorization: ██", "I/okhttp.OkHttpClient: --> END GET"]

@neg("apache_httpclient_headers_non_auth", U_AHC)
def _():
    return ["DEBUG org.apache.http.headers - http-outgoing-%d >> Accept: application/json" % R.randint(0, 9), "DEBUG org.apache.http.headers - http-outgoing-%d << ETag: \"%s\"" % (R.randint(0, 9), hx(32))]

@neg("node_inspect_getter_undefined_password", U_NINSP)
def _():
    return ["{ host: '%s', port: 6379, password: undefined, db: %d, retryStrategy: [Function: retryStrategy] }" % (host("redis"), R.randint(0, 15))]

@neg("axios_error_headers_without_auth", U_AXIOS)
def _():
    return ["AxiosError: Request failed with status code %d" % pick(404, 500, 502, 503), "  config: {", "    headers: Object [AxiosHeaders] {", "      Accept: 'application/json, text/plain, */*',", "      'X-Request-Id': '%s'" % uid(), "    },"]

@neg("npmrc_authtoken_env_interpolation", U_NPMRC)
def _():
    return ["@wandb:registry=https://%s/" % pick("npm.example.com", "nexus.example.org", "registry.example.net"), "//%s/:_authToken=${NPM_TOKEN}" % pick("npm.example.com", "nexus.example.org"), "always-auth=%s" % pick("true", "false")]

@neg("npm_config_ls_protected_marker", U_NPMRC)
def _():
    return ["; \"user\" config from /home/%s/.npmrc" % pick("node", "ci", "dev"), "", "//registry.npmjs.org/:_authToken = (protected)", "registry = \"https://registry.npmjs.org/\"", "; node version = v%d.%d.0" % (R.randint(16, 22), R.randint(0, 20))]

@neg("node_report_env_paths_only", U_NREP)
def _():
    return ['  "environmentVariables": {', '    "HOME": "/home/node",', '    "NODE_ENV": "%s",' % pick("production", "staging"), '    "NODE_OPTIONS": "--max-old-space-size=%d"' % pick(1024, 2048, 4096), '  },']

@neg("ioredis_debug_ping_select_commands", U_IOREDIS)
def _():
    return ["  ioredis:redis write command[%s:6379]: 0 -> select([ '%d' ]) +0ms" % (ip(), R.randint(0, 15)), "  ioredis:redis write command[%s:6379]: 0 -> ping([]) +%dms" % (ip(), R.randint(0, 99))]

@neg("jest_expected_received_status_numbers", U_JEST)
def _():
    return ["    Expected: %d" % pick(200, 201, 204), "    Received: %d" % pick(401, 403, 500, 404), "", "      at Object.<anonymous> (test/api.test.js:%d:%d)" % (ln(), R.randint(3, 30))]

@neg("rails_parameters_filtered_markers", U_RAILS)
def _():
    return ["Processing by SessionsController#create as JSON", "  Parameters: {\"email\"=>\"user%d@example.com\", \"password\"=>\"[FILTERED]\", \"api_token\"=>\"[FILTERED]\"}" % R.randint(1, 999)]

@neg("rails_hashconfig_env_reference", U_RAILS)
def _():
    return ["#<ActiveRecord::DatabaseConfigurations::HashConfig env_name=\"%s\", name=\"primary\", configuration_hash={:adapter=>\"mysql2\", :host=>\"%s\", :password=>nil, :pool=>%d}>" % (pick("production", "staging"), host(), R.randint(2, 30))]

@neg("sidekiq_booting_redacted_url", U_SIDEKIQ)
def _():
    return ["%s pid=%d tid=%s INFO: Booting Sidekiq 7.%d.0 with Sidekiq::RedisClientAdapter options {:url=>\"redis://:REDACTED@%s:6379/%d\"}" % (ts(), n6(), tok(4, string.ascii_lowercase + string.digits), R.randint(0, 3), host("redis"), R.randint(0, 15))]

@neg("php_trace_sensitiveparametervalue_object", U_PHPTR)
def _():
    return ["#0 /var/www/html/db.php(%d): PDO->__construct('mysql:host=%s;...', '%s', Object(SensitiveParameterValue))" % (ln(), host(), user()), "#1 {main}"]

@neg("php_print_r_empty_password_value", U_PHPVD)
def _():
    return ["Array", "(", "    [host] => %s" % host(), "    [password] => ", "    [port] => %d" % pick(3306, 3307), ")"]

@neg("phpinfo_no_value_cells", U_PHPINFO)
def _():
    return ["$_SERVER['DB_HOST'] => %s" % host(), "$_SERVER['DB_PASSWORD'] => no value", "$_SERVER['REQUEST_TIME'] => %d" % R.randint(1700000000, 1800000000)]

@neg("ruby_uri_invalid_no_userinfo", U_RBURI)
def _():
    return ["URI::InvalidURIError: bad URI(is not URI?): \"redis://%s:6379/%s\"" % (host("redis"), pick("0 ", "x y", "db one", "1#2")), "  /usr/local/lib/ruby/3.2.0/uri/rfc3986_parser.rb:%d:in `split'" % R.randint(60, 80)]

@neg("gdb_bt_full_null_and_optimized_out", U_GDB)
def _():
    return ["#%d  0x0000%s in mysql_real_connect (mysql=0x5555%s, host=0x0, user=<optimized out>, passwd=<optimized out>, db=0x0, port=3306) at client.cc:%d" % (R.randint(0, 9), hx(8), hx(8), ln()), "        mysql_errno = %d" % pick(2003, 2005, 1045), "        buff = '\\000' <repeats 63 times>"]

@neg("gdb_print_struct_lengths_and_pointers", U_GDB)
def _():
    return ["(gdb) p *cfg", "$%d = {host = 0x5555%s \"%s\", port = 6379, password = 0x0, timeout_ms = %d}" % (R.randint(1, 20), hx(8), host("redis"), R.randint(100, 9999))]

@neg("strings_core_symbol_names_and_libs", U_STRINGS)
def _():
    return ["mysql_real_connect", "SSL_CTX_set_default_passwd_cb", "password_callback", "/usr/lib/x86_64-linux-gnu/libcrypto.so.%d" % pick(1, 3), "GLIBC_2.%d" % R.randint(2, 38)]

@neg("coredumpctl_info_plain_command_line", U_COREDUMPCTL)
def _():
    return ["           PID: %d (wandb-worker)" % n6(), "        Signal: %d (%s)" % pick((11, "SEGV"), (6, "ABRT")), "  Command Line: /usr/local/bin/wandb-worker --config /etc/wandb/worker.yaml --workers %d" % R.randint(1, 16)]

@neg("proc_environ_non_secret_names", U_PROCENV)
def _():
    return ["LANG=C.UTF-8", "OIDC_ISSUER=https://%s" % host("idp"), "OIDC_CLIENT_SECRET_FILE=/run/secrets/%s" % pick("oidc", "oidc_client_secret", "idp"), "HOSTNAME=wandb-%s" % hx(9)]

@neg("rust_debug_password_none_variant", U_SQLX)
def _():
    return ["MySqlConnectOptions { host: \"%s\", port: %d, socket: None, username: \"%s\", password: None, database: Some(\"%s\") }" % (host(), pick(3306, 3307), user(), db())]

@neg("rust_secrecy_redacted_debug", U_SECRECY)
def _():
    return ["Config { host: \"%s\", password: Secret([REDACTED alloc::string::String]), pool: %d }" % (host(), R.randint(1, 32))]

@neg("rust_reqwest_error_query_none", U_REQWEST)
def _():
    return ["Error: reqwest::Error { kind: Status(%d), url: Url { scheme: \"https\", username: \"\", password: None, host: Some(Domain(\"%s\")), path: \"/api/v1/runs/%s\", query: None, fragment: None } }" % (pick(404, 500, 502), host("web"), hx(8))]

@neg("rust_debug_digest_and_ids", U_RUST)
def _():
    return ["Artifact { id: %d, digest: \"sha256:%s\", size: %d, etag: \"%s\" }" % (n6(), hx(64), R.randint(100, 10**9), hx(32))]

@neg("java_properties_list_no_secrets", U_JPROPS)
def _():
    return ["-- listing properties --", "mail.smtp.host=%s" % pick("smtp.example.com", "mail.example.org"), "mail.smtp.auth=%s" % pick("true", "false"), "mail.smtp.port=%d" % pick(25, 465, 587)]

@neg("go_viper_debug_config_file_refs", U_VIPER)
def _():
    return ["Config:", "map[string]interface {}{\"redis\":map[string]interface {}{\"addr\":\"%s:6379\", \"password_file\":\"/run/secrets/redis\"}, \"workers\":%d}" % (host("redis"), R.randint(1, 32))]

@neg("node_whatwg_url_inspect_empty_password", U_NURL)
def _():
    h = host("s3"); o = hx(8); v = tok(20)
    return ["URL {", "  href: 'https://%s/%s?versionId=%s'," % (h, o, v), "  username: '',", "  password: '',", "  search: '?versionId=%s'," % v, "}"]

@neg("symfony_vardumper_null_password", U_VDUMP)
def _():
    return ["array:3 [", "  \"host\" => \"%s\"" % host(), "  \"password\" => null", "  \"port\" => %d" % pick(3306, 3307), "]"]

@neg("ruby_struct_inspect_nil_secret", U_RSTRUCT)
def _():
    return ["#<struct OidcConfig issuer=\"https://%s\", client_id=\"wandb-%s\", client_secret=nil>" % (host("idp"), hx(4))]

@neg("python_json_logger_password_set_flag", U_PJL)
def _():
    return ['{"asctime": "%s", "levelname": "INFO", "message": "smtp configured", "smtp_host": "%s", "smtp_password_set": %s}' % (ts2(), pick("smtp.example.com", "mail.example.org"), pick("true", "false"))]

@neg("sys_argv_repr_flags_without_secret", U_SYSARGV)
def _():
    return ["argv: ['/usr/local/bin/wandb-sync', '--api-key-file', '/run/secrets/%s', '--project', '%s']" % (pick("wandb", "api_key"), pick("llm", "bench", "cv"))]

@neg("pprint_config_redacted_angle_brackets", U_KWARGS)
def _():
    return ["{'auth': {'oidc': {'client_id': 'wandb-%s'," % hx(4), "                   'client_secret': '<redacted>',", "                   'issuer': 'https://%s/'}}}" % host("idp")]

@neg("axios_tojson_headers_redacted_string", U_AXJSON)
def _():
    return ['{"message":"Request failed with status code %d","name":"AxiosError","config":{"headers":{"Accept":"application/json","Authorization":"[REDACTED]"},"url":"https://%s/api/v1/runs/%s"},"status":%d}' % (pick(401, 403), host("web"), hx(8), pick(401, 403))]

@neg("django_diffsettings_non_secret_values", U_DJDIFF)
def _():
    return ["ALLOWED_HOSTS = ['%s']" % host("web"), "DEBUG = %s" % pick("True", "False"), "TIME_ZONE = '%s'" % pick("UTC", "Europe/Berlin", "America/New_York"), "CONN_MAX_AGE = %d" % R.randint(0, 600)]

@neg("werkzeug_console_environ_keys_list", U_WERKZEUG)
def _():
    return [">>> sorted(k for k in os.environ if 'SECRET' in k)", "['OIDC_CLIENT_SECRET', 'SLACK_SECRET'%s]" % pick("", ", 'GORILLA_SESSION_SECRET'", ", 'LICENSE_SECRET'"), ">>> len(os.environ)", str(R.randint(20, 90))]

@neg("celery_debug_taskpool_args_ids_only", U_CELERY)
def _():
    return ["[%s: DEBUG/MainProcess] TaskPool: Apply <function fast_trace_task at %s> (args:('app.tasks.compact', '%s', {'id': '%s'}, (%d,), {}) kwargs:{})" % (ts2(), addr(), uid(), uid(), n6())]

@neg("pystack_locals_without_secret", U_PYSTACK)
def _():
    return ["    (Python) File \"/app/worker.py\", line %d, in poll" % ln(), "      Locals:", "        queue: '%s'" % pick("runs", "files", "metrics"), "        backoff: %.1f" % (R.random() * 10)]

@neg("go_test_errorf_counts", U_GOTEST)
def _():
    return ["--- FAIL: TestLoadConfig (0.%02ds)" % R.randint(0, 99), "    config_test.go:%d: Workers: got %d, want %d" % (ln(), R.randint(1, 9), R.randint(10, 20)), "FAIL"]

@neg("traceback_with_variables_public_values", U_TBV)
def _():
    return ["Traceback with variables (most recent call last):", '  File "/app/hooks/slack.py", line %d, in notify' % ln(), "      channel = '#%s'" % pick("alerts", "ml-ops", "oncall"), "      payload = {'text': 'run %s finished'}" % tok(8, string.ascii_lowercase + string.digits)]

@neg("cgitb_frame_args_non_secret", U_CGITB)
def _():
    return ["/app/mailer.py in send(self=<mailer.Mailer object>, msg=<email.message.EmailMessage object>)", "self.user = 'alerts@example.com', self.port = %d, self.timeout = %d" % (pick(25, 465, 587), R.randint(1, 60))]

@neg("ipython_ultratb_call_signature_no_secret", U_IPY)
def _():
    return ["File /app/wandb_local/migrate.py:%d, in run_migrations(dsn_file='/etc/wandb/%s.dsn', dry_run=%s)" % (ln(), pick("mysql", "db", "primary"), pick("True", "False"))]

@neg("sqlalchemy_echo_params_non_secret", U_SQLA)
def _():
    return ["INFO sqlalchemy.engine.Engine SELECT users.id FROM users WHERE users.email = %(email_1)s", "INFO sqlalchemy.engine.Engine [cached since %.2fs ago] {'email_1': 'user%d@example.com'}" % (R.random() * 900, R.randint(1, 9999))]

@neg("gunicorn_raw_env_names_only_list", U_GUNI)
def _():
    return ["  raw_env: ['WANDB_BASE_URL=https://%s', 'WANDB_API_KEY_FILE=/run/secrets/wandb']" % host("web"), "  workers: %d" % R.randint(1, 16)]

@neg("tomcat_resource_without_password_attr", U_TOMCAT)
def _():
    return ['<Resource name="jdbc/wandb" auth="Container" type="javax.sql.DataSource"', '          factory="com.example.vault.DataSourceFactory" vaultPath="secret/data/%s"' % pick("wandb", "mysql", "db"), '          url="jdbc:mysql://%s:3306/%s"/>' % (host(), db())]

@neg("strings_hprof_property_name_placeholder", U_HPROF)
def _():
    return ["spring.datasource.password", "${DB_PASSWORD}", "spring.datasource.url", "jdbc:mysql://%s:3306/%s" % (host(), db()), "java/util/concurrent/ConcurrentHashMap$Node"]

# ---------------------------------------------------------------- selection
# Shapes written but left out: their names already exist in the shared
# shape-name list (same tool, same trick), or the negative kind is already
# covered there; the draw order of the kept shapes is unaffected by this list
# only in the sense that left-out shapes are never called.
DROP_POS = {"go_http2debug_transport_encoding_header", "ioredis_debug_write_command_auth_array",
            "tomcat_context_xml_resource_password_attr"}
DROP_NEG = {"rust_secrecy_redacted_debug", "sentry_frame_vars_filtered_markers", "django_meta_cookie_and_settings_starred",
            "pydantic_secretstr_repr_model", "sqlalchemy_engine_repr_triple_star", "botocore_client_object_repr_and_config",
            "celery_banner_transport_masked_password", "gunicorn_config_dump_non_secret_settings", "omegaconf_yaml_oc_env_interpolation",
            "http_client_header_lines_cleared_cookie", "go_plus_v_struct_empty_password", "go_spew_dump_pointers_and_lengths",
            "go_goroutine_trace_hex_arguments", "go_http2debug_non_auth_headers", "expvar_cmdline_flags_without_values",
            "actuator_env_stars_value", "hikari_config_password_masked_marker", "rails_parameters_filtered_markers",
            "node_inspect_getter_undefined_password", "axios_error_headers_without_auth", "rust_debug_password_none_variant",
            "go_viper_debug_config_file_refs"}
POS[:] = [x for x in POS if x[0] not in DROP_POS]
NEG[:] = [x for x in NEG if x[0] not in DROP_NEG]
for _n in DROP_POS | DROP_NEG:
    SOURCES.pop(_n, None)

# ---------------------------------------------------------------- kind judgement
# New kind = no name in the shared shape-name list for the same tool and the
# same trick (checked with token-overlap near misses and keyword greps, by hand,
# conservatively: where two of our shapes share one new tool, one is counted).
NEW_KIND_POS = [
    "stackprinter_frame_dotted_block_mysql_dsn_local", "traceback_with_variables_indented_token_local",
    "pydantic_v2_errors_list_repr_input_key", "fastapi_422_body_input_field_secret",
    "jsonschema_validationerror_on_instance_password", "configparser_interpolation_syntax_found_percent",
    "pyyaml_scanner_error_mark_snippet_password_line", "int_cast_valueerror_env_holding_token",
    "keyerror_token_lookup_cache_miss", "sqlalchemy_url_render_unmasked_debug_print",
    "redispy_connection_kwargs_dict_locals", "simplecookie_repr_session_value",
    "requests_cookiejar_repr_cookie_for_domain", "flask_config_repr_secret_key_werkzeug_console",
    "django_diffsettings_secret_key_and_db_password", "celery_debug_taskpool_apply_args_token",
    "calledprocesserror_mysql_cli_p_flag_list", "timeoutexpired_curl_header_string",
    "gitpython_gitcommanderror_cmdline_oauth2_userinfo", "pdb_print_attribute_api_key_session",
    "unittest_assertequal_minus_plus_lines", "pytest_assert_rewrite_where_token_compare",
    "pyspy_dump_locals_arguments_block", "pystack_remote_locals_python_frame",
    "pysnooper_starting_var_new_var_lines", "icecream_ic_pipe_expression_value",
    "devtools_debug_model_multiline_type_suffix", "rich_inspect_panel_attribute_rows",
    "rich_pretty_dataclass_indent_guides", "go_litter_dump_pointer_struct", "go_kr_pretty_formatter_oidc",
    "go_test_errorf_got_want_quoted", "go_testify_not_equal_expected_actual", "delve_print_struct_value_brace",
    "actuator_env_sun_java_command_masked_key_leak", "java_numberformatexception_for_input_string",
    "strings_hprof_property_name_then_value_line", "axios_tojson_single_line_config_headers",
    "got_httperror_options_headers_authorization", "node_child_process_command_failed_git_url",
    "jest_expect_tobe_expected_received_lines", "ruby_uri_invalid_uri_error_bad_uri",
    "php_var_export_quoted_arrow_trailing_comma", "phpinfo_text_server_env_double_arrow",
    "gdb_info_locals_std_string_pretty", "gdb_print_struct_pointer_deref",
    "rust_panic_unwrap_err_value_debug", "rust_url_debug_password_some_field",
    "rust_sqlx_mysqlconnectoptions_password_some", "java_properties_list_listing_header",
    "rust_env_args_debug_inner_vec", "httpx_headers_repr_x_api_key_not_obfuscated",
    "node_legacy_url_parse_inspect_auth_field", "node_whatwg_url_inspect_password_field",
    "symfony_vardumper_cli_array_colon_count",
]
NEW_KIND_NEG = [
    "pytest_showlocals_ids_digests_addresses", "pydantic_v1_error_type_no_input",
    "pydantic_json_schema_writeonly_password_field", "fastapi_422_input_null_password_missing",
    "jsonschema_error_port_maximum", "configparser_interpolation_logging_format",
    "pyyaml_scanner_error_on_plain_line", "int_valueerror_port_with_proto_suffix", "keyerror_env_var_name_only",
    "sqlalchemy_parameters_ids_only", "calledprocesserror_defaults_extra_file", "gitpython_cmdline_masked_userinfo",
    "pdb_print_booleans_and_urls", "unittest_diff_of_run_names", "pytest_assert_digest_mismatch_public",
    "httpx_headers_authorization_secure_marker", "pyspy_dump_locals_counts_no_strings", "pysnooper_vars_ints_and_paths",
    "icecream_counts_and_flags", "devtools_debug_secretstr_field", "rich_inspect_docstring_help_rows",
    "go_url_redacted_xxxxx_password", "delve_locals_error_nil_and_counts", "testify_not_equal_status_codes",
    "okhttp_redacted_header_block_char", "npm_config_ls_protected_marker", "php_trace_sensitiveparametervalue_object",
    "phpinfo_no_value_cells", "ruby_uri_invalid_no_userinfo", "gdb_print_struct_lengths_and_pointers",
    "java_numberformat_duration_string", "symfony_vardumper_null_password", "node_whatwg_url_inspect_empty_password",
    "rust_reqwest_error_query_none", "strings_hprof_property_name_placeholder", "go_test_errorf_counts",
]

# ---------------------------------------------------------------- driver
def sixgrams(x):
    return {x[i:i + 6] for i in range(len(x) - 5)}

def check_pos(lines, secs, seen):
    text = "\n".join(lines)
    if not secs:
        return False
    for x in secs:
        if len(x) < 8 or x not in text or x in seen:
            return False
    if len(set(secs)) != len(secs):
        return False
    rest = text
    for x in sorted(secs, key=len, reverse=True):
        rest = rest.replace(x, "\x00")
    for x in secs:
        for g in sixgrams(x):
            if g in rest:
                return False
    for x in seen:
        for y in secs:
            if x in y or y in x:
                return False
    return True

def build():
    pos_out, neg_out, seen = [], [], set()
    for name, f in POS:
        for _ in range(3):
            for attempt in range(200):
                del CUR[:]
                lines = f()
                secs = list(CUR)
                if check_pos(lines, secs, seen):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            seen.update(secs)
            pos_out.append({"shape": name, "lines": lines, "secrets": secs})
    seen_neg = set()
    for name, f in NEG:
        for _ in range(5):
            for attempt in range(200):
                lines = f()
                key = json.dumps(lines)
                if key not in seen_neg:
                    break
            else:
                raise SystemExit("cannot draw distinct " + name)
            seen_neg.add(key)
            neg_out.append({"shape": name, "lines": lines})
    return pos_out, neg_out

def main():
    p, n = build()
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in p:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in n:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
