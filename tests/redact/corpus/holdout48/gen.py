#!/usr/bin/env python3
"""holdout48: sealed held-out set for the wbdiag secret redactor.

Focus: application servers and web frameworks in the enterprise.
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and
negatives.jsonl next to this file.

Template language (one shape = one template, lines separated by newlines):
  «KIND:id»        public random value (same id -> same value in a record)
  «!KIND:id»       secret random value (listed)
  «!KIND:id|T:arg» secret in transformed form; the transformed form is listed
                   T = pct (percent-encode), b64 (base64 of arg+value, '='
                   stripped when listed), basic (base64 of arg:value; only the
                   characters encoding password bytes alone are listed)
  «@a|b|c»         choice (the same choice text -> the same pick within a record)
  «T» «TL» «TG» «TE» «TS»  timestamps of one monotone clock per record
  ⏎ -> CR, ␛ -> ESC, ⇥ -> TAB
KIND: an<n> alnum, lc<n> lowercase+digits, uc<n> upper+digits, al<n> letters,
      hex<n>, uhex<n> upper-case hex, dig<n> (no leading 0), b64u<n> url-safe base64 chars, b64s<n> std base64 chars,
      pw<n> password (letters, digits, -_.!~+*; starts/ends alnum), uuid,
      pin9 Werkzeug debugger PIN (ddd-ddd-ddd).
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import urllib.parse

SEED = 4848_1206
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
    if name == "pin":  # Werkzeug debugger PIN: three groups of three digits
        return "-".join("%03d" % rng.randint(100, 999) for _ in range(n // 3))
    if name == "dig":  # numbers never start with 0 (JSON numbers, ports)
        return rng.choice("123456789") + "".join(rng.choice(DIG) for _ in range(n - 1))
    alpha = {"an": AN, "lc": LC, "uc": UC, "al": AL, "hex": HEX, "uhex": HEX.upper(), "dig": DIG,
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
        if body.startswith("@"):  # the same choice text gives the same pick within a record
            if ("@", body) not in vals:
                vals[("@", body)] = rng.choice(body[1:].split("|"))
            return vals[("@", body)]
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
TOMCAT_REALM = "https://tomcat.apache.org/tomcat-10.1-doc/realm-howto.html"
TOMCAT_SSL = "https://tomcat.apache.org/tomcat-10.1-doc/ssl-howto.html"
TOMCAT_JNDI = "https://tomcat.apache.org/tomcat-10.1-doc/jndi-datasource-examples-howto.html"
TOMCAT_MGR = "https://tomcat.apache.org/tomcat-10.1-doc/manager-howto.html"
TOMCAT_VALVE = "https://tomcat.apache.org/tomcat-10.1-doc/config/valve.html"
TOMCAT_MON = "https://tomcat.apache.org/tomcat-10.1-doc/monitoring.html"
TOMCAT_CLUSTER = "https://tomcat.apache.org/tomcat-10.1-doc/config/cluster-interceptor.html"
TOMCAT_RUN = "https://tomcat.apache.org/tomcat-10.1-doc/RUNNING.txt"
TOMCAT_USERS = "https://github.com/apache/tomcat/blob/main/conf/tomcat-users.xml"
TOMCAT_CRED = "https://tomcat.apache.org/tomcat-10.1-doc/config/credentialhandler.html"
WF_DS = "https://docs.wildfly.org/31/Admin_Guide.html#DataSource"
WF_CS = "https://docs.wildfly.org/31/WildFly_Elytron_Security.html#CredentialStore"
WF_ENC = "https://docs.wildfly.org/31/WildFly_Elytron_Security.html#encrypted-expressions"
WF_MIG = "https://docs.wildfly.org/37/Migration_Guide.html"
EAP_VAULT = "https://access.redhat.com/documentation/en-US/JBoss_Enterprise_Application_Platform/6/html/Development_Guide/Configure_the_Enterprise_Application_Platform_to_Use_the_Password_Vault1.html"
WF_ADDUSER = "https://docs.wildfly.org/31/Admin_Guide.html#add-user-utility"
WF_GS = "https://docs.wildfly.org/31/Getting_Started_Guide.html"
WL_BOOT = "https://docs.oracle.com/en/middleware/standalone/weblogic-server/14.1.1.0/start/overview.html#GUID-boot-identity-files"
WL_ENC = "http://weblogicserver.blogspot.com/2008/10/how-to-encrypt-clear-text-password-with.html"
WL_JDBC = "https://docs.oracle.com/en/middleware/standalone/weblogic-server/14.1.1.0/jdbca/jdbc_datasources.html"
WL_WLST = "https://docs.oracle.com/en/middleware/standalone/weblogic-server/14.1.1.0/wlstc/reference.html#connect"
WL_NM = "https://docs.oracle.com/en/middleware/standalone/weblogic-server/14.1.1.0/nodem/java_nodemgr.html"
WL_WDT = "https://oracle.github.io/weblogic-deploy-tooling/concepts/model/"
WL_POL = "https://docs.oracle.com/en/middleware/standalone/weblogic-server/14.1.1.0/secmg/password_validation.html"
WAS_XOR = "https://www.ibm.com/docs/en/was/9.0.5?topic=security-encoding-passwords-in-files"
WAS_SOAP = "https://www.ibm.com/docs/en/was/9.0.5?topic=properties-soapclientprops-file"
WAS_WSADMIN = "https://www.ibm.com/docs/en/was/9.0.5?topic=scripting-wsadmin-tool"
LIB_PW = "https://openliberty.io/docs/latest/reference/command/securityUtility-encode.html"
LIB_KS = "https://openliberty.io/docs/latest/reference/config/keyStore.html"
JETTY_OBF = "https://jetty.org/docs/jetty/12/operations-guide/tools/index.html#password"
JETTY_REALM = "https://jetty.org/docs/jetty/12/operations-guide/security/index.html"
GF_PWFILE = "https://glassfish.org/docs/latest/reference-manual.html#asadmin-passwordfile"
GF_POOL = "https://glassfish.org/docs/latest/administration-guide.html#jdbc-connection-pools"
SB_PROPS = "https://docs.spring.io/spring-boot/appendix/application-properties/index.html"
SB_EXT = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
SB_ACT = "https://docs.spring.io/spring-boot/api/rest/actuator/env.html"
SB_CP = "https://docs.spring.io/spring-boot/api/rest/actuator/configprops.html"
SB_SAN = "https://github.com/spring-projects/spring-boot/issues/12796"
SB_SEC = "https://docs.spring.io/spring-boot/reference/web/spring-security.html"
SB_FA = "https://docs.spring.io/spring-boot/how-to/application.html#howto.application.failure-analyzer"
SB_INFO = "https://docs.spring.io/spring-boot/api/rest/actuator/info.html"
SB_RES = "https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.spring-mvc.static-content"
SB_OAUTH = "https://docs.spring.io/spring-boot/reference/web/spring-security.html#web.security.oauth2.client"
SCC_GIT = "https://docs.spring.io/spring-cloud-config/reference/server/environment-repository/git-backend.html"
SCC_ENC = "https://docs.spring.io/spring-cloud-config/reference/server/encryption-and-decryption.html"
SBA = "https://docs.spring-boot-admin.com/current/client.html"
HIKARI = "https://github.com/brettwooldridge/HikariCP#gear-configuration-knobs-baby"
JASYPT_SB = "https://github.com/ulisesbocchio/jasypt-spring-boot"
JASYPT_CLI = "http://www.jasypt.org/cli.html"
NET_CS = "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files"
NET_MK = "https://learn.microsoft.com/en-us/previous-versions/dotnet/netframework-4.0/w8h3skw9(v=vs.100)"
NET_SESS = "https://learn.microsoft.com/en-us/previous-versions/dotnet/netframework-4.0/h6bb9cz9(v=vs.100)"
NET_SMTP = "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings"
NET_FORMS = "https://learn.microsoft.com/en-us/previous-versions/dotnet/netframework-4.0/e01fc50a(v=vs.100)"
NET_APPSET = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
NET_US = "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets"
NET_EF = "https://learn.microsoft.com/en-us/ef/core/cli/dotnet#dotnet-ef-database-update"
NET_KESTREL = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/servers/kestrel/endpoints#configure-https-in-appsettingsjson"
NET_NPGSQL = "https://www.npgsql.org/doc/connection-string-parameters.html"
NET_CB = "https://learn.microsoft.com/en-us/aspnet/config-builder"
NET_AF = "https://learn.microsoft.com/en-us/aspnet/core/security/anti-request-forgery"
NET_ID = "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/identity-configuration"
NET_TH = "https://learn.microsoft.com/en-us/aspnet/core/mvc/views/tag-helpers/built-in/script-tag-helper#asp-append-version"
NET_LOCK = "https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files#locking-dependencies"
NET_DP = "https://learn.microsoft.com/en-us/aspnet/core/security/data-protection/implementation/key-management"
IIS_AH = "https://learn.microsoft.com/en-us/iis/configuration/system.applicationhost/applicationpools/add/processmodel"
IIS_APPCMD = "https://learn.microsoft.com/en-us/iis/get-started/getting-started-with-iis/getting-started-with-appcmdexe"
IIS_VDIR = "https://learn.microsoft.com/en-us/iis/configuration/system.applicationhost/sites/site/application/virtualdirectory"
WP_CFG = "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/"
WP_DOCKER = "https://hub.docker.com/_/wordpress"
WP_CLI = "https://developer.wordpress.org/cli/commands/config/create/"
WP_SALTS = "https://developer.wordpress.org/cli/commands/config/shuffle-salts/"
WP_BITNAMI = "https://github.com/bitnami/charts/tree/main/bitnami/wordpress#parameters"
LV_CFG = "https://laravel.com/docs/11.x/configuration"
LV_ENC = "https://laravel.com/docs/11.x/encryption"
LV_DEPLOY = "https://laravel.com/docs/11.x/deployment#optimizing-configuration-loading"
LV_VITE = "https://laravel.com/docs/11.x/vite"
LV_CSRF = "https://laravel.com/docs/11.x/csrf"
LV_HASH = "https://laravel.com/docs/11.x/hashing"
SF_SECRET = "https://symfony.com/doc/current/reference/configuration/framework.html#secret"
SF_VAULT = "https://symfony.com/doc/current/configuration/secrets.html"
SF_MSG = "https://symfony.com/doc/current/messenger.html#transport-configuration"
SF_MAIL = "https://symfony.com/doc/current/mailer.html#transport-setup"
SF_CSRF = "https://symfony.com/doc/current/security/csrf.html"
PHP_I = "https://www.php.net/manual/en/function.phpinfo.php"
DRUPAL = "https://git.drupalcode.org/project/drupal/-/blob/11.x/sites/default/default.settings.php"
MAGENTO = "https://experienceleague.adobe.com/en/docs/commerce-operations/configuration-guide/files/config-reference-envphp"
JOOMLA = "https://docs.joomla.org/Configuration.php"
RAILS_CRED = "https://guides.rubyonrails.org/security.html#custom-credentials"
RAILS_DB = "https://guides.rubyonrails.org/configuring.html#configuring-a-database"
RAILS_CABLE = "https://guides.rubyonrails.org/action_cable_overview.html#configuration"
RAILS_FILTER = "https://guides.rubyonrails.org/configuring.html#config-filter-parameters"
RAILS_ASSETS = "https://guides.rubyonrails.org/asset_pipeline.html#fingerprinting-versioning-with-digest-based-urls"
RAILS_SESS = "https://guides.rubyonrails.org/configuring.html#config-session-store"
KAMAL = "https://kamal-deploy.org/docs/configuration/environment-variables/"
DEVISE = "https://github.com/heartcombo/devise/blob/main/lib/generators/templates/devise.rb"
PASSENGER = "https://www.phusionpassenger.com/library/config/nginx/reference/#passenger_env_var"
DJ_SET = "https://docs.djangoproject.com/en/5.0/ref/settings/"
DJ_DEPLOY = "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/"
DJ_ENVIRON = "https://django-environ.readthedocs.io/en/latest/quickstart.html"
DJ_STORAGES = "https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html"
DJ_CHANNELS = "https://channels.readthedocs.io/en/latest/topics/channel_layers.html"
DJ_STATIC = "https://docs.djangoproject.com/en/5.0/ref/contrib/staticfiles/#manifeststaticfilesstorage"
DJ_PWV = "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#module-django.contrib.auth.password_validation"
DJ_CHECK = "https://docs.djangoproject.com/en/5.0/ref/checks/#security"
EXP_SESS = "https://expressjs.com/en/resources/middleware/session.html"
EXP_COOKIE = "https://expressjs.com/en/resources/middleware/cookie-parser.html"
NODE_UTIL = "https://nodejs.org/api/util.html#utilinspectobject-options"
NPM_LOCK = "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json"
STRAPI = "https://docs.strapi.io/dev-docs/configurations/environment"
NUXT = "https://nuxt.com/docs/guide/going-further/runtime-config"
KOA = "https://koajs.com/#app-keys-"
SEQUELIZE = "https://sequelize.org/docs/v6/other-topics/migrations/#configuration"
GHOST = "https://ghost.org/docs/config/#mail"
WEBPACK = "https://webpack.js.org/guides/caching/"
FLASK_CFG = "https://flask.palletsprojects.com/en/3.0.x/config/"
FLASK_SESS = "https://flask.palletsprojects.com/en/3.0.x/config/#SESSION_COOKIE_NAME"
WERKZEUG = "https://werkzeug.palletsprojects.com/en/3.0.x/debug/#debugger-pin"
PYD_SET = "https://docs.pydantic.dev/latest/concepts/pydantic_settings/"
STARLETTE = "https://www.starlette.io/middleware/#sessionmiddleware"
FASTAPI_SEC = "https://fastapi.tiangolo.com/tutorial/security/first-steps/"
GUNI = "https://docs.gunicorn.org/en/stable/settings.html#raw-env"
UWSGI = "https://uwsgi-docs.readthedocs.io/en/latest/Options.html#env"
UNIT = "https://unit.nginx.org/configuration/#process-management"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOCKER_INSPECT = "https://docs.docker.com/reference/cli/docker/inspect/"
COMPOSE_SECRETS = "https://docs.docker.com/compose/how-tos/use-secrets/"
FLUENTBIT = "https://docs.fluentbit.io/manual/pipeline/filters/multiline-stacktrace"
PGJDBC = "https://jdbc.postgresql.org/documentation/use/#connection-parameters"
KEYTOOL = "https://docs.oracle.com/en/java/javase/17/docs/specs/man/keytool.html"
JSTACK = "https://docs.oracle.com/en/java/javase/17/docs/specs/man/jstack.html"
MYSQL_ERR = "https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html#error_er_access_denied_error"

# ================================================================ POSITIVES
# ---- Tomcat
P("tomcat_users_xml_manager_script_deployer_password", TOMCAT_USERS, r"""
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="«@deployer|jenkins|ci-deploy»" password="«!pw18:p»" roles="manager-script"/>
  <user username="«@admin|ops|tcadmin»" password="«!pw14:q»" roles="manager-gui,admin-gui"/>
</tomcat-users>
""")
P("tomcat_server_xml_sslhostconfig_keystore_password", TOMCAT_SSL, r"""
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="150" SSLEnabled="true">
        <SSLHostConfig>
            <Certificate certificateKeystoreFile="conf/«@localhost-rsa|wandb-proxy|tomcat».p12"
                         certificateKeystorePassword="«!pw16:p»"
                         type="RSA" />
        </SSLHostConfig>
    </Connector>
""")
P("tomcat_server_xml_legacy_connector_keystorepass_attr", TOMCAT_SSL, r"""
<Connector port="«@8443|9443»" SSLEnabled="true" scheme="https" secure="true" clientAuth="false" sslProtocol="TLS" keystoreFile="/opt/tomcat/conf/.keystore" keystorePass="«!pw12:p»" truststoreFile="/opt/tomcat/conf/trust.jks" truststorePass="«!pw12:t»"/>
""")
P("tomcat_server_xml_global_naming_resource_datasource_crlf", TOMCAT_JNDI, r"""
  <GlobalNamingResources>⏎
    <Resource name="jdbc/«@AppDB|wandb|Orders»" auth="Container" type="javax.sql.DataSource"⏎
              maxTotal="50" maxIdle="10" maxWaitMillis="10000"⏎
              username="«@app|svc_app|orders»" password="«!pw20:p»"⏎
              driverClassName="org.postgresql.Driver"⏎
              url="jdbc:postgresql://db.«@corp|internal».example.com:5432/«@app|orders»"/>⏎
  </GlobalNamingResources>⏎
""")
P("tomcat_catalina_out_pool_error_jdbc_url_password_param", PGJDBC, r"""
«@06|11|23»-«@Mar|Jul|Nov»-2024 «@09|14|21»:«@12|37|55»:41.«dig3:a» SEVERE [main] org.apache.catalina.core.StandardContext.listenerStart Exception sending context initialized event to listener instance of class [org.springframework.web.context.ContextLoaderListener]
	org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource': Cannot create PoolableConnectionFactory (FATAL: database "«@app|orders»" does not exist) for url jdbc:postgresql://10.«dig2:a».«dig1:b».«dig2:c»:5432/«@app|orders»?user=«@app|svc»&password=«!pw16:p»&ssl=true
		at org.apache.tomcat.dbcp.dbcp2.BasicDataSource.createPoolableConnectionFactory(BasicDataSource.java:«dig3:l»)
""")
P("tomcat_setenv_sh_catalina_opts_truststore_password", TOMCAT_RUN, r"""
#!/bin/sh
# $CATALINA_BASE/bin/setenv.sh
CATALINA_OPTS="$CATALINA_OPTS -Xms«@512|1024»m -Xmx«@2048|4096»m"
CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.trustStore=/opt/certs/truststore.jks -Djavax.net.ssl.trustStorePassword=«!pw14:p»"
export CATALINA_OPTS
""")
P("tomcat_manager_text_deploy_curl_user_flag", TOMCAT_MGR, r"""
+ curl --fail -sS -u «@deployer|jenkins»:«!pw18:p» -T target/«@app|portal|api»-«dig1:a».«dig1:b».«dig1:c».war "http://tomcat-«dig1:n».example.internal:8080/manager/text/deploy?path=/«@app|portal|api»&update=true"
OK - Deployed application at context path [/«@app|portal|api»]
""")
P("tomcat_access_log_valve_authorization_header_pattern", TOMCAT_VALVE, r"""
10.«dig2:a».«dig1:b».«dig2:c» - deployer [«@12|19|27»/«@Feb|Aug|Oct»/2024:«@08|13|22»:«@04|31|49»:17 +0000] "GET /manager/text/list HTTP/1.1" 200 «dig3:s» "Basic «!pw12:p|basic:deployer»"
""")
P("tomcat_jmxremote_password_file_roles", TOMCAT_MON, r"""
# $CATALINA_BASE/conf/jmxremote.password  (chmod 600)
monitorRole  «!pw16:m»
controlRole  «!pw16:c»
""")
P("tomcat_context_xml_jndi_realm_connection_password", TOMCAT_REALM, r"""
<Realm className="org.apache.catalina.realm.JNDIRealm"
       connectionURL="ldaps://ldap.«@corp|hq».example.com:636"
       connectionName="cn=«@tomcat-bind|svc-tomcat»,ou=services,dc=example,dc=com"
       connectionPassword="«!pw20:p»"
       userPattern="uid={0},ou=people,dc=example,dc=com"
       roleBase="ou=groups,dc=example,dc=com" roleName="cn" roleSearch="(uniqueMember={0})"/>
""")
P("tomcat_cluster_encrypt_interceptor_encryption_key", TOMCAT_CLUSTER, r"""
<Channel className="org.apache.catalina.tribes.group.GroupChannel">
  <Interceptor className="org.apache.catalina.tribes.group.interceptors.EncryptInterceptor"
               encryptionAlgorithm="AES/CBC/PKCS5Padding"
               encryptionKey="«!hex32:k»" />
  <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>
</Channel>
""")
# ---- JBoss / WildFly
P("wildfly_standalone_xml_datasource_security_password", WF_DS, r"""
<datasource jndi-name="java:jboss/datasources/«@AppDS|OrdersDS|WandbDS»" pool-name="«@AppDS|OrdersDS|WandbDS»" enabled="true" use-java-context="true">
    <connection-url>jdbc:«@postgresql|mysql»://db.example.internal:«@5432|3306»/«@app|orders»</connection-url>
    <driver>«@postgresql|mysql»</driver>
    <security user-name="«@app|svc_orders»" password="«!pw18:p»"/>
</datasource>
""")
P("wildfly_legacy_datasource_security_child_elements", WF_DS, r"""
            <datasource jndi-name="java:jboss/datasources/ExampleDS" pool-name="ExampleDS" enabled="true">
                <connection-url>jdbc:oracle:thin:@//ora.«@corp|dc1».example.com:1521/«@ORCLPDB1|APPS»</connection-url>
                <driver>oracle</driver>
                <security>
                    <user-name>«@APP_OWNER|SCOTT|APPUSER»</user-name>
                    <password>«!pw16:p»</password>
                </security>
            </datasource>
""")
P("wildfly_jboss_cli_data_source_add_password_arg", WF_DS, r"""
[standalone@localhost:9990 /] data-source add --name=«@OrdersDS|AppDS» --jndi-name=java:/jdbc/«@orders|app» --driver-name=postgresql --connection-url=jdbc:postgresql://10.«dig2:a».«dig1:b».«dig2:c»:5432/«@orders|app» --user-name=«@orders|app» --password=«!pw16:p»
[standalone@localhost:9990 /] :reload
{"outcome" => "success"}
""")
P("wildfly_elytron_credential_reference_clear_text", WF_CS, r"""
<key-store name="httpsKS">
    <credential-reference clear-text="«!pw14:p»"/>
    <implementation type="PKCS12"/>
    <file path="application.keystore" relative-to="jboss.server.config.dir"/>
</key-store>
""")
P("wildfly_elytron_tool_credential_store_add_secret", WF_MIG, r"""
$ bin/elytron-tool.sh credential-store --location=standalone/configuration/«@credentials|cs».store --password «!pw16:s» --add «@db-password|dsPassword» --secret «!pw18:p»
Alias "«@db-password|dsPassword»" has been successfully stored
""")
P("wildfly_encrypted_expression_enc_resolver_blob", WF_ENC, r"""
<security user-name="«@app|orders»" password="${ENC::«@initialResolver|exampleResolver»:RUxZAUMQ«!b64s44:c»=}"/>
""")
P("jboss_vault_sh_masked_keystore_password_output", EAP_VAULT, r"""
********************************************
Vault Configuration in WildFly configuration file:
********************************************
<vault>
  <vault-option name="KEYSTORE_URL" value="/opt/jboss/vault/vault.keystore"/>
  <vault-option name="KEYSTORE_PASSWORD" value="MASK-«!b64s22:m»"/>
  <vault-option name="KEYSTORE_ALIAS" value="vault"/>
  <vault-option name="SALT" value="«an8:s»"/>
  <vault-option name="ITERATION_COUNT" value="«@44|50|120»"/>
  <vault-option name="ENC_FILE_DIR" value="/opt/jboss/vault/"/>
</vault>
""")
P("wildfly_mgmt_users_properties_digest_line", WF_ADDUSER, r"""
# Users can be added to this properties file at any time, updates after the server has started
# will be automatically detected.
#
#admin=2a0923285184943425d1f53ddd58ec7a
«@admin|jbossadmin|ops»=«!hex32:h»
""")
P("wildfly_add_user_sh_noninteractive_password_arg", WF_ADDUSER, r"""
RUN /opt/jboss/wildfly/bin/add-user.sh -u «@admin|mgmt» -p «!pw14:p» --silent
""")
P("jboss_standalone_conf_java_opts_keystore_password", WF_GS, r"""
JAVA_OPTS="$JAVA_OPTS -Djboss.bind.address=0.0.0.0"
JAVA_OPTS="$JAVA_OPTS -Djavax.net.ssl.keyStore=/opt/jboss/certs/server.p12 -Djavax.net.ssl.keyStorePassword=«!pw16:p» -Djavax.net.ssl.keyStoreType=PKCS12"
""")
P("wildfly_server_log_ironjacamar_connection_url_password", WF_DS, r"""
«TL» WARN  [org.jboss.jca.core.connectionmanager.pool.strategy.OnePool] (JCA PoolFiller) IJ000610: Unable to fill pool: java:jboss/datasources/«@MySqlDS|AppDS»: javax.resource.ResourceException: IJ031084: Unable to create connection
«TL» ERROR [org.jboss.jca.adapters.jdbc.local.LocalManagedConnectionFactory] (JCA PoolFiller) url: jdbc:mysql://«@mysql|db»-«dig1:n».example.internal:3306/«@app|orders»?user=«@app|orders»&password=«!pw16:p»&useSSL=true
""")
# ---- WebLogic
P("weblogic_boot_properties_clear_text_before_first_start", WL_BOOT, r"""
$ cat $DOMAIN_HOME/servers/«@AdminServer|ms1|managed_server_1»/security/boot.properties
username=«@weblogic|wlsadmin»
password=«!pw12:p»
""")
P("weblogic_boot_properties_aes256_ciphertext", WL_BOOT, r"""
#«@Tue|Wed|Fri» «@Jan|Jun|Sep» «@04|17|22» «@03|10|19»:«@15|42|58»:0«dig1:s» UTC 2024
password={AES256}«!b64s44:p»
username={AES256}«!b64s44:u»
""")
P("weblogic_config_xml_jdbc_password_encrypted_aes", WL_JDBC, r"""
<jdbc-data-source xmlns="http://xmlns.oracle.com/weblogic/jdbc-data-source">
  <name>«@AppDS|SOADataSource|OrdersDS»</name>
  <jdbc-driver-params>
    <url>jdbc:oracle:thin:@//db.example.internal:1521/«@PDB1|SOAPDB»</url>
    <driver-name>oracle.jdbc.xa.client.OracleXADataSource</driver-name>
    <password-encrypted>{AES}«!b64s44:p»</password-encrypted>
  </jdbc-driver-params>
</jdbc-data-source>
""")
P("weblogic_wlst_connect_call_echoed_in_script_log", WL_WLST, r"""
wls:/offline> connect('«@weblogic|wlsadmin»','«!pw14:p»','t3://«@admin|wlsadmin»-host.example.internal:7001')
Connecting to t3://«@admin|wlsadmin»-host.example.internal:7001 with userid «@weblogic|wlsadmin» ...
Successfully connected to Admin Server "AdminServer" that belongs to domain "«@base_domain|soa_domain»".
""")
P("weblogic_nm_password_properties_encrypted", WL_NM, r"""
#«@Mon|Thu» «@Mar|Oct» «@02|25» «@07|18»:«@11|44»:«@09|36» UTC 2024
hashed=«!b64s28:h»=
username={AES256}«!b64s44:u»
password={AES256}«!b64s44:p»
""")
P("weblogic_ps_java_management_password_property", WL_BOOT, r"""
oracle   «dig5:pid»     1  3 «@09|11»:«@02|48» ?        01:«@12|37»:05 /usr/java/jdk-17/bin/java -server -Xms1g -Xmx2g -Dweblogic.Name=«@ms1|ms2» -Dweblogic.management.username=«@weblogic|wlsadmin» -Dweblogic.management.password=«!pw14:p» -Dweblogic.management.server=t3://admin.example.internal:7001 weblogic.Server
""")
P("weblogic_wdt_model_yaml_clear_password", WL_WDT, r"""
domainInfo:
    AdminUserName: «@weblogic|wlsadmin»
    AdminPassword: '«!pw14:a»'
resources:
    JDBCSystemResource:
        «@AppDS|OrdersDS»:
            JdbcResource:
                JDBCDriverParams:
                    URL: 'jdbc:oracle:thin:@//db.example.internal:1521/PDB1'
                    PasswordEncrypted: '«!pw16:p»'
""")
# ---- WebSphere / Liberty
P("websphere_security_xml_authdata_xor_password", WAS_XOR, r"""
  <authDataEntries xmi:id="JAASAuthData_«dig13:i»" alias="«@cellNode01|dmgr»/«@db2user|orausr»" userId="«@db2inst1|appusr»" password="{xor}«!b64s20:x»" description="«@DB2|Oracle» auth alias"/>
""")
P("websphere_soap_client_props_login_password_xor", WAS_SOAP, r"""
com.ibm.SOAP.securityEnabled=true
com.ibm.SOAP.loginUserid=«@wasadmin|wsadmin»
com.ibm.SOAP.loginPassword={xor}«!b64s16:x»
com.ibm.SOAP.requestTimeout=180
""")
P("websphere_wsadmin_user_password_flags_history", WAS_WSADMIN, r"""
  «dig3:h»  /opt/IBM/WebSphere/AppServer/profiles/«@Dmgr01|AppSrv01»/bin/wsadmin.sh -lang jython -user «@wasadmin|wsadmin» -password «!pw14:p» -f /tmp/deploy_«@orders|portal».py
""")
P("liberty_server_xml_keystore_password_aes_encoded", LIB_KS, r"""
<server description="«@defaultServer|appServer»">
    <featureManager><feature>transportSecurity-1.0</feature></featureManager>
    <keyStore id="defaultKeyStore" password="{aes}«!b64s40:p»=" />
    <dataSource jndiName="jdbc/«@app|orders»"><properties.postgresql serverName="db" portNumber="5432" databaseName="app" user="app" password="{xor}«!b64s16:x»"/></dataSource>
</server>
""")
P("liberty_server_env_generated_keystore_password", LIB_KS, r"""
$ cat wlp/usr/servers/«@defaultServer|appServer»/server.env
WLP_SKIP_MAXPERMSIZE=true
keystore_password=«!an23:p»
""")
P("liberty_security_utility_encode_command_output", LIB_PW, r"""
$ bin/securityUtility encode --encoding=aes «!pw14:p»
{aes}«!b64s40:e»=
""")
# ---- Jetty / GlassFish / Payara
P("jetty_ssl_ini_obfuscated_keystore_password", JETTY_OBF, r"""
## Keystore password
jetty.sslContext.keyStorePassword=OBF:«!lc24:o»
## KeyManager password
# jetty.sslContext.keyManagerPassword=OBF:«!lc24:k»
jetty.sslContext.keyStorePath=etc/keystore.p12
""")
P("jetty_realm_properties_plain_and_md5_credentials", JETTY_REALM, r"""
# username: password[,rolename ...]
«@admin|jetty»: «!pw14:p»,server-administrator,content-administrator
«@monitor|ops»: MD5:«!hex32:h»,user
""")
P("payara_asadmin_passwordfile_contents", GF_PWFILE, r"""
$ cat /opt/payara/passwordFile
AS_ADMIN_PASSWORD=«!pw14:p»
AS_ADMIN_MASTERPASSWORD=«!pw14:m»
""")
P("glassfish_domain_xml_jdbc_pool_password_property", GF_POOL, r"""
<jdbc-connection-pool datasource-classname="org.postgresql.ds.PGSimpleDataSource" name="«@AppPool|OrdersPool»" res-type="javax.sql.DataSource">
  <property name="serverName" value="db.example.internal"></property>
  <property name="user" value="«@app|orders»"></property>
  <property name="password" value="«!pw16:p»"></property>
</jdbc-connection-pool>
""")
# ---- Spring Boot
P("spring_application_yml_datasource_and_rabbitmq_passwords", SB_PROPS, r"""
spring:
  datasource:
    url: jdbc:postgresql://«@pg|postgres».«@data|db».svc.cluster.local:5432/«@orders|app»
    username: «@orders|app»
    password: «!pw18:p»
  rabbitmq:
    host: rabbitmq.«@data|mq».svc.cluster.local
    username: «@orders|app»
    password: "«!pw16:r»"
""")
P("spring_application_properties_crlf_mail_password", SB_PROPS, r"""
spring.mail.host=smtp.example.com⏎
spring.mail.port=587⏎
spring.mail.username=«@noreply|alerts»@example.com⏎
spring.mail.password=«!pw16:p»⏎
spring.mail.properties.mail.smtp.starttls.enable=true⏎
""")
P("spring_oauth2_client_registration_client_secret_properties", SB_OAUTH, r"""
spring.security.oauth2.client.registration.«@okta|keycloak|azure».client-id=«lc20:c»
spring.security.oauth2.client.registration.«@okta|keycloak|azure».client-secret=«!b64u40:s»
spring.security.oauth2.client.registration.«@okta|keycloak|azure».scope=openid,profile,email
""")
P("spring_actuator_env_show_values_always_data_redis_password", SB_ACT, r"""
{"activeProfiles":["«@prod|k8s»"],"propertySources":[{"name":"Config resource 'class path resource [application-«@prod|k8s».yml]' via location 'optional:classpath:/'","properties":{"spring.data.redis.host":{"value":"redis-master","origin":"class path resource [application-«@prod|k8s».yml] - 12:13"},"spring.data.redis.password":{"value":"«!pw20:p»","origin":"class path resource [application-«@prod|k8s».yml] - 14:17"}}}]}
""")
P("spring_actuator_configprops_rabbit_properties_password", SB_CP, r"""
        "spring.rabbitmq-org.springframework.boot.autoconfigure.amqp.RabbitProperties" : {
          "prefix" : "spring.rabbitmq",
          "properties" : {
            "host" : "rabbitmq.example.internal",
            "port" : 5672,
            "username" : "«@app|orders»",
            "password" : "«!pw18:p»",
            "virtualHost" : "/«@orders|app»"
          },
""")
P("spring_actuator_env_sun_java_command_jar_args_password", SB_SAN, r"""
        "sun.java.command" : {
          "value" : "/app/«@orders|api|portal»-service.jar --spring.profiles.active=prod --spring.datasource.password=«!pw16:p» --server.port=8080"
        },
""")
P("spring_boot_generated_security_password_startup_log", SB_SEC, r"""
«TS»  WARN 1 --- [           main] .s.s.UserDetailsServiceAutoConfiguration : 

Using generated security password: «!uuid:g»

This generated password is for development use only. Your security configuration must be updated before running your application in production.

""")
P("spring_security_user_password_properties", SB_SEC, r"""
spring.security.user.name=«@actuator|admin|ops»
spring.security.user.password=«!pw16:p»
spring.security.user.roles=ACTUATOR
""")
P("spring_boot_failure_analyzer_binding_value_with_password", SB_FA, r"""
***************************
APPLICATION FAILED TO START
***************************

Description:

Failed to bind properties under 'spring.datasource.url' to java.lang.String:

    Property: spring.datasource.url
    Value: "jdbc:mysql://«@mysql|db».example.internal:3306/«@app|orders»?user=«@app|orders»&password=«!pw16:p»&useSSL=true"
    Origin: System Environment Property "SPRING_DATASOURCE_URL"
""")
P("spring_cloud_config_server_git_password_yaml", SCC_GIT, r"""
spring:
  cloud:
    config:
      server:
        git:
          uri: https://git.example.com/platform/config-repo.git
          username: «@config-bot|svc-config»
          password: «!pw20:p»
          default-label: main
""")
P("spring_cloud_config_encrypt_key_bootstrap_yml", SCC_ENC, r"""
# bootstrap.yml (config server)
encrypt:
  key: «!an32:k»
""")
P("spring_cloud_config_cipher_prefixed_hex_value", SCC_ENC, r"""
spring:
  datasource:
    username: «@orders|app»
    password: '{cipher}«!hex96:c»'
""")
P("spring_boot_admin_client_instance_metadata_password", SBA, r"""
spring.boot.admin.client.url=http://sba.example.internal:8080
spring.boot.admin.client.username=«@sba|admin»
spring.boot.admin.client.password=«!pw16:p»
spring.boot.admin.client.instance.metadata.user.name=actuator
spring.boot.admin.client.instance.metadata.user.password=«!pw16:q»
""")
P("spring_custom_app_jwt_secret_base64_yaml", SB_EXT, r"""
app:
  security:
    jwt:
      secret: «!b64s64:s»
      expiration-ms: «@3600000|86400000»
""")
P("spring_boot_docker_compose_env_datasource_password", SB_EXT, r"""
  «@orders|api|portal»:
    image: registry.example.com/«@orders|api|portal»:«dig1:a».«dig1:b».«dig1:c»
    environment:
      SPRING_PROFILES_ACTIVE: prod
      SPRING_DATASOURCE_URL: jdbc:postgresql://db:5432/«@orders|app»
      SPRING_DATASOURCE_USERNAME: «@orders|app»
      SPRING_DATASOURCE_PASSWORD: «!pw18:p»
""")
P("spring_boot_ps_java_jar_command_line_args", SB_EXT, r"""
spring      «dig4:pid» «dig1:c».«dig1:d» «dig1:e».«dig1:f» «dig7:v» «dig6:r» ?      Ssl  «@09|14»:«@03|51»  «dig1:t»:«dig2:u» java -jar /opt/app/«@billing|orders».jar --spring.datasource.password=«!pw16:p» --spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«@billing|orders»" password="«!pw16:k»";
""")
P("spring_boot_configmap_application_properties_block", K8S_SECRET, r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: «@orders|billing»-config
data:
  application.properties: |
    spring.jpa.open-in-view=false
    spring.mail.password=«!pw16:m»
    spring.datasource.hikari.data-source-properties.password=«!pw16:p»
""")
P("hikaricp_debug_config_dump_jdbc_url_password", HIKARI, r"""
«TS» DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : jdbcUrl.........................jdbc:postgresql://db.example.internal:5432/«@orders|app»?user=«@orders|app»&password=«!pw16:p»
«TS» DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : keepaliveTime...................0
«TS» DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : password........................<masked>
""")
P("jasypt_enc_wrapped_datasource_password_properties", JASYPT_SB, r"""
spring.datasource.url=jdbc:mysql://db.example.internal:3306/«@orders|app»
spring.datasource.username=«@orders|app»
spring.datasource.password=ENC(«!b64s64:e»)
""")
P("jasypt_encryptor_password_jvm_system_property", JASYPT_SB, r"""
ExecStart=/usr/bin/java -Djasypt.encryptor.password=«!pw20:p» -jar /opt/«@orders|billing»/app.jar
""")
P("jasypt_cli_encrypt_sh_arguments_and_output", JASYPT_CLI, r"""
$ ./encrypt.sh input="«!pw14:i»" password=«!pw18:p» algorithm=PBEWithMD5AndDES
----ENVIRONMENT-----------------
Runtime: Eclipse Adoptium OpenJDK 64-Bit Server VM 17.0.«dig1:a»+7
----ARGUMENTS-------------------
input: «!pw14:i»
password: «!pw18:p»
algorithm: PBEWithMD5AndDES
----OUTPUT----------------------
«!b64s32:o»
""")
P("jasypt_kubectl_describe_pod_env_encryptor_password", JASYPT_SB, r"""
    Environment:
      SPRING_PROFILES_ACTIVE:        prod
      JASYPT_ENCRYPTOR_PASSWORD:     «!pw20:p»
      JAVA_TOOL_OPTIONS:             -XX:MaxRAMPercentage=75.0
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-«lc5:k» (ro)
""")
# ---- .NET / IIS
P("webconfig_connectionstrings_sqlclient_password", NET_CS, r"""
  <connectionStrings>
    <add name="«@DefaultConnection|AppDb|Orders»" connectionString="Data Source=«@sql01|mssql».corp.example.com;Initial Catalog=«@Orders|AppDb»;User ID=«@app_user|svc_orders»;Password=«!pw18:p»;Encrypt=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
""")
P("webconfig_machinekey_validation_and_decryption_keys", NET_MK, r"""
    <machineKey validationKey="«!hex128:v»" decryptionKey="«!hex48:d»" validation="HMACSHA256" decryption="AES" />
""")
P("webconfig_appsettings_add_key_smtp_password_bom_crlf", NET_CS, r"""
﻿<?xml version="1.0" encoding="utf-8"?>⏎
<configuration>⏎
  <appSettings>⏎
    <add key="SmtpHost" value="smtp.example.com" />⏎
    <add key="SmtpPassword" value="«!pw16:p»" />⏎
  </appSettings>⏎
""")
P("webconfig_sessionstate_sqlserver_connection_string", NET_SESS, r"""
<sessionState mode="SQLServer" sqlConnectionString="data source=«@sqlsess|sql02».example.internal;user id=«@aspstate|sess»;password=«!pw16:p»" cookieless="false" timeout="20" />
""")
P("webconfig_system_net_mailsettings_network_password", NET_SMTP, r"""
  <system.net>
    <mailSettings>
      <smtp from="«@noreply|alerts»@example.com">
        <network host="smtp.example.com" port="587" userName="«@noreply|alerts»@example.com" password="«!pw16:p»" enableSsl="true" />
      </smtp>
    </mailSettings>
  </system.net>
""")
P("webconfig_forms_authentication_clear_credentials", NET_FORMS, r"""
<authentication mode="Forms">
  <forms loginUrl="~/Account/Login" timeout="30">
    <credentials passwordFormat="Clear">
      <user name="«@admin|ops»" password="«!pw14:p»" />
    </credentials>
  </forms>
</authentication>
""")
P("appsettings_json_npgsql_connection_string_password", NET_NPGSQL, r"""
{
  "ConnectionStrings": {
    "«@Default|AppDb|Orders»": "Host=«@pg|postgres».example.internal;Port=5432;Database=«@orders|app»;Username=«@orders|app»;Password=«!pw18:p»;SSL Mode=Require"
  },
  "AllowedHosts": "*"
}
""")
P("appsettings_json_smtp_section_password", NET_APPSET, r"""
  "Smtp": {
    "Host": "smtp.example.com",
    "Port": 587,
    "UserName": "«@noreply|alerts»@example.com",
    "Password": "«!pw16:p»"
  },
""")
P("dotnet_user_secrets_secrets_json_file_contents", NET_US, r"""
PS C:\Users\«@dev|jdoe»> type $env:APPDATA\Microsoft\UserSecrets\«uuid:u»\secrets.json
{
  "Movies:ServiceApiKey": "«!an32:k»",
  "ConnectionStrings:Default": "Server=(localdb)\\mssqllocaldb;Database=«@Movies|Orders»;User Id=sa;Password=«!pw16:p»"
}
""")
P("aspnetcore_docker_inspect_connectionstrings_double_underscore", DOCKER_INSPECT, r"""
            "Env": [
                "ASPNETCORE_ENVIRONMENT=Production",
                "ConnectionStrings__«@Default|Orders»=Server=«@sql|mssql»,1433;Database=«@Orders|App»;User Id=sa;Password=«!pw18:p»;TrustServerCertificate=True",
                "DOTNET_RUNNING_IN_CONTAINER=true"
            ],
""")
P("aspnetcore_kestrel_default_certificate_password_env", NET_KESTREL, r"""
ASPNETCORE_URLS=https://+:443;http://+:80
ASPNETCORE_Kestrel__Certificates__Default__Path=/https/aspnetapp.pfx
ASPNETCORE_Kestrel__Certificates__Default__Password=«!pw16:p»
""")
P("dotnet_ef_database_update_connection_argument", NET_EF, r"""
> dotnet ef database update --project src/«@Orders|Portal».Data --connection "Server=«@sql01|mssql».example.internal;Database=«@Orders|Portal»;User Id=«@migrator|deploy»;Password=«!pw16:p»;TrustServerCertificate=True"
Build started...
Build succeeded.
Applying migration '2024«dig10:m»_«@AddIndexes|InitialCreate»'.
Done.
""")
P("iis_applicationhost_config_apppool_encrypted_password", IIS_AH, r"""
<add name="«@OrdersPool|PortalPool»" managedRuntimeVersion="v4.0">
    <processModel identityType="SpecificUser" userName="CORP\«@svc_orders|svc_portal»" password="[enc:IISWASOnlyCngProvider:«!b64s64:e»=:enc]" />
</add>
""")
P("iis_appcmd_set_apppool_process_model_password", IIS_APPCMD, r"""
C:\Windows\System32\inetsrv>appcmd set apppool /apppool.name:"«@OrdersPool|PortalPool»" /processModel.identityType:SpecificUser /processModel.userName:CORP\«@svc_orders|svc_portal» /processModel.password:«!pw16:p»⏎
APPPOOL object "«@OrdersPool|PortalPool»" changed⏎
""")
P("iis_virtual_directory_unc_path_password_attr", IIS_VDIR, r"""
<virtualDirectory path="/«@media|files»" physicalPath="\\fs01.corp.example.com\«@media|files»$" userName="CORP\«@svc_iis|svc_web»" password="«!pw16:p»" />
""")
P("appsettings_configmap_json_escaped_once_connection_string", K8S_SECRET, r"""
{"apiVersion":"v1","data":{"appsettings.Production.json":"{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=mssql;Database=«@Orders|App»;User Id=sa;Password=«!pw16:p»\"\n  }\n}\n"},"kind":"ConfigMap","metadata":{"name":"«@orders|portal»-appsettings","namespace":"«@apps|web»"}}
""")
# ---- PHP: WordPress / Laravel / Symfony / Drupal / Magento / Joomla
P("wordpress_wp_config_logged_in_and_nonce_salts_crlf", WP_CFG, r"""
define( 'DB_PASSWORD', '«!pw16:p»' );⏎
define( 'LOGGED_IN_KEY',    '«!pw64:a»' );⏎
define( 'NONCE_KEY',        '«!pw64:b»' );⏎
define( 'LOGGED_IN_SALT',   '«!pw64:c»' );⏎
define( 'NONCE_SALT',       '«!pw64:d»' );⏎
""")
P("wordpress_docker_env_db_password_and_auth_key", WP_DOCKER, r"""
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: «@wordpress|wp»
      WORDPRESS_DB_PASSWORD: «!pw16:p»
      WORDPRESS_DB_NAME: «@wordpress|wp»
      WORDPRESS_AUTH_KEY: «!pw40:k»
""")
P("wordpress_wp_cli_config_create_dbpass_history", WP_CLI, r"""
  «dig3:h»  wp config create --dbname=«@wordpress|blog» --dbuser=«@wp|blog» --dbpass=«!pw16:p» --dbhost=«@mysql|db».example.internal --locale=en_US
""")
P("wordpress_bitnami_helm_values_passwords", WP_BITNAMI, r"""
wordpressUsername: «@admin|editor»
wordpressPassword: "«!pw16:w»"
wordpressEmail: «@admin|web»@example.com
mariadb:
  auth:
    rootPassword: "«!pw18:r»"
    password: "«!pw16:p»"
""")
P("laravel_env_db_and_mail_passwords_with_app_key", LV_CFG, r"""
APP_NAME=«@Portal|Orders»
APP_ENV=production
APP_KEY=base64:«!b64s43:k»=
APP_DEBUG=false
DB_CONNECTION=mysql
DB_PASSWORD=«!pw16:p»
MAIL_PASSWORD=«!pw16:m»
""")
P("laravel_config_cache_php_array_app_key", LV_DEPLOY, r"""
<?php return array (
  'app' => 
  array (
    'name' => '«@Portal|Orders»',
    'env' => 'production',
    'key' => 'base64:«!b64s43:k»=',
    'cipher' => 'AES-256-CBC',
""")
P("laravel_artisan_key_generate_show_output", LV_ENC, r"""
$ php artisan key:generate --show
base64:«!b64s43:k»=
""")
P("laravel_compose_env_app_key_redis_password", LV_CFG, r"""
      - APP_KEY=base64:«!b64s43:k»=
      - REDIS_HOST=redis
      - REDIS_PASSWORD=«!pw20:r»
""")
P("symfony_env_local_app_secret_hex", SF_SECRET, r"""
###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET=«!hex32:s»
###< symfony/framework-bundle ###
""")
P("symfony_secrets_list_reveal_table", SF_VAULT, r"""
$ php bin/console secrets:list --reveal

 ------------------- ------------ ------------- 
  Secret              Value        Local Value  
 ------------------- ------------ ------------- 
  DATABASE_PASSWORD   "«!pw16:p»"               
  STRIPE_SECRET       "«!an24:s»"               
 ------------------- ------------ ------------- 
""")
P("symfony_messenger_transport_dsn_amqp_password", SF_MSG, r"""
###> symfony/messenger ###
MESSENGER_TRANSPORT_DSN=amqp://«@app|orders»:«!pw16:p»@rabbitmq:5672/%2f/messages
###< symfony/messenger ###
""")
P("symfony_mailer_dsn_smtp_password", SF_MAIL, r"""
MAILER_DSN=smtp://«@noreply|alerts»%40example.com:«!pw16:p»@smtp.example.com:587
""")
P("php_cli_info_environment_section_password", PHP_I, r"""
Environment

Variable => Value
HOSTNAME => «@web|php-fpm»-«lc10:h»-«lc5:k»
DB_PASSWORD => «!pw16:p»
$_SERVER['DB_PASSWORD'] => «!pw16:p»
""")
P("drupal_settings_php_databases_password_and_hash_salt", DRUPAL, r"""
$databases['default']['default'] = [
  'database' => '«@drupal|cms»',
  'username' => '«@drupal|cms»',
  'password' => '«!pw16:p»',
  'host' => '«@mysql|db».example.internal',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '«!b64u43:s»';
""")
P("magento_env_php_crypt_key_and_db_password", MAGENTO, r"""
    'crypt' => [
        'key' => '«!hex32:k»'
    ],
    'db' => [
        'connection' => [
            'default' => [
                'host' => 'mysql.example.internal',
                'username' => '«@magento|shop»',
                'password' => '«!pw16:p»',
""")
P("joomla_configuration_php_password_and_secret", JOOMLA, r"""
	public $user = '«@joomla|cms»';
	public $password = '«!pw16:p»';
	public $db = '«@joomla|cms»';
	public $dbprefix = '«lc4:x»_';
	public $secret = '«!an16:s»';
	public $smtppass = '«!pw14:m»';
""")
# ---- Rails and Ruby
P("rails_database_yml_erb_fetch_default_password", RAILS_DB, r"""
production:
  <<: *default
  database: «@orders|portal»_production
  username: «@orders|portal»
  password: <%= ENV.fetch("DATABASE_PASSWORD") { "«!pw16:p»" } %>
""")
P("rails_docker_inspect_env_master_key_and_database_url", DOCKER_INSPECT, r"""
                "RAILS_ENV=production",
                "RAILS_MASTER_KEY=«!hex32:k»",
                "DATABASE_URL=postgres://«@portal|orders»:«!pw16:p»@db:5432/«@portal|orders»_production",
""")
P("rails_console_credentials_config_hash_inspect", RAILS_CRED, r"""
irb(main):001> Rails.application.credentials.config
=> {:secret_key_base=>"«!hex128:b»", :aws=>{:access_key_id=>"AKIA«uc16:a»", :secret_access_key=>"«!b64s40:s»"}}
""")
P("rails_cable_yml_redis_url_password", RAILS_CABLE, r"""
production:
  adapter: redis
  url: redis://:«!pw20:p»@redis.example.internal:6379/1
  channel_prefix: «@portal|orders»_production
""")
P("kamal_secrets_file_registry_password_master_key", KAMAL, r"""
# .kamal/secrets
KAMAL_REGISTRY_PASSWORD=«!pw24:r»
RAILS_MASTER_KEY=«!hex32:k»
POSTGRES_PASSWORD=«!pw16:p»
""")
P("devise_initializer_secret_key_and_pepper", DEVISE, r"""
Devise.setup do |config|
  config.secret_key = '«!hex128:s»'
  config.mailer_sender = 'please-change-me-at-config-initializers-devise@example.com'
  config.pepper = '«!hex128:p»'
""")
P("passenger_nginx_env_var_secret_key_base", PASSENGER, r"""
    server {
        listen 80;
        server_name «@portal|orders».example.com;
        root /var/www/«@portal|orders»/public;
        passenger_enabled on;
        passenger_env_var SECRET_KEY_BASE «!hex128:s»;
        passenger_env_var DATABASE_PASSWORD «!pw16:p»;
    }
""")
# ---- Django
P("django_settings_py_insecure_prefixed_secret_key", DJ_SET, r"""
# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = 'django-insecure-«!lc50:k»'

# SECURITY WARNING: don't run with debug turned on in production!
DEBUG = True
""")
P("django_settings_databases_dict_literal_password", DJ_SET, r"""
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "«@orders|portal»",
        "USER": "«@orders|portal»",
        "PASSWORD": "«!pw18:p»",
        "HOST": "pg.example.internal",
        "PORT": "5432",
    }
}
""")
P("django_environ_env_file_database_url_and_secret", DJ_ENVIRON, r"""
DEBUG=off
SECRET_KEY=«!pw50:k»
DATABASE_URL=psql://«@orders|portal»:«!pw16:p»@127.0.0.1:8458/database
CACHE_URL=redis://:«!pw16:r»@redis:6379/0
""")
P("django_storages_aws_secret_access_key_settings", DJ_STORAGES, r"""
STORAGES = {"default": {"BACKEND": "storages.backends.s3.S3Storage"}}
AWS_ACCESS_KEY_ID = "AKIA«uc16:a»"
AWS_SECRET_ACCESS_KEY = "«!b64s40:s»"
AWS_STORAGE_BUCKET_NAME = "«@media|uploads»-«lc6:b»"
""")
P("django_channels_redis_layer_hosts_password", DJ_CHANNELS, r"""
CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        "CONFIG": {"hosts": ["redis://:«!pw20:p»@redis.example.internal:6379/2"]},
    },
}
""")
P("django_shell_settings_databases_repr", DJ_SET, r"""
>>> from django.conf import settings
>>> settings.DATABASES['default']
{'ENGINE': 'django.db.backends.mysql', 'NAME': '«@orders|portal»', 'USER': '«@orders|portal»', 'PASSWORD': '«!pw16:p»', 'HOST': 'mysql', 'PORT': '3306', 'ATOMIC_REQUESTS': False, 'AUTOCOMMIT': True, 'CONN_MAX_AGE': 0, 'CONN_HEALTH_CHECKS': False, 'OPTIONS': {}, 'TIME_ZONE': None, 'TEST': {'CHARSET': None, 'COLLATION': None, 'MIGRATE': True, 'MIRROR': None, 'NAME': None}}
""")
# ---- Node / Express and friends
P("express_app_js_session_middleware_secret_literal", EXP_SESS, r"""
app.use(session({
  name: '«@sid|connect.sid»',
  secret: '«!pw32:s»',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true }
}))
""")
P("express_dotenv_session_and_jwt_secrets", EXP_SESS, r"""
NODE_ENV=production
PORT=3000
SESSION_SECRET=«!hex64:s»
JWT_SECRET=«!b64s44:j»
MONGODB_URI=mongodb+srv://«@app|orders»:«!pw16:p»@cluster0.«lc5:c».mongodb.net/«@orders|app»
""")
P("express_cookie_parser_secret_compose_env", EXP_COOKIE, r"""
    environment:
      - COOKIE_SECRET=«!an32:c»
      - REDIS_URL=redis://default:«!pw16:r»@redis:6379
""")
P("node_console_log_process_env_inspect_object", NODE_UTIL, r"""
{
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://«@app|orders»:«!pw16:p»@pg.example.internal:5432/«@app|orders»',
  SESSION_SECRET: '«!hex48:s»',
  HOSTNAME: '«@api|web»-«lc9:h»-«lc5:k»',
""")
P("strapi_env_app_keys_and_jwt_secrets", STRAPI, r"""
HOST=0.0.0.0
PORT=1337
APP_KEYS=«!b64s22:a»==,«!b64s22:b»==
API_TOKEN_SALT=«!b64s22:c»==
ADMIN_JWT_SECRET=«!b64s22:d»==
TRANSFER_TOKEN_SALT=«!b64s22:e»==
JWT_SECRET=«!b64s22:f»==
""")
P("nuxt_runtime_config_session_password_env", NUXT, r"""
NUXT_SESSION_PASSWORD=«!pw40:s»
NUXT_OAUTH_GITHUB_CLIENT_ID=Ov23li«an14:c»
NUXT_OAUTH_GITHUB_CLIENT_SECRET=«!hex40:g»
""")
P("koa_app_keys_array_signed_cookies", KOA, r"""
const app = new Koa();
app.keys = ['«!an32:a»', '«!an32:b»'];
app.use(session({ key: 'koa.sess', maxAge: 86400000, signed: true }, app));
""")
P("sequelize_config_json_production_password", SEQUELIZE, r"""
  "production": {
    "username": "«@orders|app»",
    "password": "«!pw16:p»",
    "database": "«@orders|app»_production",
    "host": "pg.example.internal",
    "dialect": "postgres"
  }
""")
P("ghost_config_production_json_mail_auth_pass", GHOST, r"""
  "mail": {
    "transport": "SMTP",
    "options": {
      "service": "Mailgun",
      "auth": {
        "user": "postmaster@mg.example.com",
        "pass": "«!pw32:p»"
      }
    }
  },
""")
# ---- Flask / FastAPI / Starlette / Python servers
P("flask_app_config_repr_secret_key_and_sqlalchemy_uri", FLASK_CFG, r"""
>>> app.config
<Config {'DEBUG': False, 'TESTING': False, 'PROPAGATE_EXCEPTIONS': None, 'SECRET_KEY': '«!hex64:k»', 'SECRET_KEY_FALLBACKS': None, 'PERMANENT_SESSION_LIFETIME': datetime.timedelta(days=31), 'SQLALCHEMY_DATABASE_URI': 'postgresql://«@app|orders»:«!pw16:p»@pg:5432/«@app|orders»', 'SESSION_COOKIE_NAME': 'session'}>
""")
P("flask_instance_config_py_token_hex_secret", FLASK_CFG, r"""
# instance/config.py -- generated with: python -c 'import secrets; print(secrets.token_hex())'
SECRET_KEY = '«!hex64:k»'
WTF_CSRF_SECRET_KEY = '«!hex64:w»'
""")
P("werkzeug_dev_server_debugger_pin_banner", WERKZEUG, r"""
 * Serving Flask app '«@app|portal|wsgi»'
 * Debug mode: on
WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.
 * Running on http://127.0.0.1:5000
Press CTRL+C to quit
 * Restarting with stat
 * Debugger is active!
 * Debugger PIN: «!pin9:a»
""")
P("fastapi_pydantic_settings_repr_plain_str_fields", PYD_SET, r"""
INFO:     Loaded settings: app_name='«@orders|inference|portal»-api' database_url='postgresql+asyncpg://«@app|orders»:«!pw16:p»@pg:5432/«@app|orders»' jwt_secret='«!hex64:j»' access_token_expire_minutes=30
""")
P("starlette_session_middleware_secret_in_traceback_source", STARLETTE, r"""
Traceback (most recent call last):
  File "/app/main.py", line «dig2:l», in <module>
    app.add_middleware(SessionMiddleware, secret_key="«!an40:s»", https_only=True)
TypeError: SessionMiddleware.__init__() got an unexpected keyword argument 'https_only'
""")
P("gunicorn_conf_py_raw_env_assignment_list", GUNI, r"""
bind = "0.0.0.0:8000"
workers = «@2|4|8»
raw_env = [
    "DJANGO_SETTINGS_MODULE=«@portal|orders».settings.production",
    "DJANGO_SECRET_KEY=«!pw50:k»",
    "DATABASE_PASSWORD=«!pw16:p»",
]
""")
P("uwsgi_ini_env_option_secret_key_and_db_password", UWSGI, r"""
[uwsgi]
module = «@portal|orders».wsgi:application
master = true
processes = «@4|8»
env = DJANGO_SECRET_KEY=«!pw50:k»
env = DB_PASSWORD=«!pw16:p»
""")
P("nginx_unit_control_api_config_application_environment", UNIT, r"""
$ curl --unix-socket /var/run/control.unit.sock http://localhost/config/applications/
{
	"«@portal|orders»": {
		"type": "python 3.11",
		"path": "/srv/«@portal|orders»",
		"module": "wsgi",
		"environment": {
			"DJANGO_SECRET_KEY": "«!pw50:k»",
			"DB_PASS": "«!pw16:p»"
		}
	}
}
""")
# ---- Kubernetes / Docker objects around these stacks
P("k8s_secret_stringdata_spring_application_properties", K8S_SECRET, r"""
apiVersion: v1
kind: Secret
metadata:
  name: «@orders|billing»-app-secrets
type: Opaque
stringData:
  application-secrets.properties: |
    spring.datasource.password=«!pw18:p»
    jasypt.encryptor.password=«!pw20:j»
""")
P("k8s_secret_data_base64_laravel_app_key", K8S_SECRET, r"""
apiVersion: v1
kind: Secret
metadata:
  name: «@portal|shop»-laravel
data:
  APP_KEY: «!b64s43:k|b64:base64:»
  DB_PASSWORD: «!pw16:p|b64:»
""")
P("k8s_secret_data_base64_django_secret_key", K8S_SECRET, r"""
data:
  DJANGO_SECRET_KEY: «!pw50:k|b64:»
  DATABASE_PASSWORD: «!pw16:p|b64:»
kind: Secret
""")
P("helm_values_tomcat_manager_and_keystore_passwords", TOMCAT_MGR, r"""
tomcatUsername: «@manager|admin»
tomcatPassword: "«!pw16:p»"
tls:
  keystorePassword: "«!pw16:k»"
""")
P("docker_run_wildfly_admin_password_env_history", WF_GS, r"""
$ docker run -d --name «@wildfly|eap» -p 8080:8080 -p 9990:9990 -e WILDFLY_ADMIN_USER=admin -e WILDFLY_ADMIN_PASSWORD=«!pw16:p» quay.io/wildfly/wildfly:«@31|32».0.0.Final-jdk17
«hex64:cid»
""")
# ---- logs escaped, cut, traced
P("fluentbit_json_record_spring_log_cut_mid_line", FLUENTBIT, r"""
{"date":«TE»,"log":"«TS»  INFO 1 --- [main] o.s.b.c.c.ConfigDataEnvironment : spring.datasource.url=jdbc:postgresql://pg:5432/«@orders|app»?user=«@orders|app»&password=«!pw16:p»&sslmode=req
""")
P("docker_json_log_appsettings_escaped_twice", DOCKER_INSPECT, r"""
{"log":"{\"EventId\":1,\"LogLevel\":\"Debug\",\"Category\":\"Startup\",\"Message\":\"Config: {\\\"ConnectionStrings:Default\\\":\\\"Server=mssql;Database=«@Orders|App»;User Id=sa;Password=«!pw16:p»\\\"}\"}\n","stream":"stdout","time":"«T»"}
""")
P("tomcat_catalina_log_jndi_resource_factory_debug_props", TOMCAT_JNDI, r"""
«@12|27»-«@Jan|Sep»-2024 «@10|16»:«@05|44»:«dig2:s».«dig3:ms» FINE [main] org.apache.naming.factory.ResourceFactory.getObjectInstance Resource [jdbc/«@AppDB|Orders»] properties: {driverClassName=org.postgresql.Driver, maxTotal=50, password=«!pw16:p», url=jdbc:postgresql://pg:5432/«@app|orders», username=«@app|orders»}
""")
P("spring_boot_stack_trace_r2dbc_url_password", SB_PROPS, r"""
«TS» ERROR 1 --- [actor-tcp-nio-1] o.s.b.SpringApplication : Application run failed
io.r2dbc.spi.R2dbcNonTransientResourceException: Cannot connect to r2dbc:postgresql://«@orders|app»:«!pw16:p»@pg.example.internal:5432/«@orders|app»
	at io.r2dbc.postgresql.PostgresqlConnectionFactory.lambda$doCreateConnection$1(PostgresqlConnectionFactory.java:«dig3:l»)
""")
P("django_runserver_traceback_frame_local_settings_dict", DJ_SET, r"""
  File "/usr/local/lib/python3.12/site-packages/django/db/backends/postgresql/base.py", line «dig3:l», in get_new_connection
    connection = self.Database.connect(**conn_params)
conn_params = {'dbname': '«@portal|orders»', 'client_encoding': 'UTF8', 'cursor_factory': <class 'psycopg2.extensions.cursor'>, 'user': '«@portal|orders»', 'password': '«!pw16:p»', 'host': 'pg', 'port': '5432'}
""")
P("laravel_log_config_dump_redis_password_json", LV_CFG, r"""
[«TS»] production.DEBUG: redis config {"client":"phpredis","default":{"url":null,"host":"redis","username":null,"password":"«!pw20:p»","port":"6379","database":"0"}}
""")
P("rails_log_connection_not_established_url_password", RAILS_DB, r"""
E, [«T» #«dig2:p»] ERROR -- : ActiveRecord::ConnectionNotEstablished (connection to server at "10.«dig2:a».«dig1:b».«dig2:c»", port 5432 failed: FATAL: no pg_hba.conf entry) url: "postgres://«@portal|orders»:«!pw16:p»@10.«dig2:a».«dig1:b».«dig2:c»:5432/«@portal|orders»_production"
""")
P("node_unhandled_rejection_sequelize_config_dump", SEQUELIZE, r"""
Unhandled rejection SequelizeConnectionRefusedError: connect ECONNREFUSED 10.«dig2:a».«dig1:b».«dig2:c»:5432
    at Client._connectionCallback (/app/node_modules/sequelize/lib/dialects/postgres/connection-manager.js:«dig3:l»:24)
  config: { username: '«@app|orders»', password: '«!pw16:p»', database: '«@app|orders»', host: '10.«dig2:a».«dig1:b».«dig2:c»', dialect: 'postgres' }
""")
P("http_dump_basic_auth_actuator_request", SB_SEC, r"""
> GET /actuator/env HTTP/1.1
> Host: «@orders|billing».example.internal:8081
> Authorization: Basic «!pw16:p|basic:actuator»
> User-Agent: curl/8.«dig1:a».0
> Accept: */*
""")
P("http_dump_wordpress_application_password_basic", WP_CFG, r"""
POST /wp-json/wp/v2/posts HTTP/1.1
Host: blog.example.com
Authorization: Basic «!an24:p|basic:editor»
Content-Type: application/json
""")
P("wordpress_application_password_created_cli_output", WP_CLI, r"""
$ wp user application-password create «@editor|admin» «@ci-publisher|zapier» --porcelain
«!an24:p»
""")
P("payara_asadmin_create_password_alias_echo", GF_PWFILE, r"""
+ echo "AS_ADMIN_ALIASPASSWORD=«!pw16:p»" > /tmp/pwfile && asadmin --user admin --passwordfile /tmp/pwfile create-password-alias «@db-password|ds_pw»
Command create-password-alias executed successfully.
""")
# ---- more application-server and framework shapes
P("wildfly_jboss_cli_credential_store_add_alias_secret_value", WF_CS, r"""
[standalone@localhost:9990 /] /subsystem=elytron/credential-store=«@credstore|cs»:add-alias(alias=«@db-password|dsPassword», secret-value="«!pw18:p»")
{"outcome" => "success"}
""")
P("weblogic_wlst_jdbc_driver_params_set_password", WL_WLST, r"""
cd('/JDBCSystemResources/«@AppDS|OrdersDS»/JDBCResource/«@AppDS|OrdersDS»/JDBCDriverParams/«@AppDS|OrdersDS»')
cmo.setUrl('jdbc:oracle:thin:@//db.example.internal:1521/PDB1')
cmo.setPassword('«!pw16:p»')
""")
P("websphere_wsadmin_create_auth_data_entry_jython", WAS_WSADMIN, r"""
wsadmin>AdminTask.createAuthDataEntry('[-alias «@db2user|orausr» -user «@db2inst1|appusr» -password «!pw16:p» -description "«@DB2|Oracle» alias"]')
'«@db2user|orausr»'
""")
P("laravel_tinker_config_database_connection_dump", LV_CFG, r"""
> config('database.connections.mysql')
= [
    "driver" => "mysql",
    "host" => "mysql",
    "username" => "«@laravel|portal»",
    "password" => "«!pw16:p»",
  ]
""")
P("rails_secret_command_output_secret_key_base", RAILS_CRED, r"""
$ bin/rails secret
«!hex128:s»
""")
P("django_get_random_secret_key_one_liner_output", DJ_DEPLOY, r"""
$ python -c 'from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())'
«!lc50:k»
""")
P("iis_url_rewrite_server_variable_basic_authorization", IIS_VDIR, r"""
<rule name="«@ProxyToOrders|ProxyToPortal»" stopProcessing="true">
  <match url="^api/(.*)" />
  <serverVariables>
    <set name="HTTP_AUTHORIZATION" value="Basic «!pw16:p|basic:svc_proxy»" />
  </serverVariables>
  <action type="Rewrite" url="http://«@orders|portal»-backend:8080/{R:1}" />
</rule>
""")
P("express_basic_auth_users_object_literal", EXP_SESS, r"""
app.use('/admin', basicAuth({
  users: { '«@admin|ops|metrics»': '«!pw16:p»' },
  challenge: true,
}))
""")
P("liberty_bootstrap_properties_db_password", LIB_KS, r"""
# wlp/usr/servers/«@defaultServer|appServer»/bootstrap.properties
default.http.port=9080
db.user=«@app|orders»
db.password=«!pw16:p»
""")
P("tomcat_context_xml_mail_session_resource_password", TOMCAT_JNDI, r"""
<Resource name="mail/Session" auth="Container" type="jakarta.mail.Session"
          mail.smtp.host="smtp.example.com" mail.smtp.port="587" mail.smtp.auth="true"
          mail.smtp.user="«@noreply|alerts»@example.com" password="«!pw16:p»" />
""")
P("spring_cloud_vault_static_token_bootstrap", "https://docs.spring.io/spring-cloud-vault/reference/authentication.html#vault.config.authentication.token", r"""
spring.cloud.vault.uri=https://vault.example.internal:8200
spring.cloud.vault.authentication=TOKEN
spring.cloud.vault.token=hvs.«!b64u24:t»
""")
# ================================================================ NEGATIVES
# ---- Tomcat
N("tomcat_users_xml_sample_must_be_changed_placeholders", TOMCAT_USERS, r"""
<!--
  <user username="admin" password="<must-be-changed>" roles="manager-gui"/>
  <user username="robot" password="<must-be-changed>" roles="manager-script"/>
-->
<role rolename="«@manager-gui|manager-status|manager-jmx»"/>
<user username="«@ci|deployer|monitor|ops|jenkins»" roles="«@manager-script|manager-status»"/>
""")
N("tomcat_server_xml_keystore_pass_property_reference", TOMCAT_SSL, r"""
<Certificate certificateKeystoreFile="${catalina.base}/conf/«@tls|server|proxy|wandb|edge».p12"
             certificateKeystorePassword="${«@keystore.pass|tls.keystore.password»}" type="RSA" />
""")
N("tomcat_version_logger_command_line_arguments", TOMCAT_RUN, r"""
«@03|18|26»-«@Apr|Aug|Dec»-2024 «@07|12|19»:«@21|48»:«dig2:s».«dig3:m» INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Djava.util.logging.config.file=/usr/local/tomcat/conf/logging.properties
«@03|18|26»-«@Apr|Aug|Dec»-2024 «@07|12|19»:«@21|48»:«dig2:s».«dig3:n» INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Djdk.tls.ephemeralDHKeySize=2048
«@03|18|26»-«@Apr|Aug|Dec»-2024 «@07|12|19»:«@21|48»:«dig2:s».«dig3:o» INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Dorg.apache.catalina.security.SecurityListener.UMASK=0027
""")
N("tomcat_web_xml_session_cookie_config_flags", TOMCAT_RUN, r"""
<session-config>
  <session-timeout>«@15|30|60»</session-timeout>
  <cookie-config>
    <name>«@JSESSIONID|PORTALSESSION|SID»</name>
    <http-only>true</http-only>
    <secure>«@true|false»</secure>
  </cookie-config>
  <tracking-mode>COOKIE</tracking-mode>
</session-config>
""")
N("tomcat_credential_handler_digest_policy_attrs", TOMCAT_CRED, r"""
<Realm className="org.apache.catalina.realm.UserDatabaseRealm" resourceName="UserDatabase">
  <CredentialHandler className="org.apache.catalina.realm.«@MessageDigestCredentialHandler|SecretKeyCredentialHandler»" algorithm="«@SHA-256|SHA-512|PBKDF2WithHmacSHA512»" iterations="«dig5:i»" saltLength="«@16|32»" />
</Realm>
""")
N("tomcat_manager_text_list_applications_versions", TOMCAT_MGR, r"""
OK - Listed applications for virtual host [localhost]
/:running:0:ROOT
/manager:running:«dig1:a»:manager
/«@orders|portal|api»:running:«dig2:b»:«@orders|portal|api»##«dig1:c».«dig1:d».«dig2:e»
""")
N("tomcat_jstack_thread_dump_native_ids", JSTACK, r"""
"http-nio-8080-exec-«dig2:n»" #«dig2:t» daemon prio=5 os_prio=0 cpu=«dig3:c».«dig2:d»ms elapsed=«dig4:e».«dig2:f»s tid=0x00007f«hex10:tid» nid=0x«hex4:nid» waiting on condition  [0x00007f«hex10:sp»]
   java.lang.Thread.State: WAITING (parking)
	at jdk.internal.misc.Unsafe.park(java.base@17.0.«dig1:v»/Native Method)
	- parking to wait for  <0x00000000«hex8:obj»> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)
""")
N("tomcat_keytool_list_sha256_certificate_fingerprint", KEYTOOL, r"""
Keystore type: PKCS12
Keystore provider: SUN

Your keystore contains 1 entry

«@tomcat|localhost-rsa|proxy», «@Jan|May|Oct» «@3|14|27», 2024, PrivateKeyEntry, 
Certificate fingerprint (SHA-256): «@HEXFP»
""".replace("«@HEXFP»", ":".join(["«uhex2:f%d»" % i for i in range(32)])))
N("tomcat_setenv_truststore_path_without_password", TOMCAT_RUN, r"""
CATALINA_OPTS="$CATALINA_OPTS -Djavax.net.ssl.trustStore=/opt/certs/«@truststore|cacerts».jks -Djavax.net.ssl.trustStoreType=«@JKS|PKCS12»"
CATALINA_OPTS="$CATALINA_OPTS -Dcom.sun.management.jmxremote.password.file=$CATALINA_BASE/conf/jmxremote.password -Dcom.sun.management.jmxremote.port=«dig4:p»"
""")
# ---- JBoss / WildFly
N("wildfly_datasource_credential_reference_store_alias", WF_CS, r"""
<security user-name="«@app|orders|svc_app»">
    <credential-reference store="«@credstore|cs|appStore»" alias="«@db-password|dsPassword|orders-db»"/>
</security>
""")
N("jboss_picketbox_vault_expression_reference", EAP_VAULT, r"""
<security>
  <user-name>«@app|orders|svc»</user-name>
  <password>${VAULT::«@ds_ExampleDS|ds_OrdersDS|ds_AppDS»::password::1}</password>
</security>
""")
N("wildfly_env_and_system_property_expressions", WF_DS, r"""
<connection-url>${env.DB_URL:jdbc:postgresql://localhost:«@5432|5433|6432»/«@app|orders|portal»}</connection-url>
<security user-name="${env.DB_USER:«@app|orders»}" password="${env.DB_PASSWORD}"/>
""")
N("wildfly_standalone_xml_deployment_content_sha1", WF_GS, r"""
<deployments>
    <deployment name="«@orders|portal|api»-«dig1:a».«dig1:b».war" runtime-name="«@orders|portal|api».war">
        <content sha1="«hex40:h»"/>
    </deployment>
</deployments>
""")
N("wildfly_mgmt_groups_properties_role_mapping", WF_ADDUSER, r"""
# Management group properties file
#admin=PowerUser,BillingAdmin,
«@admin|ops|mgmt»=«@SuperUser|Monitor|Deployer»
""")
N("wildfly_cli_read_resource_password_undefined", WF_DS, r"""
{
    "outcome" => "success",
    "result" => {
        "connection-url" => "jdbc:postgresql://db:5432/«@orders|app|portal»",
        "credential-reference" => {"store" => "«@cs|credstore»", "alias" => "«@ds-pw|db»"},
        "password" => undefined,
        "user-name" => "«@orders|app»"
    }
}
""")
N("wildfly_boot_log_wflysrv_startup_ids", WF_GS, r"""
«TL» INFO  [org.jboss.as.server.deployment] (MSC service thread 1-«dig1:t») WFLYSRV0027: Starting deployment of "«@orders|portal|api».war" (runtime-name: "«@orders|portal|api».war")
«TL» INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly Full «@31|32».0.«dig1:a».Final (WildFly Core «@23|24».0.«dig1:b».Final) started in «dig4:ms»ms - Started «dig3:s» of «dig3:t» services
""")
N("jboss_vault_sh_interactive_prompts_no_values", EAP_VAULT, r"""
Enter directory to store encrypted files:/opt/jboss/vault/
Enter Keystore URL:/opt/jboss/vault/vault.keystore
Enter Keystore password: 
Enter Keystore password again: 
Values match
Enter 8 character salt:«an8:salt»
Enter iteration count as a number (e.g.: 44):«@44|50»
""")
N("wildfly_elytron_tool_credential_store_aliases_list", WF_MIG, r"""
$ bin/elytron-tool.sh credential-store --location=standalone/configuration/«@credentials|cs».store --aliases --password-env CS_PASSWORD
Credential store contains following aliases: «@db-password|dsPassword», «@ks-password|keystore», «@smtp|mail-password»
""")
# ---- WebLogic / WebSphere / Liberty / Jetty / GlassFish
N("weblogic_boot_identity_prompt_on_start", WL_BOOT, r"""
<«@Feb|Jun|Nov» «@3|18», 2024 «@2|9»:«@05|47»:«dig2:s» PM UTC> <Notice> <WebLogicServer> <BEA-000365> <Server state changed to STARTING.>
Enter username to boot WebLogic server:«@weblogic|wlsadmin»
Enter password to boot WebLogic server:
""")
N("weblogic_password_validator_policy_settings", WL_POL, r"""
cd('/SecurityConfiguration/«@base_domain|soa_domain»/Realms/myrealm/PasswordValidators/SystemPasswordValidator')
cmo.setMinPasswordLength(«@8|12|14»)
cmo.setMinNumericOrSpecialCharacters(«@1|2»)
cmo.setMaxConsecutiveCharacters(«@2|3»)
cmo.setRejectEqualOrContainUsername(true)
""")
N("weblogic_server_log_bea_state_messages", WL_BOOT, r"""
####<«@Mar|Jul» «@4|21», 2024 «@10|11»:«@11|52»:«dig2:s»,«dig3:m» AM UTC> <Notice> <WebLogicServer> <«@wls-host|soa-host»> <«@AdminServer|ms1»> <main> <<WLS Kernel>> <> <«uuid:ecid»-0000000«hex1:x»> <«dig13:ts»> <[severity-value: 32] [rid: 0] > <BEA-000365> <Server state changed to RUNNING.>
""")
N("weblogic_wdt_model_variable_token_password", WL_WDT, r"""
domainInfo:
    AdminUserName: '@@SECRET:__weblogic-credentials__:username@@'
    AdminPassword: '@@SECRET:__weblogic-credentials__:password@@'
resources:
    JDBCSystemResource:
        «@AppDS|OrdersDS»:
            JdbcResource: {JDBCDriverParams: {PasswordEncrypted: '@@SECRET:«@appds|ordersds|soads»-secret:password@@', URL: 'jdbc:oracle:thin:@//db«dig1:n».example.internal:1521/PDB«dig1:m»'}}
""")
N("websphere_jdbc_datasource_auth_alias_reference", WAS_XOR, r"""
  <resources.jdbc:DataSource xmi:id="DataSource_«dig13:i»" name="«@OrdersDS|AppDS»" jndiName="jdbc/«@orders|app»" authDataAlias="«@cellNode01|dmgr»/«@db2user|orausr»" xaRecoveryAuthAlias="«@cellNode01|dmgr»/«@db2user|orausr»" statementCacheSize="«@10|50»"/>
""")
N("liberty_server_xml_env_variable_password_reference", LIB_KS, r"""
<keyStore id="defaultKeyStore" location="«@key|tls|server|edge».p12" type="PKCS12" password="${env.KEYSTORE_PASSWORD}" />
<variable name="db.password" defaultValue="${env.«@DB_PASSWORD|ORDERS_DB_PASSWORD»}" />
""")
N("jetty_start_ini_ssl_module_paths_only", JETTY_OBF, r"""
--module=ssl,https
jetty.ssl.port=«@8443|9443»
jetty.sslContext.keyStorePath=etc/«@keystore|tls|server|jetty».p12
jetty.ssl.idleTimeout=«@30000|60000|120000»
jetty.sslContext.keyStoreType=PKCS12
# jetty.sslContext.keyStorePassword=
""")
N("payara_asadmin_password_alias_reference", GF_PWFILE, r"""
asadmin create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --property user=«@app|orders»:password='${ALIAS=«@db-password|ds_pw|orders-db»}':serverName=db:portNumber=5432 «@AppPool|OrdersPool»
Command create-jdbc-connection-pool executed successfully.
""")
# ---- Spring Boot / Jasypt
N("spring_actuator_env_masked_values_json", SB_ACT, r"""
{"name":"systemEnvironment","properties":{"SPRING_DATASOURCE_PASSWORD":{"value":"******","origin":"System Environment Property \"SPRING_DATASOURCE_PASSWORD\""},"JAVA_HOME":{"value":"******","origin":"System Environment Property \"JAVA_HOME\""},"HOSTNAME":{"value":"******","origin":"System Environment Property \"HOSTNAME\""},"SERVER_PORT":{"value":"******","origin":"System Environment Property \"SERVER_PORT\""}}},{"name":"server.ports","properties":{"local.server.port":{"value":«@8080|8081|9090|8443|7001»}}},{"name":"«@Config resource 'class path resource [application.yml]'|random»","properties":{}}
""")
N("spring_actuator_configprops_datasource_masked", SB_CP, r"""
        "spring.datasource-org.springframework.boot.autoconfigure.jdbc.DataSourceProperties" : {
          "prefix" : "spring.datasource",
          "properties" : {
            "password" : "******",
            "url" : "jdbc:postgresql://pg-«dig1:n»:5432/«@orders|app|billing»",
            "username" : "******"
          },
""")
N("spring_application_yml_env_placeholders_with_empty_default", SB_EXT, r"""
spring:
  datasource:
    url: ${SPRING_DATASOURCE_URL:jdbc:postgresql://localhost:5432/«@orders|app|billing»}
    username: ${DB_USER:«@orders|app»}
    password: ${DB_PASSWORD:}
  mail:
    password: ${«@SMTP_PASSWORD|MAIL_PASSWORD»}
""")
N("spring_cloud_config_cipher_placeholder_and_env", SCC_ENC, r"""
# Encrypted values are prefixed with {cipher}; the ciphertext is injected by the pipeline.
spring.datasource.password={cipher}${«@DB_PASSWORD_CIPHERTEXT|ENCRYPTED_DB_PASSWORD»}
spring.cloud.config.uri=http://config-server.«@platform|infra|ops»:«@8888|8889»
# POST /encrypt -d mysecret  ->  returns the {cipher} payload
""")
N("jasypt_encryptor_algorithm_settings_properties", JASYPT_SB, r"""
jasypt.encryptor.algorithm=«@PBEWITHHMACSHA512ANDAES_256|PBEWithMD5AndDES»
jasypt.encryptor.key-obtention-iterations=«@1000|10000»
jasypt.encryptor.pool-size=«@1|4»
jasypt.encryptor.salt-generator-classname=org.jasypt.salt.RandomSaltGenerator
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.«@RandomIvGenerator|NoIvGenerator»
jasypt.encryptor.string-output-type=base64
jasypt.encryptor.property.prefix=ENC(
jasypt.encryptor.property.suffix=)
""")
N("jasypt_encryptor_password_env_reference", JASYPT_SB, r"""
ExecStart=/usr/bin/java -Djasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD} -jar /opt/«@orders|billing|portal»/app.jar
EnvironmentFile=/etc/«@orders|billing|portal»/jasypt.env
RestartSec=«@5|10|15|30»
""")
N("spring_boot_startup_log_tomcat_hikari_started", SB_PROPS, r"""
«TS»  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port «@8080|8081» (http)
«TS»  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...
«TS»  INFO 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@«hex8:c»
«TS»  INFO 1 --- [           main] c.e.«@orders|billing».Application        : Started Application in «dig1:a».«dig3:b» seconds (process running for «dig1:c».«dig3:d»)
""")
N("spring_session_cookie_and_csrf_names_properties", SB_PROPS, r"""
server.servlet.session.cookie.name=«@SESSION|JSESSIONID|PORTAL_SID»
server.servlet.session.timeout=«@15m|30m|1h|8h»
server.servlet.session.cookie.http-only=true
server.servlet.session.cookie.secure=true
server.servlet.session.cookie.same-site=«@lax|strict»
# CSRF: cookie XSRF-TOKEN, header X-XSRF-TOKEN, parameter _csrf
""")
N("spring_actuator_info_git_commit_id", SB_INFO, r"""
{"git":{"branch":"«@main|release/2024.4|release/2024.11|hotfix/login»","commit":{"id":"«hex7:s»","time":"«T»"}},"build":{"artifact":"«@orders|billing»-service","name":"«@orders|billing»-service","version":"«dig1:a».«dig1:b».«dig1:c»","group":"com.example"}}
""")
N("spring_resource_chain_content_hashed_asset_paths", SB_RES, r"""
spring.web.resources.chain.strategy.content.enabled=true
spring.web.resources.chain.strategy.content.paths=/**
<link rel="stylesheet" href="/css/main-«hex32:a».css"/>
<script src="/js/app-«hex32:b».js"></script>
""")
N("spring_datasource_url_username_without_password", PGJDBC, r"""
«TS»  INFO 1 --- [           main] o.s.b.a.jdbc.DataSourceProperties : url=jdbc:postgresql://pg.«@data|db».svc.cluster.local:5432/«@orders|app»?sslmode=verify-full&ApplicationName=«@orders|billing» username=«@orders|app»
""")
N("hikaricp_debug_config_password_masked", HIKARI, r"""
«TS» DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : password........................<masked>
«TS» DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : poolName........................"HikariPool-«dig1:n»"
«TS» DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : username........................"«@orders|app»"
«TS» DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : validationTimeout...............«@5000|3000»
""")
N("spring_actuator_health_db_details", SB_ACT, r"""
{"status":"UP","components":{"db":{"status":"UP","details":{"database":"PostgreSQL","validationQuery":"isValid()"}},"diskSpace":{"status":"UP","details":{"total":«dig11:t»,"free":«dig10:f»,"threshold":10485760,"path":"/app/.","exists":true}},"ping":{"status":"UP"}}}
""")
N("spring_security_bcrypt_password_policy_bean", SB_SEC, r"""
@Bean
PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder(«@10|12|14»); // app.password-policy.min-length=«@12|14|16», require-digit=true
}
""")
# ---- .NET / IIS
N("appsettings_json_integrated_security_no_password", NET_CS, r"""
{
  "ConnectionStrings": {
    "«@Default|Orders|AppDb»": "Server=«@sql01|mssql».corp.example.com;Database=«@Orders|AppDb»;Integrated Security=True;TrustServerCertificate=True;Application Name=«@orders-api|portal»"
  }
}
""")
N("webconfig_machinekey_isolateapps_autogenerate_hmac", NET_MK, r"""
<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="«@HMACSHA256|HMACSHA512|SHA1»" decryption="«@AES|Auto»" compatibilityMode="«@Framework20SP1|Framework20SP2|Framework45»" />
""")
N("webconfig_configbuilders_token_substitution", NET_CB, r"""
<connectionStrings configBuilders="«@AzureKeyVault|Environment»">
  <add name="Default" connectionString="Server=sql01;Database=«@Orders|AppDb»;User Id=app;Password=${«@SqlPassword|DbPassword»}" />
</connectionStrings>
""")
N("dotnet_csproj_user_secrets_id_guid", NET_US, r"""
<PropertyGroup>
  <TargetFramework>net«@6|8».0</TargetFramework>
  <UserSecretsId>«uuid:u»</UserSecretsId>
</PropertyGroup>
""")
N("aspnetcore_antiforgery_cookie_and_form_field_names", NET_AF, r"""
Set-Cookie: .AspNetCore.Antiforgery.«b64u11:n»=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; samesite=strict; httponly
<!-- form field name: __RequestVerificationToken ; header: «@RequestVerificationToken|X-CSRF-TOKEN» -->
""")
N("aspnetcore_identity_password_options_block", NET_ID, r"""
builder.Services.Configure<IdentityOptions>(options =>
{
    options.Password.RequireDigit = true;
    options.Password.RequiredLength = «@8|12|14»;
    options.Password.RequiredUniqueChars = «@1|4»;
    options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(«@5|15»);
});
""")
N("iis_applicationhost_apppool_identity_builtin", IIS_AH, r"""
<add name="«@OrdersPool|PortalPool|DefaultAppPool»" managedRuntimeVersion="«@v4.0|»" startMode="AlwaysRunning">
    <processModel identityType="«@ApplicationPoolIdentity|NetworkService»" idleTimeout="00:«@00|20»:00" loadUserProfile="true" />
</add>
""")
N("iis_w3c_log_asp_append_version_asset_query", NET_TH, r"""
«TS» 10.«dig2:a».«dig1:b».«dig2:c» GET /css/site.css v=«b64u43:v» 443 - 10.«dig2:d».«dig1:e».«dig2:f» Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 «dig2:t»
""")
N("nuget_packages_lock_json_content_hash", NET_LOCK, r"""
      "Microsoft.Data.SqlClient": {
        "type": "Direct",
        "requested": "[5.«dig1:a».«dig1:b», )",
        "resolved": "5.«dig1:a».«dig1:b»",
        "contentHash": "«b64s86:h»=="
      },
""")
N("aspnetcore_data_protection_key_manager_log_ids", NET_DP, r"""
dbug: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[«dig2:e»]
      Creating key {«uuid:k»} with creation date «T», activation date «T», and expiration date «T».
info: Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository[«dig2:f»]
      Writing data to file '/root/.aspnet/DataProtection-Keys/key-«uuid:k».xml'.
""")
N("dotnet_user_secrets_list_empty_message", NET_US, r"""
PS C:\src\«@Orders|Portal».Api> dotnet user-secrets list
No secrets configured for this application.
PS C:\src\«@Orders|Portal».Api> dotnet user-secrets remove "«@Movies:ServiceApiKey|Smtp:Password|Jwt:SigningKey»"
Successfully removed «@1|0» secret(s).
""")
# ---- PHP
N("wordpress_wp_config_list_constant_names_only", WP_SALTS, r"""
$ wp config list --fields=name,type --format=table
+------------------+----------+
| name             | type     |
+------------------+----------+
| DB_PASSWORD      | constant |
| AUTH_KEY         | constant |
| «@SECURE_AUTH_SALT|NONCE_SALT|LOGGED_IN_SALT» | constant |
| WP_HOME          | «@constant|variable» |
+------------------+----------+
$ wp config shuffle-salts
Success: Shuffled the salt keys.
""")
N("wordpress_asset_ver_query_strings", WP_CFG, r"""
<link rel='stylesheet' id='wp-block-library-css' href='https://blog.example.com/wp-includes/css/dist/block-library/style.min.css?ver=6.«dig1:a».«dig1:b»' media='all' />
<script src="https://blog.example.com/wp-content/themes/«@twentytwentyfour|astra»/assets/js/app.js?ver=«hex20:v»" id="theme-js"></script>
""")
N("wordpress_docker_env_password_file_reference", WP_DOCKER, r"""
      WORDPRESS_DB_HOST: «@db|mysql»:3306
      WORDPRESS_DB_PASSWORD_FILE: /run/secrets/«@db_password|wp_db_password»
      WORDPRESS_TABLE_PREFIX: «lc3:p»_
""")
N("laravel_env_example_empty_values", LV_CFG, r"""
APP_NAME=«@Laravel|Portal|Orders»
APP_URL=http://localhost:«dig4:port»
APP_ENV=local
APP_KEY=
APP_DEBUG=true
DB_PASSWORD=
REDIS_PASSWORD=null
MAIL_PASSWORD=null
""")
N("laravel_vite_manifest_hashed_asset_files", LV_VITE, r"""
{
  "resources/js/app.js": {
    "file": "assets/app-«b64u8:a».js",
    "src": "resources/js/app.js",
    "isEntry": true,
    "css": ["assets/app-«b64u8:b».css"]
  }
}
""")
N("laravel_blade_csrf_meta_and_field_names", LV_CSRF, r"""
<meta name="csrf-token" content="{{ csrf_token() }}">
<form method="POST" action="/«@profile|settings|orders»/«dig3:id»">
    @csrf
    <!-- X-CSRF-TOKEN / X-XSRF-TOKEN headers, XSRF-TOKEN cookie -->
""")
N("laravel_config_hashing_bcrypt_rounds", LV_HASH, r"""
    'driver' => '«@bcrypt|argon2id»',
    'bcrypt' => [
        'rounds' => env('BCRYPT_ROUNDS', «@10|11|12|13»),
        'memory' => «@65536|1024»,
        'verify' => true,
    ],
""")
N("laravel_config_app_key_env_call", LV_ENC, r"""
    'key' => env('APP_KEY'),
    'previous_keys' => [
        ...array_filter(explode(',', env('APP_PREVIOUS_KEYS', ''))),
    ],
    'cipher' => '«@AES-256-CBC|AES-128-CBC|AES-256-GCM»',
    'timezone' => '«@UTC|Europe/Berlin|America/New_York|Asia/Tokyo»',
""")
N("symfony_secrets_list_masked_table", SF_VAULT, r"""
 ------------------- -------- ------------- 
  Secret              Value    Local Value  
 ------------------- -------- ------------- 
  «@DATABASE_PASSWORD|MAILER_PASSWORD|STRIPE_SECRET|APP_SECRET|OAUTH_CLIENT_SECRET|MAILER_DSN|SENTRY_DSN»   ******                 
 ------------------- -------- ------------- 
 // Local values override secret values.
 // Use secrets:set --local to define them.
""")
N("symfony_framework_yaml_secret_env_processor", SF_SECRET, r"""
framework:
    secret: '%env(APP_SECRET)%'
    session:
        cookie_secure: «@auto|true»
        cookie_samesite: «@lax|strict»
        name: «@PHPSESSID|portal_session»
""")
N("symfony_security_csrf_parameter_and_token_id", SF_CSRF, r"""
            form_login:
                login_path: app_login
                enable_csrf: true
                csrf_parameter: «@_csrf_token|_token»
                csrf_token_id: «@authenticate|login»
                default_target_path: /«@dashboard|account|home»
""")
N("drupal_settings_php_salt_from_file_reference", DRUPAL, r"""
$settings['hash_salt'] = file_get_contents('/var/run/secrets/«@drupal|cms|site»/hash_salt');
$settings['trusted_host_patterns'] = ['^«@www|cms|intranet»\.example\.com$'];
$databases['default']['default']['password'] = getenv('«@DRUPAL_DB_PASSWORD|DB_PASSWORD»');
""")
# ---- Rails / Ruby
N("rails_database_yml_env_reference_password", RAILS_DB, r"""
production:
  <<: *default
  database: «@orders|portal»_production
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { «@5|10|16» } %>
  password: <%= ENV["«@ORDERS|PORTAL»_DATABASE_PASSWORD"] %>
""")
N("rails_filter_parameters_initializer_list", RAILS_FILTER, r"""
Rails.application.config.filter_parameters += [
  :passw, :email, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn, :«@cvv|iban|api_key|cc|routing»
]
Rails.application.config.filter_redirect += ["«@s3.amazonaws.com|storage.example.com|cdn.example.com»"
]
""")
N("rails_assets_precompile_digested_filenames", RAILS_ASSETS, r"""
I, [«T» #«dig2:p»]  INFO -- : Writing /app/public/assets/application-«hex64:a».css
I, [«T» #«dig2:p»]  INFO -- : Writing /app/public/assets/application-«hex64:b».js
""")
N("rails_session_store_cookie_key_name", RAILS_SESS, r"""
Rails.application.config.session_store :cookie_store, key: "_«@portal|orders|shop»_session", secure: Rails.env.production?, same_site: :«@lax|strict|none»
""")
N("rails_credentials_edit_saved_message", RAILS_CRED, r"""
$ EDITOR=«@vim|nano|code --wait» bin/rails credentials:edit --environment «@production|staging»
File encrypted and saved.
$ ls config/credentials/
«@production|staging».key  «@production|staging».yml.enc
""")
N("kamal_secrets_file_command_substitution", KAMAL, r"""
SECRETS=$(kamal secrets fetch --adapter «@1password|bitwarden» --account «@my-account|ops» --from Production/«@Portal|Orders» KAMAL_REGISTRY_PASSWORD RAILS_MASTER_KEY)
KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD $SECRETS)
RAILS_MASTER_KEY=$(cat config/master.key)
""")
# ---- Django
N("django_settings_secret_key_from_environ", DJ_DEPLOY, r"""
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES["default"]["PASSWORD"] = os.environ.get("«@POSTGRES_PASSWORD|DB_PASSWORD»", "")
ALLOWED_HOSTS = ["«@portal|orders|intranet|shop».example.com", "«@localhost|127.0.0.1|.internal»"]
""")
N("django_csrf_and_session_cookie_settings", DJ_SET, r"""
CSRF_COOKIE_NAME = "«@csrftoken|portal_csrftoken»"
CSRF_HEADER_NAME = "HTTP_X_CSRFTOKEN"
SESSION_COOKIE_NAME = "«@sessionid|portal_sessionid»"
SESSION_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://«@portal|orders».example.com"]
""")
N("django_auth_password_validators_setting", DJ_PWV, r"""
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": «@8|9|10|12|14|16»}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
""")
N("django_manifest_staticfiles_json_hashed_names", DJ_STATIC, r"""
{"paths": {"css/base.css": "css/base.«hex12:a».css", "js/app.js": "js/app.«hex12:b».js", "admin/css/login.css": "admin/css/login.«hex12:c».css"}, "version": "1.1", "hash": "«hex12:d»"}
""")
N("django_check_deploy_security_warnings", DJ_CHECK, r"""
System check identified some issues:

WARNINGS:
?: (security.W009) Your SECRET_KEY has less than 50 characters, less than 5 unique characters, or it's prefixed with 'django-insecure-' indicating that it was generated automatically by Django. Please generate a long and random value, otherwise many of Django's security-critical features will be vulnerable to attack.
?: (security.W012) SESSION_COOKIE_SECURE is not set to True.

System check identified «@2|3|4» issues («@0|1|2» silenced).
""")
# ---- Node / Express
N("express_session_options_secret_from_env", EXP_SESS, r"""
app.use(session({
  name: '«@sid|portal.sid|connect.sid»',
  secret: process.env.SESSION_SECRET,
  cookie: { secure: true, httpOnly: true, sameSite: '«@lax|strict»', maxAge: «@86400000|3600000» }
}))
""")
N("npm_package_lock_integrity_sha512", NPM_LOCK, r"""
    "node_modules/express-session": {
      "version": "1.«dig2:a».«dig1:b»",
      "resolved": "https://registry.npmjs.org/express-session/-/express-session-1.«dig2:a».«dig1:b».tgz",
      "integrity": "sha512-«b64s86:h»==",
""")
N("webpack_build_contenthash_asset_table", WEBPACK, r"""
asset main.«hex20:a».js «dig3:s» KiB [emitted] [immutable] [minimized] (name: main)
asset vendors.«hex20:b».js «dig3:t» KiB [emitted] [immutable] [minimized] (id hint: vendors)
webpack 5.«dig2:v».0 compiled successfully in «dig4:ms» ms
""")
N("node_env_example_placeholder_comments", EXP_SESS, r"""
# Generate with: openssl rand -hex 32
SESSION_SECRET=
JWT_SECRET=<set-in-vault>
COOKIE_SECRET=${COOKIE_SECRET}
PORT=«@3000|8080|4000»
LOG_LEVEL=«@info|debug|warn|error»
""")
N("express_csurf_cookie_name_options", EXP_COOKIE, r"""
const csrfProtection = csrf({ cookie: { key: '«@_csrf|XSRF-TOKEN|csrf-secret»', httpOnly: true, secure: true, sameSite: '«@strict|lax»', maxAge: «@3600|7200|86400» } })
app.use(cookieParser())  // signed cookies disabled: no secret passed
""")
N("strapi_env_vars_env_function_reference", STRAPI, r"""
module.exports = ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  url: env('PUBLIC_ADMIN_URL', '/«@admin|dashboard|cms|backoffice»'),
  port: env.int('ADMIN_PORT', «@1337|8000|3001»),
});
""")
# ---- Flask / FastAPI / servers
N("flask_config_secret_key_env_lookup", FLASK_CFG, r"""
app.config.from_prefixed_env()
app.config["SECRET_KEY"] = os.environ.get("FLASK_SECRET_KEY")
app.config["SESSION_COOKIE_NAME"] = "«@session|portal_session»"
app.config["SESSION_COOKIE_SAMESITE"] = "«@Lax|Strict»"
app.config["PERMANENT_SESSION_LIFETIME"] = «@1800|3600|86400|604800»
""")
N("fastapi_openapi_security_schemes_json", FASTAPI_SEC, r"""
"components":{"securitySchemes":{"OAuth2PasswordBearer":{"type":"oauth2","flows":{"password":{"scopes":{},"tokenUrl":"«@token|auth/token|api/v1/login»"}}},"APIKeyHeader":{"type":"apiKey","in":"header","name":"«@X-API-Key|X-Api-Token|X-Service-Key»"}}},"info":{"title":"«@orders|portal|inference» API","version":"«dig1:a».«dig1:b».«dig1:c»"}
""")
N("pydantic_settings_repr_secretstr_masked", PYD_SET, r"""
INFO:     Loaded settings: app_name='«@orders|inference|portal»-api' database_password=SecretStr('**********') jwt_secret=SecretStr('**********') access_token_expire_minutes=«@15|30|60»
""")
N("gunicorn_startup_log_worker_boot_pids", GUNI, r"""
[«TS» +0000] [1] [INFO] Starting gunicorn «@21.2.0|22.0.0|23.0.0»
[«TS» +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)
[«TS» +0000] [1] [INFO] Using worker: «@sync|gthread|uvicorn.workers.UvicornWorker»
[«TS» +0000] [«dig2:w»] [INFO] Booting worker with pid: «dig2:w»
""")
N("uwsgi_startup_banner_plain", UWSGI, r"""
*** Starting uWSGI 2.0.«dig2:v» (64bit) on [«@Mon|Tue|Thu» «@Mar|Jun» «@4|19» «@08|15»:«@02|37»:«dig2:s» 2024] ***
compiled with version: 12.2.0 on «dig2:d» «@January|October» 2024 «dig2:h»:«dig2:m»:«dig2:n»
detected number of CPU cores: «@2|4|8»
your memory page size is 4096 bytes
uwsgi socket 0 bound to TCP address :8000 fd 3
""")
N("nginx_unit_config_listeners_routes_only", UNIT, r"""
{
	"listeners": {"*:«@8080|8000|80|8300»": {"pass": "routes"}},
	"routes": [{"match": {"uri": "/static/*"}, "action": {"share": "/srv/«@portal|orders»$uri"}}, {"action": {"pass": "applications/«@portal|orders»"}}]
}
""")
N("werkzeug_debugger_pin_disabled_env", WERKZEUG, r"""
$ WERKZEUG_DEBUG_PIN=off flask --app «@app|portal|wsgi» run --debug
 * Debug mode: on
 * Running on http://127.0.0.1:«@5000|5001|8000|8080»
 * Restarting with «@stat|watchdog (inotify)»
 * Debugger is active!
""")
# ---- objects, logs, errors
N("k8s_deployment_env_secret_key_ref_spring", K8S_SECRET, r"""
        env:
          - name: SPRING_DATASOURCE_PASSWORD
            valueFrom:
              secretKeyRef:
                name: «@orders|billing|portal|api|auth»-db
                key: «@password|db-password|postgres-password»
""")
N("compose_secrets_file_mount_and_file_env", COMPOSE_SECRETS, r"""
    environment:
      SPRING_DATASOURCE_PASSWORD_FILE: /run/secrets/«@db_password|orders_db_password»
      SPRING_PROFILES_ACTIVE: «@prod|docker|staging»
secrets:
  «@db_password|orders_db_password»:
    file: ./secrets/«@db_password|orders_db_password».txt
""")
N("java_psqlexception_password_authentication_failed", PGJDBC, r"""
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "«@orders|app|billing»"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:«dig3:l»)
	at org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:«dig3:m»)
""")
N("hibernate_sql_exception_helper_mysql_access_denied_using_password", MYSQL_ERR, r"""
«TS» ERROR 1 --- [main] o.h.engine.jdbc.spi.SqlExceptionHelper : Access denied for user '«@orders|app»'@'10.«dig2:a».«dig1:b».«dig2:c»' (using password: «@YES|NO»)
""")
N("fluentbit_cut_log_line_masked_password", FLUENTBIT, r"""
{"date":«TE»,"log":"«TS»  INFO 1 --- [main] o.s.b.c.c.ConfigDataEnvironment : spring.datasource.password=****** spring.datasource.url=jdbc:postgresql://pg:5432/«@orders|app»?sslmode=req
""")
N("docker_json_log_appsettings_escaped_twice_no_password", DOCKER_INSPECT, r"""
{"log":"{\"EventId\":1,\"LogLevel\":\"Debug\",\"Category\":\"Startup\",\"Message\":\"Config: {\\\"ConnectionStrings:Default\\\":\\\"Server=mssql;Database=«@Orders|App»;Authentication=Active Directory Managed Identity\\\"}\"}\n","stream":"stdout","time":"«T»"}
""")
# ================================================================ output
SOURCES = {name: src for name, src, _, _ in POS + NEG}

# Kind judgement (see README, "Shapes"): a shape is a new kind when the tool its
# name starts with occurs nowhere in used_redact_shapes.txt (case-insensitive
# substring search; 0 hits each). aspnetcore (dotnet / aspnet / appsettings
# exist) and wordpress (wp_config exists) are counted as repeats.
NEW_TOOLS = {"jasypt", "jboss", "wildfly", "weblogic", "websphere", "liberty", "jetty",
             "payara", "glassfish", "devise", "drupal", "ghost", "joomla", "kamal", "koa",
             "magento", "nuxt", "passenger", "sequelize", "starlette", "strapi"}


def _is_new(name):
    return name.split("_")[0] in NEW_TOOLS


NEW_KIND_POS = [n for n, _, _, _ in POS if _is_new(n)]
NEW_KIND_NEG = [n for n, _, _, _ in NEG if _is_new(n)]
SAME_KIND_POS = [n for n, _, _, _ in POS if not _is_new(n)]
SAME_KIND_NEG = [n for n, _, _, _ in NEG if not _is_new(n)]
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
