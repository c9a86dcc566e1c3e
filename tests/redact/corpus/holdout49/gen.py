#!/usr/bin/env python3
"""holdout49: sealed held-out set for the wbdiag secret redactor.

Focus: business SaaS APIs an application calls (payments, commerce, email/SMS,
search/maps, analytics/CDP, support/CRM, productivity).
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and
negatives.jsonl next to this file.

Template language (one shape = one template, lines separated by newlines):
  «KIND:id»        public random value (same id -> same value in a record)
  «!KIND:id»       secret random value (listed)
  «!KIND:id|T:arg» secret in transformed form; the transformed form is listed
                   T = pct (percent-encode), b64 (base64 of arg+value, '='
                   stripped when listed), basic (arg = USER[:PFX[:SFX]]:
                   base64 of USER:PFX+value+SFX; only the characters encoding
                   password bytes alone are listed), userb64 (base64 of
                   value:arg, the secret is the Basic *user*; the characters
                   encoding value bytes alone are listed), json.
                   In arg, {KIND:id} is replaced by that record's value.
  (holdout49) the same «@…» text gives the same pick within a record;
  extra KIND uhex<n> (upper-case hex).
  «@a|b|c»         choice
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

SEED = 4949_0612
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
    if name == "uhex":
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))
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
    picks = {}
    secrets = []
    clock = Clock()

    def sub(m):
        body = m.group(1)
        if body in ("T", "TL", "TG", "TE", "TS"):
            return clock.fmt(body)
        if body.startswith("@"):
            if body not in picks:
                picks[body] = rng.choice(body[1:].split("|"))
            return picks[body]
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

        def ref(mm):
            k2 = (mm.group(1), mm.group(2))
            if k2 not in vals:
                vals[k2] = draw(mm.group(1))
            return vals[k2]
        arg = re.sub(r"\{([a-z0-9]+):(\w+)\}", ref, arg)
        if tname == "pct":
            out = urllib.parse.quote(v, safe="")
            listed = out
        elif tname == "b64":
            out = base64.b64encode((arg + v).encode()).decode()
            listed = out.rstrip("=")
        elif tname == "basic":
            # arg = USER[:PFX[:SFX]]; the password is PFX + value + SFX
            user, _, rest = arg.partition(":")
            pfx, _, sfx = rest.partition(":")
            raw = (user + ":" + pfx + v + sfx).encode()
            out = base64.b64encode(raw).decode()
            g = -(-(len(user) + 1) // 3)
            listed = out[4 * g:].rstrip("=")
        elif tname == "userb64":
            # the secret is the user part of Basic (value:arg); list the
            # characters that encode value bytes alone
            out = base64.b64encode((v + ":" + arg).encode()).decode()
            listed = out[:4 * (len(v) // 3)]
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
STRIPE_KEYS = "https://docs.stripe.com/keys"
STRIPE_RAK = "https://docs.stripe.com/keys#limit-access"
STRIPE_WH = "https://docs.stripe.com/webhooks#verify-events"
STRIPE_CLI = "https://docs.stripe.com/stripe-cli"
STRIPE_ERR = "https://docs.stripe.com/error-handling"
STRIPE_IDEM = "https://docs.stripe.com/api/idempotent_requests"
PAYPAL = "https://developer.paypal.com/api/rest/authentication/"
BRAINTREE = "https://developer.paypal.com/braintree/docs/start/hello-server"
ADYEN = "https://docs.adyen.com/development-resources/api-credentials/"
ADYEN_HMAC = "https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/"
SQUARE = "https://developer.squareup.com/docs/build-basics/access-tokens"
MOLLIE = "https://docs.mollie.com/reference/authentication"
RAZORPAY = "https://razorpay.com/docs/api/authentication/"
SHOPIFY = "https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing"
SHOPIFY_WH = "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook"
WOO = "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication"
SENDGRID = "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"
MAILGUN = "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication"
POSTMARK = "https://postmarkapp.com/developer/api/overview#authentication"
MAILCHIMP = "https://mailchimp.com/developer/marketing/guides/quick-start/"
MANDRILL = "https://mailchimp.com/developer/transactional/guides/quick-start/"
TWILIO = "https://www.twilio.com/docs/iam/credentials/api"
TWILIO_KEYS = "https://www.twilio.com/docs/iam/api-keys"
VONAGE = "https://developer.vonage.com/en/getting-started/concepts/authentication"
MESSAGEBIRD = "https://developers.messagebird.com/api/#authentication"
ALGOLIA = "https://www.algolia.com/doc/guides/security/api-keys/"
MAPBOX = "https://docs.mapbox.com/accounts/guides/tokens/"
GMAPS = "https://developers.google.com/maps/documentation/javascript/get-api-key"
SEGMENT = "https://segment.com/docs/connections/find-writekey/"
MIXPANEL = "https://docs.mixpanel.com/docs/orgs-and-projects/managing-projects#project-secret"
AMPLITUDE = "https://amplitude.com/docs/apis/authentication"
POSTHOG = "https://posthog.com/docs/api#private-endpoint-authentication"
HEAP = "https://developers.heap.io/reference/authentication"
INTERCOM = "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication"
ZENDESK = "https://developer.zendesk.com/api-reference/introduction/security-and-auth/"
HUBSPOT = "https://developers.hubspot.com/docs/api/private-apps"
SALESFORCE = "https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm"
SF_SESSION = "https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/quickstart_oauth.htm"
FRESHDESK = "https://developers.freshdesk.com/api/#authentication"
NOTION = "https://developers.notion.com/reference/authentication"
AIRTABLE = "https://airtable.com/developers/web/guides/personal-access-tokens"
ASANA = "https://developers.asana.com/docs/personal-access-token"
LINEAR = "https://developers.linear.app/docs/graphql/working-with-the-graphql-api#personal-api-keys"
ATLASSIAN = "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/"
TYPEFORM = "https://www.typeform.com/developers/get-started/personal-access-token/"
CALENDLY = "https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens"
DOCUSIGN = "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/"
PLAID = "https://plaid.com/docs/api/#api-access"
KLAVIYO = "https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication"
CONTENTFUL = "https://www.contentful.com/developers/docs/references/authentication/"
GOCARDLESS = "https://developer.gocardless.com/getting-started/api/making-your-first-request/"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOCKER_INSPECT = "https://docs.docker.com/reference/cli/docker/inspect/"
FLUENTBIT = "https://docs.fluentbit.io/manual/pipeline/filters/multiline-stacktrace"
PY_LOGGING_URLLIB3 = "https://urllib3.readthedocs.io/en/stable/user-guide.html#logging"
CELERY = "https://docs.celeryq.dev/en/stable/userguide/tasks.html#retrying"
AIRFLOW_CONN = "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html"

# ================================================================ POSITIVES
# ---- Stripe
P("stripe_python_module_assignment_sk_live", STRIPE_KEYS, r"""
import stripe
stripe.api_key = "sk_live_«!an99:k»"
stripe.api_version = "«@2023-10-16|2024-06-20|2024-04-10»"
""")
P("stripe_restricted_key_rk_live_dotenv_crlf", STRIPE_RAK, r"""
# billing-worker: restricted key (read charges, write refunds)⏎
STRIPE_RESTRICTED_KEY=rk_live_«!an99:k»⏎
STRIPE_PUBLISHABLE_KEY=pk_live_«an99:p»⏎
""")
P("stripe_webhook_whsec_k8s_secret_stringdata", STRIPE_WH, r"""
apiVersion: v1
kind: Secret
metadata:
  name: «@billing|payments|checkout»-stripe
type: Opaque
stringData:
  STRIPE_WEBHOOK_SECRET: whsec_«!an32:w»
""")
P("stripe_cli_listen_webhook_signing_secret_banner", STRIPE_CLI, r"""
$ stripe listen --forward-to localhost:«@8000|3000|4242»/webhooks/stripe
> Ready! You are using Stripe API Version [«@2024-06-20|2023-10-16»]. Your webhook signing secret is whsec_«!an64:w» (^C to quit)
""")
P("stripe_node_sdk_error_raw_headers_authorization_bearer", STRIPE_ERR, r"""
StripeAuthenticationError: Invalid API Key provided: sk_live_****«an4:t»
    at StripeError.generate (/app/node_modules/stripe/cjs/Error.js:10:20)
  rawRequest: {
    headers: { Authorization: 'Bearer sk_live_«!an99:k»', 'Idempotency-Key': '«uuid:i»', 'Stripe-Version': '2024-06-20' }
  }
""")
P("stripe_curl_u_secret_key_colon", STRIPE_IDEM, r"""
$ curl https://api.stripe.com/v1/refunds \
  -u sk_live_«!an99:k»: \
  -H "Idempotency-Key: «uuid:i»" \
  -d charge=ch_«an24:c»
""")
P("stripe_ruby_initializer_credentials_fallback_literal", STRIPE_KEYS, r"""
# config/initializers/stripe.rb
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key) || "sk_live_«!an99:k»"
Stripe.max_network_retries = «@2|3»
""")
P("stripe_webhook_signature_header_debug_log_with_secret", STRIPE_WH, r"""
«TS» DEBUG billing.webhooks verifying event evt_«an24:e» sig_header="t=17«dig8:t»,v1=«hex64:s»" secret="whsec_«!an32:w»" tolerance=300
«TS» INFO  billing.webhooks handled payment_intent.succeeded pi_«an24:p»
""")
P("stripe_connect_platform_key_json_escaped_twice", STRIPE_KEYS, r"""
{"log":"{\"level\":\"debug\",\"msg\":\"stripe client init\",\"config\":\"{\\\"apiKey\\\":\\\"sk_live_«!an99:k»\\\",\\\"stripeAccount\\\":\\\"acct_«an16:a»\\\"}\"}\n","stream":"stdout","time":"«T»"}
""")
P("stripe_php_env_var_phpunit_xml", STRIPE_KEYS, r"""
<php>
    <env name="STRIPE_SECRET" value="sk_live_«!an99:k»"/>
    <env name="STRIPE_KEY" value="pk_live_«an99:p»"/>
</php>
""")
# ---- PayPal / Braintree
P("paypal_rest_client_secret_application_yml", PAYPAL, r"""
paypal:
  mode: live
  client-id: A«b64u79:c»
  client-secret: E«!b64u79:s»
""")
P("paypal_oauth2_token_curl_basic_header", PAYPAL, r"""
> POST /v1/oauth2/token HTTP/1.1
> Host: api-m.paypal.com
> Authorization: Basic «!b64u79:s|basic:A{b64u79:c}:E»
> Content-Type: application/x-www-form-urlencoded
""")
P("paypal_access_token_response_log", PAYPAL, r"""
«TS» DEBUG paypal.http POST /v1/oauth2/token -> 200 {"scope":"https://uri.paypal.com/services/payments/payment","access_token":"A21AA«!b64u90:a»","token_type":"Bearer","app_id":"APP-«uc17:ap»","expires_in":32400}
""")
P("braintree_gateway_python_private_key", BRAINTREE, r"""
gateway = braintree.BraintreeGateway(
    braintree.Configuration(
        environment=braintree.Environment.Production,
        merchant_id="«lc16:m»",
        public_key="«lc16:pk»",
        private_key="«!hex32:k»",
    )
)
""")
P("braintree_access_token_env_production", BRAINTREE, r"""
BRAINTREE_ACCESS_TOKEN=access_token$production$«lc16:m»$«!hex32:k»
""")
P("braintree_ruby_configuration_repr", BRAINTREE, r"""
#<Braintree::Configuration:0x00007f«hex10:o» @environment=:production, @merchant_id="«lc16:m»", @public_key="«lc16:pk»", @private_key="«!hex32:k»", @logger=#<Logger:0x00007f«hex10:l»>>
""")
# ---- Adyen
P("adyen_api_key_x_api_key_http_dump", ADYEN, r"""
POST /v71/payments HTTP/1.1
Host: checkout-live.adyenpayments.com
X-API-Key: AQE«!b64s40:a»+«!b64s48:b»==
Content-Type: application/json
Idempotency-Key: «uuid:i»
""")
P("adyen_hmac_key_properties_uppercase_hex", ADYEN_HMAC, r"""
adyen.merchantAccount=«@ExampleShopECOM|ExampleCOM»
adyen.clientKey=live_«uc32:ck»
adyen.hmacKey=«!uhex64:h»
""")
P("adyen_node_client_config_dump", ADYEN, r"""
Config {
  apiKey: 'AQE«!b64s72:a»',
  environment: 'LIVE',
  liveEndpointUrlPrefix: '«hex16:p»-ExampleShop'
}
""")
# ---- Square
P("square_access_token_eaaa_env", SQUARE, r"""
SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID=sq0idp-«b64u22:a»
SQUARE_ACCESS_TOKEN=EAAA«!b64u60:t»
""")
P("square_oauth_application_secret_sq0csp", SQUARE, r"""
square:
  application_id: sq0idp-«b64u22:a»
  application_secret: sq0csp-«!b64u43:s»
""")
P("square_sdk_debug_authorization_bearer_log", SQUARE, r"""
«TS» [square] DEBUG request POST https://connect.squareup.com/v2/payments headers={'Square-Version': '2024-07-17', 'Authorization': 'Bearer EAAA«!b64u60:t»', 'Content-Type': 'application/json'}
""")
# ---- Mollie
P("mollie_live_api_key_php_client", MOLLIE, r"""
$mollie = new \Mollie\Api\MollieApiClient();
$mollie->setApiKey("live_«!an30:k»");
$payment = $mollie->payments->get("tr_«an10:t»");
""")
P("mollie_organization_access_token_compose", MOLLIE, r"""
    environment:
      - MOLLIE_ACCESS_TOKEN=access_«!an40:k»
      - MOLLIE_PROFILE_ID=pfl_«an10:p»
""")
# ---- Razorpay
P("razorpay_key_secret_python_client_tuple", RAZORPAY, r"""
client = razorpay.Client(auth=("rzp_live_«an14:i»", "«!an24:s»"))
order = client.order.create({"amount": «dig5:a», "currency": "INR", "receipt": "rcpt_«dig6:r»"})
""")
P("razorpay_basic_auth_curl_u", RAZORPAY, r"""
curl -u rzp_live_«an14:i»:«!an24:s» \
  -X POST https://api.razorpay.com/v1/orders -H "content-type: application/json"
""")
P("razorpay_webhook_secret_node_validate_call", RAZORPAY, r"""
const ok = Razorpay.validateWebhookSignature(rawBody, req.headers['x-razorpay-signature'], '«!pw20:w»');
""")
# ---- Shopify
P("shopify_admin_access_token_shpat_header", SHOPIFY, r"""
> POST /admin/api/2024-07/graphql.json HTTP/2
> Host: «@acme-outfitters|example-store|demo-shop».myshopify.com
> X-Shopify-Access-Token: shpat_«!hex32:t»
> Content-Type: application/json
""")
P("shopify_app_shared_secret_shpss_toml_env", SHOPIFY_WH, r"""
SHOPIFY_API_KEY=«hex32:k»
SHOPIFY_API_SECRET=shpss_«!hex32:s»
SCOPES=read_orders,write_products
""")
P("shopify_custom_app_shpca_python_session", SHOPIFY, r"""
session = shopify.Session("«@acme-outfitters|example-store».myshopify.com", "2024-07", "shpca_«!hex32:t»")
shopify.ShopifyResource.activate_session(session)
""")
P("shopify_private_app_shppa_url_credentials", SHOPIFY, r"""
«TS» WARN sync: GET https://«hex32:k»:shppa_«!hex32:t»@example-store.myshopify.com/admin/api/2023-10/orders.json?status=any returned 429, retrying in 2.0s
""")
P("shopify_webhook_hmac_secret_ruby_verify", SHOPIFY_WH, r"""
SHOPIFY_WEBHOOK_SECRET = "«!hex64:w»"
digest = OpenSSL::HMAC.digest("sha256", SHOPIFY_WEBHOOK_SECRET, data)
""")
# ---- WooCommerce
P("woocommerce_consumer_key_secret_query_string_log", WOO, r"""
«TS» INFO http GET https://shop.example.com/wp-json/wc/v3/orders?consumer_key=ck_«hex40:k»&consumer_secret=cs_«!hex40:s»&per_page=100 200 812ms
""")
P("woocommerce_python_api_constructor", WOO, r"""
wcapi = API(
    url="https://shop.example.com",
    consumer_key="ck_«hex40:k»",
    consumer_secret="cs_«!hex40:s»",
    version="wc/v3",
)
""")
P("woocommerce_basic_auth_ck_cs_header", WOO, r"""
GET /wp-json/wc/v3/products HTTP/1.1
Host: shop.example.com
Authorization: Basic «!hex40:s|basic:ck_{hex40:k}:cs_»
""")
# ---- SendGrid
P("sendgrid_api_key_node_setapikey", SENDGRID, r"""
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('SG.«!b64u22:a».«!b64u43:b»');
""")
P("sendgrid_smtp_relay_apikey_password_postfix_sasl", SENDGRID, r"""
# /etc/postfix/sasl_passwd
[smtp.sendgrid.net]:587 apikey:SG.«!b64u22:a».«!b64u43:b»
""")
P("sendgrid_python_client_http_error_headers", SENDGRID, r"""
python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized
  request headers: {'Authorization': 'Bearer SG.«!b64u22:a».«!b64u43:b»', 'User-Agent': 'sendgrid/6.11.0;python', 'Accept': 'application/json'}
""")
# ---- Mailgun
P("mailgun_private_key_hyphenated_format_env", MAILGUN, r"""
MAILGUN_DOMAIN=mg.example.com
MAILGUN_API_KEY=«!hex32:a»-«!hex8:b»-«!hex8:c»
""")
P("mailgun_basic_api_colon_key_header", MAILGUN, r"""
POST /v3/mg.example.com/messages HTTP/1.1
Host: api.eu.mailgun.net
Authorization: Basic «!b64s40:k|basic:api»
""")
P("mailgun_webhook_signing_key_laravel_services", MAILGUN, r"""
    'mailgun' => [
        'domain' => 'mg.example.com',
        'secret' => 'key-«!hex32:k»',
        'webhook_signing_key' => '«!hex32:w»',
    ],
""")
# ---- Postmark
P("postmark_server_token_python_client_kwarg", POSTMARK, r"""
client = PostmarkClient(server_token="«!uuid:t»")
client.emails.send(From="noreply@example.com", To=user.email, Subject="Your receipt", HtmlBody=html)
""")
P("postmark_account_token_header_curl", POSTMARK, r"""
curl "https://api.postmarkapp.com/servers?count=50&offset=0" \
  -H "Accept: application/json" \
  -H "X-Postmark-Account-Token: «!uuid:t»"
""")
# ---- Mailchimp / Mandrill
P("mailchimp_marketing_api_key_dc_suffix", MAILCHIMP, r"""
MAILCHIMP_API_KEY=«!hex32:k»-us«@6|12|14|21»
MAILCHIMP_AUDIENCE_ID=«hex10:a»
""")
P("mailchimp_python_set_config_dict", MAILCHIMP, r"""
client = MailchimpMarketing.Client()
client.set_config({"api_key": "«!hex32:k»-us«@6|12|19»", "server": "us«@6|12|19»"})
""")
P("mailchimp_basic_anystring_key_header", MAILCHIMP, r"""
> GET /3.0/lists HTTP/1.1
> Host: us19.api.mailchimp.com
> Authorization: Basic «!hex32:k|basic:anystring::-us19»
""")
P("mandrill_transactional_key_json_body", MANDRILL, r"""
POST https://mandrillapp.com/api/1.0/messages/send body={"key":"md-«!b64u22:k»","message":{"to":[{"email":"«lc8:u»@example.com"}],"subject":"Reset"}}
""")
# ---- Twilio
P("twilio_auth_token_client_constructor_python", TWILIO, r"""
account_sid = "AC«hex32:a»"
auth_token = "«!hex32:t»"
client = Client(account_sid, auth_token)
""")
P("twilio_api_key_secret_sk_pair_env", TWILIO_KEYS, r"""
TWILIO_ACCOUNT_SID=AC«hex32:a»
TWILIO_API_KEY=SK«hex32:k»
TWILIO_API_SECRET=«!an32:s»
""")
P("twilio_basic_auth_account_sid_header_dump", TWILIO, r"""
POST /2010-04-01/Accounts/AC«hex32:a»/Messages.json HTTP/1.1
Host: api.twilio.com
Authorization: Basic «!hex32:t|basic:AC{hex32:a}»
""")
P("twilio_node_repr_client_password", TWILIO, r"""
Twilio {
  username: 'AC«hex32:a»',
  password: '«!hex32:t»',
  accountSid: 'AC«hex32:a»',
  region: undefined,
  edge: undefined
}
""")
P("twilio_verify_service_auth_token_compose_yaml", TWILIO, r"""
      TWILIO_VERIFY_SERVICE_SID: VA«hex32:v»
      TWILIO_AUTH_TOKEN: "«!hex32:t»"
""")
# ---- Vonage / MessageBird
P("vonage_api_secret_node_constructor", VONAGE, r"""
const vonage = new Vonage({ apiKey: "«hex8:k»", apiSecret: "«!an16:s»" });
""")
P("vonage_sms_query_string_api_secret_log", VONAGE, r"""
«TS» DEBUG sms-gw POST https://rest.nexmo.com/sms/json?api_key=«hex8:k»&api_secret=«!an16:s»&from=ExampleCo&to=4477«dig8:n» -> 200
""")
P("vonage_application_private_key_pem_env_escaped", VONAGE, r"""
VONAGE_APPLICATION_ID=«uuid:a»
VONAGE_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\nMIIEv«!b64s60:k»\n«!b64s64:l»\n-----END PRIVATE KEY-----\n"
""")
P("messagebird_access_key_authorization_accesskey", MESSAGEBIRD, r"""
curl -X POST https://rest.messagebird.com/messages \
  -H 'Authorization: AccessKey «!an25:k»' \
  -d "recipients=31«dig9:n»" -d "originator=ExampleCo"
""")
P("messagebird_python_client_init", MESSAGEBIRD, r"""
client = messagebird.Client('«!an25:k»')
""")
# ---- Algolia
P("algolia_admin_api_key_js_init", ALGOLIA, r"""
const client = algoliasearch('«uc10:app»', '«!hex32:k»');
const index = client.initIndex('prod_products');
""")
P("algolia_admin_key_header_http_dump", ALGOLIA, r"""
POST /1/indexes/prod_products/batch HTTP/1.1
Host: «uc10:app».algolia.net
X-Algolia-Application-Id: «uc10:app»
X-Algolia-API-Key: «!hex32:k»
""")
P("algolia_write_key_django_settings", ALGOLIA, r"""
ALGOLIA = {
    "APPLICATION_ID": "«uc10:app»",
    "API_KEY": "«!hex32:k»",
    "INDEX_PREFIX": "prod",
}
""")
# ---- Mapbox / Google Maps
P("mapbox_secret_token_sk_env", MAPBOX, r"""
MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1«!b64u52:a».«!b64u22:b»
MAPBOX_PUBLIC_TOKEN=pk.eyJ1«b64u52:c».«b64u22:d»
""")
P("mapbox_gradle_properties_downloads_token", MAPBOX, r"""
# ~/.gradle/gradle.properties
MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1«!b64u56:a».«!b64u22:b»
""")
P("google_maps_server_key_geocode_url_log", GMAPS, r"""
«TS» WARNING geocoder: GET https://maps.googleapis.com/maps/api/geocode/json?address=«@Berlin|Lisbon|Austin»&key=AIza«!b64u35:k» -> OVER_QUERY_LIMIT
""")
P("google_maps_places_key_yaml_config", GMAPS, r"""
maps:
  provider: google
  server_api_key: AIza«!b64u35:k»
  region: «@de|pt|us»
""")
# ---- Segment / Mixpanel / Amplitude / PostHog / Heap
P("segment_write_key_python_analytics", SEGMENT, r"""
import segment.analytics as analytics
analytics.write_key = '«!an32:k»'
analytics.debug = False
""")
P("segment_http_api_basic_write_key_colon", SEGMENT, r"""
> POST /v1/batch HTTP/1.1
> Host: api.segment.io
> Authorization: Basic «!an32:k|userb64:»
""")
P("mixpanel_api_secret_export_curl_u", MIXPANEL, r"""
curl https://data.mixpanel.com/api/2.0/export \
  -u «!hex32:s»: \
  -d from_date=2024-01-01 -d to_date=2024-01-31
""")
P("mixpanel_service_account_secret_env", MIXPANEL, r"""
MIXPANEL_PROJECT_TOKEN=«hex32:p»
MIXPANEL_SERVICE_ACCOUNT_USERNAME=etl.«lc6:u».mp-service-account
MIXPANEL_SERVICE_ACCOUNT_SECRET=«!an32:s»
""")
P("amplitude_secret_key_export_basic_auth_dump", AMPLITUDE, r"""
GET /api/2/export?start=20240101T00&end=20240101T23 HTTP/1.1
Host: amplitude.com
Authorization: Basic «!hex32:s|basic:{hex32:k}»
""")
P("amplitude_dbt_profile_secret_key_yaml", AMPLITUDE, r"""
amplitude_source:
  api_key: "«hex32:k»"
  secret_key: "«!hex32:s»"
  start_date: "2024-01-01"
""")
P("posthog_personal_api_key_phx_bearer_curl", POSTHOG, r"""
curl -H "Authorization: Bearer phx_«!an43:k»" \
  "https://eu.posthog.com/api/projects/«dig5:p»/insights/?limit=10"
""")
P("posthog_python_personal_api_key_feature_flags", POSTHOG, r"""
posthog = Posthog(project_api_key="phc_«an43:p»", host="https://eu.i.posthog.com", personal_api_key="phx_«!an43:k»")
""")
P("heap_api_key_server_side_track_json", HEAP, r"""
«TS» DEBUG heap-forwarder POST https://heapanalytics.com/api/track body={"app_id":"«dig10:a»","identity":"«lc8:u»@example.com","event":"Subscription Renewed","api_key":"«!an32:k»"}
""")
# ---- Intercom / Zendesk / HubSpot / Salesforce / Freshdesk
P("intercom_access_token_dg9r_bearer_log", INTERCOM, r"""
«TS» DEBUG intercom-client GET https://api.intercom.io/contacts?per_page=50 Authorization="Bearer dG9rOj«!b64s52:t»=" Intercom-Version=2.11
""")
P("intercom_identity_verification_secret_rails", INTERCOM, r"""
IntercomRails.config do |config|
  config.app_id = "«lc8:a»"
  config.api_secret = "«!b64u40:s»"
end
""")
P("zendesk_api_token_email_slash_token_basic", ZENDESK, r"""
GET /api/v2/tickets.json HTTP/1.1
Host: example.zendesk.com
Authorization: Basic «!an40:t|basic:agent@example.com/token»
""")
P("zendesk_python_zenpy_creds_dict", ZENDESK, r"""
creds = {
    "email": "support-bot@example.com",
    "token": "«!an40:t»",
    "subdomain": "example",
}
""")
P("zendesk_curl_u_email_token", ZENDESK, r"""
curl https://example.zendesk.com/api/v2/users/me.json -u ops@example.com/token:«!an40:t»
""")
P("hubspot_private_app_token_pat_na1", HUBSPOT, r"""
HUBSPOT_ACCESS_TOKEN=pat-«@na1|eu1»-«!uuid:t»
HUBSPOT_PORTAL_ID=«dig8:p»
""")
P("hubspot_node_client_debug_headers", HUBSPOT, r"""
[hubspot] request GET /crm/v3/objects/contacts?limit=100 headers: { authorization: 'Bearer pat-na1-«!uuid:t»', 'user-agent': 'hubspot-api-client-nodejs; 11.1.0' }
""")
P("hubspot_developer_api_key_hapikey_query", HUBSPOT, r"""
«TS» INFO webhook-admin PUT https://api.hubapi.com/webhooks/v3/«dig7:a»/settings?hapikey=«!uuid:k» 200
""")
P("salesforce_connected_app_consumer_secret_properties", SALESFORCE, r"""
sf.loginUrl=https://login.salesforce.com
sf.clientId=3MVG9«b64s80:c»
sf.clientSecret=«!uhex64:s»
sf.username=integration@example.com
""")
P("salesforce_session_id_sid_cookie_dump", SF_SESSION, r"""
Set-Cookie: sid=00D«an12:o»!AQ«!b64s100:s»; domain=example.my.salesforce.com; path=/; secure; HttpOnly
""")
P("salesforce_simple_salesforce_password_security_token", SF_SESSION, r"""
sf = Salesforce(username="etl@example.com", password="«!pw16:p»", security_token="«!an25:t»", domain="login")
""")
P("salesforce_oauth_token_response_access_token", SF_SESSION, r"""
{"access_token":"00D«an12:o»!AR«!b64s100:a»","instance_url":"https://example.my.salesforce.com","id":"https://login.salesforce.com/id/00D«an12:o»/005«an12:u»","token_type":"Bearer","issued_at":"«dig13:i»","signature":"«b64s43:s»="}
""")
P("freshdesk_api_key_basic_x_password", FRESHDESK, r"""
> GET /api/v2/tickets?updated_since=2024-01-01 HTTP/1.1
> Host: example.freshdesk.com
> Authorization: Basic «!an20:k|userb64:X»
""")
P("freshdesk_curl_u_key_x", FRESHDESK, r"""
curl -v -u «!an20:k»:X -H "Content-Type: application/json" -X GET 'https://example.freshdesk.com/api/v2/contacts'
""")
# ---- Notion / Airtable / Asana / Linear / Atlassian / Typeform / Calendly / DocuSign
P("notion_ntn_token_client_js", NOTION, r"""
const notion = new Client({ auth: "ntn_«!dig11:a»«!an35:b»" });
""")
P("notion_legacy_secret_token_bearer_python_dict", NOTION, r"""
headers = {"Authorization": "Bearer secret_«!an43:t»", "Notion-Version": "2022-06-28", "Content-Type": "application/json"}
""")
P("notion_oauth_client_secret_env", NOTION, r"""
NOTION_OAUTH_CLIENT_ID=«uuid:c»
NOTION_OAUTH_CLIENT_SECRET=secret_«!an43:s»
""")
P("airtable_pat_bearer_log", AIRTABLE, r"""
«TS» DEBUG airtable GET https://api.airtable.com/v0/app«an14:b»/tbl«an14:t»?pageSize=100 headers={'Authorization': 'Bearer pat«!an14:a».«!hex64:b»'}
""")
P("airtable_pyairtable_api_constructor", AIRTABLE, r"""
api = Api("pat«!an14:a».«!hex64:b»")
table = api.table("app«an14:b»", "tbl«an14:t»")
""")
P("asana_pat_numeric_slash_bearer", ASANA, r"""
curl https://app.asana.com/api/1.0/users/me \
  -H "Authorization: Bearer 2/«dig16:u»/«dig16:x»:«!hex32:t»"
""")
P("asana_python_client_access_token_config", ASANA, r"""
configuration = asana.Configuration()
configuration.access_token = "1/«dig16:u»:«!hex32:t»"
""")
P("linear_personal_api_key_env_raw_header", LINEAR, r"""
LINEAR_API_KEY=lin_api_«!an40:k»
""")
P("linear_oauth_access_token_json_response", LINEAR, r"""
{"access_token":"lin_oauth_«!hex64:a»","token_type":"Bearer","expires_in":315705599,"scope":["read","write"]}
""")
P("jira_api_token_atatt_basic_curl_user", ATLASSIAN, r"""
curl -s --user ci-bot@example.com:ATATT3xFfGF0«!b64u160:t»=«!uhex8:c» \
  -H "Accept: application/json" https://example.atlassian.net/rest/api/3/myself
""")
P("confluence_api_token_python_constructor", ATLASSIAN, r"""
confluence = Confluence(url="https://example.atlassian.net/wiki", username="docs-sync@example.com", password="ATATT3xFfGF0«!b64u160:t»=«!uhex8:c»", cloud=True)
""")
P("jira_cli_config_yaml_login_token_env", ATLASSIAN, r"""
export JIRA_API_TOKEN=ATATT3xFfGF0«!b64u160:t»=«!uhex8:c»
export JIRA_AUTH_TYPE=basic
""")
P("typeform_personal_token_tfp_bearer", TYPEFORM, r"""
curl --request GET --url "https://api.typeform.com/forms/«an8:f»/responses?page_size=25" \
  --header "Authorization: Bearer tfp_«!b64u44:a»_«!b64u14:b»"
""")
P("typeform_webhook_secret_signature_env", TYPEFORM, r"""
TYPEFORM_WEBHOOK_SECRET=«!pw32:s»
""")
P("calendly_pat_jwt_bearer_env", CALENDLY, r"""
CALENDLY_TOKEN=eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ.eyJ«!b64u180:p».«!b64u86:s»
""")
P("calendly_webhook_signing_key_json_config", CALENDLY, r"""
{"calendly":{"organization":"https://api.calendly.com/organizations/«uc16:o»","webhookSigningKey":"«!b64u43:k»"}}
""")
P("docusign_integration_secret_key_env", DOCUSIGN, r"""
DOCUSIGN_INTEGRATION_KEY=«uuid:i»
DOCUSIGN_SECRET_KEY=«!uuid:s»
DOCUSIGN_ACCOUNT_ID=«uuid:a»
""")
P("docusign_jwt_private_key_pem_yaml_block", DOCUSIGN, r"""
docusign:
  user_id: «uuid:u»
  private_key: |
    -----BEGIN RSA PRIVATE KEY-----
    MIIEow«!b64s58:a»
    «!b64s64:b»
    -----END RSA PRIVATE KEY-----
""")
# ---- Plaid / Klaviyo / Contentful / GoCardless
P("plaid_secret_json_request_body_log", PLAID, r"""
«TS» DEBUG plaid POST https://production.plaid.com/item/get body={"client_id":"«hex24:c»","secret":"«!hex30:s»","access_token":"access-production-«!uuid:a»"}
""")
P("plaid_env_client_secret_dotenv", PLAID, r"""
PLAID_CLIENT_ID=«hex24:c»
PLAID_SECRET=«!hex30:s»
PLAID_ENV=production
""")
P("klaviyo_private_key_pk_authorization_header", KLAVIYO, r"""
> GET /api/profiles/?page[size]=20 HTTP/1.1
> Host: a.klaviyo.com
> Authorization: Klaviyo-API-Key pk_«!hex34:k»
> revision: 2024-07-15
""")
P("contentful_management_token_cfpat", CONTENTFUL, r"""
CONTENTFUL_SPACE_ID=«lc12:s»
CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-«!b64u43:t»
CONTENTFUL_DELIVERY_TOKEN=«!b64u43:d»
""")
P("gocardless_live_access_token_ruby_client", GOCARDLESS, r"""
client = GoCardlessPro::Client.new(access_token: "live_«!b64u40:t»", environment: :live)
""")
# ---- wrappers: k8s / docker / logs / tracebacks, mixed tools
P("k8s_secret_data_base64_stripe_and_sendgrid", K8S_SECRET, r"""
data:
  STRIPE_SECRET_KEY: «!an60:k|b64:sk_live_»
  SENDGRID_API_KEY: «!b64u43:s|b64:SG.{b64u22:a}.»
""")
P("docker_inspect_env_twilio_mailgun_keys", DOCKER_INSPECT, r"""
            "Env": [
                "TWILIO_ACCOUNT_SID=AC«hex32:a»",
                "TWILIO_AUTH_TOKEN=«!hex32:t»",
                "MAILGUN_API_KEY=«!hex32:m»-«hex8:b»-«hex8:c»",
                "PATH=/usr/local/bin:/usr/bin:/bin"
            ],
""")
P("fluentbit_record_cut_mid_line_shopify_token", FLUENTBIT, r"""
{"date":«TE»,"log":"«TS» ERROR shopify.sync token=shpat_«!hex32:t» shop=example-store.myshopify.com status=401 body={\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong passwo"}
{"date":«TE»,"log":"rd)\"}"}
""")
P("python_urllib3_debug_stripe_header_repr", PY_LOGGING_URLLIB3, r"""
DEBUG:urllib3.connectionpool:https://api.stripe.com:443 "POST /v1/payment_intents HTTP/1.1" 402 None
DEBUG:stripe:Request headers: {'Authorization': 'Bearer sk_live_«!an99:k»', 'Idempotency-Key': '«uuid:i»', 'Stripe-Version': '2024-06-20'}
""")
P("celery_retry_task_kwargs_repr_mailchimp_key", CELERY, r"""
[«TL»: WARNING/ForkPoolWorker-«dig1:w»] Task crm.sync_audience[«uuid:t»] retry: Retry in 60s: HTTPError('401 Client Error')
[«TL»: WARNING/ForkPoolWorker-«dig1:w»] kwargs={'list_id': '«hex10:l»', 'api_key': '«!hex32:k»-us«@6|12»', 'batch': 3}
""")
P("airflow_connection_uri_hubspot_extra_token", AIRFLOW_CONN, r"""
AIRFLOW_CONN_HUBSPOT_DEFAULT='http://:@api.hubapi.com/?__extra__=%7B%22access_token%22%3A+%22pat-na1-«!uuid:t»%22%7D'
""")
P("python_traceback_locals_twilio_auth_token", TWILIO, r"""
Traceback (most recent call last):
  File "/app/notify/sms.py", line «dig2:l», in send_otp
    client = Client(sid, token)
    sid = 'AC«hex32:a»'
    token = '«!hex32:t»'
twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate
""")
P("node_axios_error_config_headers_hubspot_json", HUBSPOT, r"""
AxiosError: Request failed with status code 429
  config: { method: 'get', url: 'https://api.hubapi.com/crm/v3/objects/deals', headers: { Accept: 'application/json', Authorization: 'Bearer pat-eu1-«!uuid:t»' } }
""")
P("terraform_tfvars_algolia_and_mapbox_keys", ALGOLIA, r"""
algolia_application_id = "«uc10:app»"
algolia_admin_api_key  = "«!hex32:k»"
mapbox_secret_token    = "sk.eyJ1«!b64u52:a».«!b64u22:b»"
""")
P("github_actions_log_env_leaked_unmasked_linear_key", LINEAR, r"""
«T» ##[group]Run node scripts/release-notes.js
«T» env:
«T»   LINEAR_API_KEY: lin_api_«!an40:k»
«T» ##[endgroup]
""")
P("systemd_environment_file_razorpay_secret", RAZORPAY, r"""
# /etc/payments/api.env
RAZORPAY_KEY_ID=rzp_live_«an14:i»
RAZORPAY_KEY_SECRET=«!an24:s»
RAZORPAY_WEBHOOK_SECRET=«!pw24:w»
""")
P("helm_values_paypal_braintree_secrets", BRAINTREE, r"""
payments:
  paypal:
    clientId: A«b64u79:c»
    clientSecret: E«!b64u79:s»
  braintree:
    merchantId: «lc16:m»
    privateKey: «!hex32:k»
""")
P("php_ini_env_dump_woocommerce_secret", WOO, r"""
$_SERVER['WC_CONSUMER_KEY'] => ck_«hex40:k»
$_SERVER['WC_CONSUMER_SECRET'] => cs_«!hex40:s»
""")
P("mitmproxy_flow_dump_klaviyo_key_header", KLAVIYO, r"""
POST https://a.klaviyo.com/api/events/
    authorization: Klaviyo-API-Key pk_«!hex34:k»
    content-type:  application/vnd.api+json
    revision:      2024-07-15
""")
P("har_entry_request_headers_notion_bearer", NOTION, r"""
        "headers": [
          {"name": "Authorization", "value": "Bearer ntn_«!dig11:a»«!an35:b»"},
          {"name": "Notion-Version", "value": "2022-06-28"}
        ],
""")
P("journalctl_payment_worker_square_token_line", SQUARE, r"""
«@Mar|Apr|May» «dig2:d» 10:1«dig1:m»:0«dig1:s» app-«dig2:h» payment-worker[«dig4:p»]: loaded config square.env=production square.token=EAAA«!b64u60:t» square.location=L«uc12:l»
""")
P("dotenv_bom_postmark_and_typeform_tokens", POSTMARK, r"""
﻿POSTMARK_SERVER_TOKEN=«!uuid:t»
TYPEFORM_TOKEN=tfp_«!b64u44:a»_«!b64u14:b»
""")
P("ruby_hash_inspect_salesforce_restforce_options", SALESFORCE, r"""
{:username=>"etl@example.com", :password=>"«!pw14:p»", :security_token=>"«!an24:t»", :client_id=>"3MVG9«b64s80:c»", :client_secret=>"«!uhex64:s»", :api_version=>"59.0"}
""")
# ---- more positives
P("stripe_terminal_connection_token_secret_log", STRIPE_KEYS, r"""
«TS» DEBUG terminal issued connection token {"object":"terminal.connection_token","location":"tml_«an24:l»","secret":"pst_live_«!b64u80:s»"}
""")
P("stripe_checkout_session_client_secret_cs_live_log", STRIPE_KEYS, r"""
«TS» INFO checkout created session cs_live_«an58:c» for cus_«an14:u» client_secret=cs_live_«an58:c»_secret_«!an24:s»
""")
P("stripe_payment_intent_client_secret_json", STRIPE_KEYS, r"""
{"id":"pi_«an24:p»","object":"payment_intent","amount":«dig4:a»,"client_secret":"pi_«an24:p»_secret_«!an25:s»","status":"requires_payment_method"}
""")
P("stripe_env_sk_live_quoted_single_commented_old", STRIPE_KEYS, r"""
# STRIPE_SECRET_KEY='sk_live_«!an99:o»'   # rotated «@2024-02-01|2024-05-13»
STRIPE_SECRET_KEY='sk_live_«!an99:k»'
""")
P("adyen_webhook_basic_auth_password_yaml", ADYEN_HMAC, r"""
adyen:
  notification:
    username: adyen-«lc6:u»
    password: «!pw20:p»
    hmac-key: «!uhex64:h»
""")
P("braintree_node_gateway_debug_config_json_escaped_once", BRAINTREE, r"""
{"level":30,"msg":"gateway ready","config":"{\"environment\":\"production\",\"merchantId\":\"«lc16:m»\",\"publicKey\":\"«lc16:pk»\",\"privateKey\":\"«!hex32:k»\"}"}
""")
P("sendgrid_inbound_parse_dotnet_appsettings", SENDGRID, r"""
  "SendGrid": {
    "ApiKey": "SG.«!b64u22:a».«!b64u43:b»",
    "FromAddress": "noreply@example.com"
  },
""")
P("twilio_sendgrid_php_env_getenv_default", SENDGRID, r"""
$apiKey = getenv('SENDGRID_API_KEY') ?: 'SG.«!b64u22:a».«!b64u43:b»';
""")
P("vonage_messages_jwt_bearer_header", VONAGE, r"""
Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ«!b64u150:p».«!b64u86:s»
""")
P("mixpanel_python_api_secret_import_call", MIXPANEL, r"""
mp = Mixpanel("«hex32:p»")
mp.import_data(api_key="«hex32:p»", api_secret="«!hex32:s»", distinct_id=uid, event_name="Order Placed", timestamp=ts, properties=props)
""")
P("hubspot_client_secret_webhook_validation_env", HUBSPOT, r"""
HUBSPOT_CLIENT_ID=«uuid:c»
HUBSPOT_CLIENT_SECRET=«!uuid:s»
""")
P("salesforce_jwt_bearer_server_key_path_and_passphrase", SALESFORCE, r"""
SF_CONSUMER_KEY=3MVG9«b64s80:c»
SF_JWT_KEY_FILE=/run/secrets/server.key
SF_JWT_KEY_PASSPHRASE=«!pw18:p»
""")
P("freshdesk_python_requests_auth_tuple", FRESHDESK, r"""
r = requests.get(f"https://{domain}.freshdesk.com/api/v2/tickets", auth=("«!an20:k»", "X"), timeout=30)
""")
P("notion_token_json_escaped_twice_docker_log", NOTION, r"""
{"log":"{\"time\":\"«T»\",\"msg\":\"sync start\",\"env\":\"{\\\"NOTION_TOKEN\\\":\\\"secret_«!an43:t»\\\",\\\"NOTION_DB\\\":\\\"«hex32:d»\\\"}\"}\n","stream":"stdout"}
""")
P("airtable_oauth_client_secret_and_refresh_token_json", AIRTABLE, r"""
{"client_id":"«uuid:c»","client_secret":"«!b64u64:s»","refresh_token":"«!b64u52:r».v1.«!b64u40:q»"}
""")
P("linear_webhook_signing_secret_env", LINEAR, r"""
LINEAR_WEBHOOK_SECRET=lin_wh_«!an40:w»
""")
P("confluence_cloud_basic_header_dump", ATLASSIAN, r"""
GET /wiki/rest/api/space?limit=25 HTTP/1.1
Host: example.atlassian.net
Authorization: Basic «!b64u60:t|basic:docs@example.com»
""")
P("docusign_oauth_access_token_response_log", DOCUSIGN, r"""
«TS» DEBUG docusign POST https://account.docusign.com/oauth/token -> {"access_token":"eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoiNjgxODVmZjEtNGU1MS00Y2U5LWFmMWMtNjg5ODEyMjAzMzE3In0.eyJ«!b64u120:p».«!b64u86:s»","token_type":"Bearer","expires_in":3600}
""")
P("gocardless_webhook_endpoint_secret_yaml", GOCARDLESS, r"""
gocardless:
  environment: live
  webhook_endpoint_secret: «!pw32:w»
""")
P("contentful_preview_token_nextjs_env_local", CONTENTFUL, r"""
CONTENTFUL_SPACE_ID=«lc12:s»
CONTENTFUL_PREVIEW_ACCESS_TOKEN=«!b64u43:p»
CONTENTFUL_ENVIRONMENT=master
""")
P("razorpay_kubectl_describe_secret_env_from_literal", RAZORPAY, r"""
$ kubectl create secret generic razorpay --from-literal=key_id=rzp_live_«an14:i» --from-literal=key_secret=«!an24:s»
secret/razorpay created
""")
P("mapbox_style_upload_cli_access_token_flag", MAPBOX, r"""
$ mapbox --access-token sk.eyJ1«!b64u52:a».«!b64u22:b» upload «lc8:u».«lc8:t» ./tiles.mbtiles
""")
# ================================================================ NEGATIVES
STRIPE_IDS = "https://docs.stripe.com/api/object-ids"
STRIPE_EVENTS = "https://docs.stripe.com/api/events/types"
STRIPE_TEST = "https://docs.stripe.com/testing"
STRIPE_REQID = "https://docs.stripe.com/api/request_ids"
SHOPIFY_GID = "https://shopify.dev/docs/api/usage/gids"
TWILIO_SIDS = "https://www.twilio.com/docs/glossary/what-is-a-sid"
ALGOLIA_SEARCH = "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key"
SEGMENT_JS = "https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/quickstart/"
POSTHOG_JS = "https://posthog.com/docs/libraries/js"
MIXPANEL_JS = "https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript"
HUBSPOT_IDS = "https://developers.hubspot.com/docs/api/crm/understanding-the-crm"
SF_IDS = "https://help.salesforce.com/s/articleView?id=000385008&type=1"

N("stripe_object_ids_cus_pi_ch_in_log", STRIPE_IDS, r"""
«TS» INFO billing charge succeeded customer=cus_«an14:c» payment_intent=pi_«an24:p» charge=ch_«an24:h» amount=«dig4:a» currency=usd
«TS» INFO billing invoice in_«an24:i» marked paid sub=sub_«an24:s»
""")
N("stripe_publishable_key_frontend_env", STRIPE_KEYS, r"""
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_«an99:p»
VITE_STRIPE_PK=pk_live_«an99:p»
""")
N("stripe_event_types_webhook_endpoint_config", STRIPE_EVENTS, r"""
enabled_events:
  - payment_intent.succeeded
  - payment_intent.payment_failed
  - customer.subscription.«@updated|deleted|created|paused»
  - «@charge.refunded|charge.dispute.created|invoice.paid|checkout.session.completed»
  - invoice.payment_action_required
signing_secret_env: STRIPE_WEBHOOK_SECRET
""")
N("stripe_request_id_and_idempotency_key_error", STRIPE_REQID, r"""
«TS» ERROR stripe card_declined request_id=req_«an14:r» idempotency_key=«uuid:i» decline_code=«@insufficient_funds|do_not_honor|expired_card» doc_url=https://stripe.com/docs/error-codes/card-declined
""")
N("stripe_masked_key_dashboard_listing", STRIPE_KEYS, r"""
NAME                 TOKEN               LAST USED     CREATED
Standard secret key  sk_live_...«an4:a»     «@2024-03-11|2024-06-02|2024-08-19»    2022-01-0«dig1:d»
Restricted: reports  rk_live_...«an4:b»     never         2023-10-1«dig1:e»
""")
N("stripe_test_mode_placeholder_keys_readme", STRIPE_TEST, r"""
# Copy .env.example to .env and replace the placeholders:
STRIPE_SECRET_KEY=sk_test_«@xxxxxxxxxxxxxxxxxxxxxxxx|your_key_here|REPLACE_ME»
STRIPE_WEBHOOK_SECRET=whsec_«@...|xxxxxxxx|REPLACE_ME»
""")
N("stripe_webhook_signature_header_only", STRIPE_WH, r"""
«TS» DEBUG webhooks received evt_«an24:e» type=«@charge.refunded|checkout.session.completed» Stripe-Signature="t=17«dig8:t»,v1=«hex64:s»,v0=«hex64:z»"
""")
N("stripe_secret_from_env_reference_code", STRIPE_KEYS, r"""
stripe.api_key = os.environ["«@STRIPE_SECRET_KEY|STRIPE_API_KEY|STRIPE_SK|STRIPE_LIVE_SECRET_KEY|PAYMENTS_STRIPE_KEY»"]
endpoint_secret = os.environ.get("«@STRIPE_WEBHOOK_SECRET|STRIPE_ENDPOINT_SECRET|WHSEC|STRIPE_SIGNING_SECRET»")
""")
N("stripe_cli_help_api_key_flag", STRIPE_CLI, r"""
$ stripe «@listen|trigger|logs tail|customers list|events resend» --help | grep -A3 Flags
Flags:
      --api-key string        Your API key to use for the command
      --color string          turn on/off color output (on, off, auto)
      --project-name string   the project name to read from for config (default "default")
""")
N("stripe_balance_transaction_fingerprint_json", STRIPE_IDS, r"""
{"id":"card_«an24:c»","object":"card","brand":"«@Visa|Mastercard»","fingerprint":"«an16:f»","last4":"«dig4:l»","exp_month":«@1|7|11»,"exp_year":2027}
""")
N("stripe_connect_account_and_price_ids_yaml", STRIPE_IDS, r"""
plans:
  pro_monthly: price_«an24:a»
  pro_yearly: price_«an24:b»
connect_account: acct_«an16:c»
product: prod_«an14:d»
""")
N("stripe_checkout_session_id_redirect_url_log", STRIPE_IDS, r"""
«TS» INFO redirect 303 https://checkout.stripe.com/c/pay/cs_live_«an58:c»#«b64u40:f»
""")
N("paypal_sandbox_client_id_public_sdk_script", PAYPAL, r"""
<script src="https://www.paypal.com/sdk/js?client-id=A«b64u79:c»&currency=EUR&intent=capture"></script>
""")
N("paypal_order_and_debug_ids_log", PAYPAL, r"""
«TS» ERROR paypal capture failed order_id=«uc17:o» debug_id=«hex13:d» name=UNPROCESSABLE_ENTITY issue=INSTRUMENT_DECLINED
""")
N("braintree_merchant_and_public_key_ids_only", BRAINTREE, r"""
BRAINTREE_ENVIRONMENT=production
BRAINTREE_MERCHANT_ID=«lc16:m»
BRAINTREE_PUBLIC_KEY=«lc16:p»
BRAINTREE_PRIVATE_KEY_FILE=/run/secrets/braintree_private_key
""")
N("braintree_transaction_ids_log", BRAINTREE, r"""
«TS» INFO bt sale transaction=«lc8:t» status=submitted_for_settlement processor_response_code=1000 network_transaction_id=«dig15:n»
""")
N("adyen_client_key_live_public_frontend", ADYEN, r"""
const checkout = await AdyenCheckout({ environment: 'live', clientKey: 'live_«uc32:k»', locale: 'en-US' });
""")
N("adyen_psp_reference_notification_item", ADYEN_HMAC, r"""
{"NotificationRequestItem":{"eventCode":"AUTHORISATION","merchantReference":"order-«dig6:o»","pspReference":"«uc16:p»","success":"true","additionalData":{"hmacSignature":"«b64s43:h»="}}}
""")
N("square_application_id_and_location_public", SQUARE, r"""
window.SQUARE_APP_ID = "sq0idp-«b64u22:a»";
window.SQUARE_LOCATION_ID = "L«uc12:l»";
""")
N("square_payment_and_idempotency_ids_json", SQUARE, r"""
{"payment":{"id":"«b64u28:p»","status":"COMPLETED","order_id":"«b64u28:o»","receipt_number":"«uc4:r»"},"idempotency_key":"«uuid:i»"}
""")
N("mollie_payment_ids_and_test_key_placeholder", MOLLIE, r"""
«TS» INFO mollie payment tr_«an10:t» status=paid method=ideal profile=pfl_«an10:p» customer=cst_«an10:c»
""")
N("razorpay_key_id_public_checkout_options", RAZORPAY, r"""
var options = { "key": "rzp_live_«an14:k»", "amount": "«dig5:a»", "currency": "INR", "order_id": "order_«an14:o»", "name": "Example Co" };
""")
N("razorpay_signature_verification_fields_log", RAZORPAY, r"""
«TS» INFO payment verified razorpay_payment_id=pay_«an14:p» razorpay_order_id=order_«an14:o» razorpay_signature=«hex64:s»
""")
N("shopify_gid_and_numeric_ids_graphql", SHOPIFY_GID, r"""
{"data":{"order":{"id":"gid://shopify/Order/«dig13:o»","customer":{"id":"gid://shopify/Customer/«dig13:c»"},"lineItems":{"nodes":[{"id":"gid://shopify/LineItem/«dig14:l»"}]}}}}
""")
N("shopify_api_key_client_id_public_toml", SHOPIFY, r"""
# shopify.app.toml
client_id = "«hex32:k»"
name = "«@order-sync|inventory-bridge»"
application_url = "https://app.example.com"
[access_scopes]
scopes = "read_orders,write_products"
""")
N("shopify_webhook_hmac_header_and_topic", SHOPIFY_WH, r"""
«TS» INFO webhook X-Shopify-Topic=«@orders/create|products/update|app/uninstalled» X-Shopify-Hmac-Sha256=«b64s43:h»= X-Shopify-Webhook-Id=«uuid:w» X-Shopify-Shop-Domain=example-store.myshopify.com
""")
N("shopify_request_id_and_api_call_limit_headers", SHOPIFY, r"""
< HTTP/2 200
< x-request-id: «uuid:r»
< x-shopify-shop-api-call-limit: «dig2:n»/40
< x-shopify-api-version: 2024-07
""")
N("woocommerce_masked_keys_admin_table", WOO, r"""
Description       User    Permissions   Truncated key   Last access
«@Order sync|ERP bridge»        admin   Read/Write    ...«hex7:t»        2024-0«dig1:m»-1«dig1:d»
""")
N("woocommerce_order_key_wc_order_url", WOO, r"""
«TS» INFO thankyou GET /checkout/order-received/«dig5:o»/?key=wc_order_«an13:k» 200
""")
N("sendgrid_message_ids_and_event_webhook", SENDGRID, r"""
[{"email":"«lc8:u»@example.com","event":"«@delivered|open|bounce»","sg_event_id":"«b64u22:e»","sg_message_id":"«b64u22:m».recvd-«dig10:r»-«lc6:h»-1-«hex8:x»-«dig2:y».0","timestamp":17«dig8:t»}]
""")
N("sendgrid_key_id_only_api_keys_list", SENDGRID, r"""
{"result":[{"name":"«@ci-mailer|prod-notifications»","api_key_id":"«b64u22:k»"},{"name":"marketing-import","api_key_id":"«b64u22:j»"}]}
""")
N("mailgun_message_id_and_domain_settings", MAILGUN, r"""
{"id":"<«dig14:i».«hex16:h»@mg.example.com>","message":"Queued. Thank you."}
""")
N("mailgun_webhook_signature_fields_only", MAILGUN, r"""
{"signature":{"token":"«hex50:t»","timestamp":"17«dig8:s»","signature":"«hex64:g»"},"event-data":{"event":"«@delivered|failed»","id":"«b64u22:e»"}}
""")
N("postmark_message_stream_and_message_id", POSTMARK, r"""
«TS» INFO mail sent MessageID=«uuid:m» MessageStream=«@outbound|broadcast» To=«lc8:u»@example.com ErrorCode=0
""")
N("postmark_server_token_header_name_in_docs", POSTMARK, r"""
curl "https://api.postmarkapp.com/«@email|email/batch|email/withTemplate|bounces|messages/outbound»" \
  -H "X-Postmark-Server-Token: $POSTMARK_SERVER_TOKEN" \
  -H "Accept: application/json" \
""")
N("mailchimp_audience_and_campaign_ids", MAILCHIMP, r"""
«TS» INFO mailchimp upsert member list_id=«hex10:l» subscriber_hash=«hex32:h» status=subscribed campaign=«hex10:c»
""")
N("twilio_account_sid_and_message_sid_log", TWILIO_SIDS, r"""
«TS» INFO sms queued sid=SM«hex32:m» account_sid=AC«hex32:a» messaging_service_sid=MG«hex32:g» status=queued
""")
N("twilio_api_key_sid_listing_no_secret", TWILIO_KEYS, r"""
SID                                 Friendly Name      Date Created
SK«hex32:k»  «@ci-notify|prod-sms»         Mar «dig2:d» 2024 10:«dig2:m»:00 GMT
""")
N("twilio_request_signature_header", TWILIO, r"""
POST /twilio/status HTTP/1.1
X-Twilio-Signature: «b64s27:s»=
I-Twilio-Idempotency-Token: «uuid:i»
""")
N("vonage_api_key_public_and_message_id", VONAGE, r"""
{"message-count":"1","messages":[{"to":"4477«dig8:n»","message-id":"«uuid:m»","status":"0","remaining-balance":"«dig2:b».«dig4:c»","network":"«dig5:w»"}]}
""")
N("messagebird_message_id_status_report", MESSAGEBIRD, r"""
«TS» INFO status report id=«hex32:i» recipient=31«dig9:r» status=delivered statusReason=successfully delivered
""")
N("algolia_search_only_key_frontend_config", ALGOLIA_SEARCH, r"""
const searchClient = algoliasearch('«uc10:app»', '«hex32:k»'); // search-only key, safe in the browser
""")
N("algolia_query_id_and_object_ids", ALGOLIA, r"""
{"hits":[{"objectID":"«dig6:o»","_highlightResult":{}}],"queryID":"«hex32:q»","processingTimeMS":«dig1:t»}
""")
N("mapbox_public_pk_token_map_init", MAPBOX, r"""
mapboxgl.accessToken = 'pk.eyJ1«b64u52:a».«b64u22:b»';
const map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12' });
""")
N("mapbox_style_and_tileset_ids", MAPBOX, r"""
style: mapbox://styles/«lc8:u»/«lc25:s»
tileset: «lc8:u».«lc8:t»
""")
N("google_maps_key_placeholder_and_restriction_docs", GMAPS, r"""
<script async src="https://maps.googleapis.com/maps/api/js?key=«@YOUR_API_KEY|GOOGLE_MAPS_API_KEY|{{ maps_key }}|<%= ENV["MAPS_KEY"] %>|${MAPS_KEY}»&libraries=«@places|geometry|marker»&callback=initMap"></script>
""")
N("google_maps_place_ids_geocode_response", GMAPS, r"""
{"results":[{"place_id":"ChIJ«b64u23:p»","formatted_address":"«@Unter den Linden 1, Berlin|Rua Augusta 2, Lisboa»"}],"status":"OK"}
""")
N("segment_anonymous_and_message_ids", SEGMENT, r"""
{"type":"track","event":"Order Completed","anonymousId":"«uuid:a»","messageId":"ajs-next-«hex32:m»","userId":"usr_«an16:u»"}
""")
N("segment_write_key_from_env_snippet", SEGMENT_JS, r"""
analytics.load(process.env.«@NEXT_PUBLIC_SEGMENT_WRITE_KEY|REACT_APP_SEGMENT_WRITE_KEY|VITE_SEGMENT_WRITE_KEY|SEGMENT_WRITE_KEY|PUBLIC_SEGMENT_KEY»)
""")
N("mixpanel_project_token_browser_init", MIXPANEL_JS, r"""
mixpanel.init("«hex32:p»", { debug: false, track_pageview: true, persistence: "localStorage" });
""")
N("mixpanel_distinct_id_and_insert_id", MIXPANEL, r"""
{"event":"Signed Up","properties":{"time":17«dig8:t»,"distinct_id":"«uuid:d»","$insert_id":"«hex32:i»","$device_id":"«hex16:e»"}}
""")
N("amplitude_device_and_session_ids", AMPLITUDE, r"""
{"event_type":"Page Viewed","device_id":"«uuid:d»","session_id":«dig13:s»,"insert_id":"«uuid:i»","user_id":"«lc8:u»"}
""")
N("posthog_project_api_key_phc_browser_init", POSTHOG_JS, r"""
posthog.init('phc_«an43:p»', { api_host: 'https://eu.i.posthog.com', person_profiles: 'identified_only' })
""")
N("posthog_feature_flag_and_distinct_ids", POSTHOG, r"""
«TS» DEBUG posthog flags distinct_id=«uuid:d» $feature/«@new-checkout|beta-search»=true $session_id=«uuid:s»
""")
N("heap_app_id_public_snippet", HEAP, r"""
heap.load("«dig10:a»", { secureCookie: true });
""")
N("intercom_app_id_and_user_hash_field_name", INTERCOM, r"""
window.intercomSettings = { api_base: "https://api-iam.intercom.io", app_id: "«lc8:a»", user_id: "«dig6:u»", user_hash: userHash };
""")
N("intercom_conversation_and_admin_ids", INTERCOM, r"""
«TS» INFO intercom reply conversation=«dig12:c» admin=«dig7:a» part=«dig11:p» type=comment
""")
N("zendesk_ticket_and_user_ids_api", ZENDESK, r"""
{"ticket":{"id":«dig6:t»,"requester_id":«dig12:r»,"brand_id":«dig12:b»,"external_id":"ord-«hex12:e»","via":{"channel":"api"}}}
""")
N("zendesk_token_setting_name_help_text", ZENDESK, r"""
Usage of «@support-bot|ticket-exporter|zd-sync»:
  --zendesk-email string       agent email used with /token authentication
  --zendesk-token-file string  path to a file holding the API token (default "/etc/«@support-bot|zendesk|helpdesk»/«@zendesk.token|api-token|token.txt»")
""")
N("hubspot_portal_and_object_ids", HUBSPOT_IDS, r"""
«TS» INFO hubspot synced contact id=«dig11:c» portalId=«dig8:p» associations=deals:«dig11:d» hs_object_id=«dig11:c»
""")
N("hubspot_masked_private_app_token_ui", HUBSPOT, r"""
Access token: pat-na1-********-****-****-****-********«hex4:t»   [Show token] [Rotate]
""")
N("salesforce_record_ids_18_char", SF_IDS, r"""
Id,AccountId,OwnerId,Name
006«an15:o»,001«an15:a»,005«an15:u»,«@Renewal FY25|Expansion Q3»
""")
N("salesforce_consumer_key_public_with_secret_ref", SALESFORCE, r"""
sf.clientId=3MVG9«b64s80:c»
sf.clientSecret=${SF_CLIENT_SECRET}
""")
N("freshdesk_ticket_ids_and_api_rate_headers", FRESHDESK, r"""
< x-ratelimit-remaining: «dig3:r»
< x-request-id: «uuid:q»
< x-freshdesk-api-version: latest=v2; requested=v2
""")
N("notion_page_and_database_uuids", NOTION, r"""
«TS» INFO notion sync page=«uuid:p» database=«hex32:d» parent_block=«uuid:b» last_edited=«T»
""")
N("notion_token_placeholder_env_example", NOTION, r"""
# «@Notion|notion-sync|docs importer» settings
NOTION_TOKEN=«@ntn_XXXXXXXXXXXXXXXX|secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|<your-integration-secret>»
NOTION_DATABASE_ID=«hex32:d»
""")
N("airtable_base_table_record_ids", AIRTABLE, r"""
{"records":[{"id":"rec«an14:r»","createdTime":"«T»","fields":{"Status":"«@Open|Done»"}}],"offset":"itr«an14:i»/rec«an14:s»"}
""")
N("asana_gids_task_and_project", ASANA, r"""
{"data":{"gid":"«dig16:t»","resource_type":"task","projects":[{"gid":"«dig16:p»"}],"assignee":{"gid":"«dig16:a»"}}}
""")
N("linear_issue_ids_and_uuid_identifiers", LINEAR, r"""
{"data":{"issue":{"id":"«uuid:i»","identifier":"«@ENG|OPS|WEB»-«dig4:n»","team":{"id":"«uuid:t»"}}}}
""")
N("linear_webhook_signature_header_only", LINEAR, r"""
«TS» DEBUG linear webhook Linear-Delivery=«uuid:d» Linear-Signature=«hex64:s» type=Issue action=update
""")
N("jira_account_ids_and_issue_keys", ATLASSIAN, r"""
«TS» INFO jira transition issue=«@PLAT|SUP»-«dig4:n» assignee accountId=712020:«uuid:a» from=«@In Progress|To Do» to=Done
""")
N("atlassian_token_label_and_expiry_listing", ATLASSIAN, r"""
Label                 Created           Expires           Last accessed
«@ci-bot|docs-sync»               «@Jan|Feb» 1«dig1:d», 2025      «@Jan|Feb» 1«dig1:d», 2026      «@Mar|Apr» «dig1:e», 2025
""")
N("typeform_form_and_response_tokens", TYPEFORM, r"""
{"form_response":{"form_id":"«an8:f»","token":"«lc32:t»","landed_at":"«T»","hidden":{"utm_source":"newsletter"}}}
""")
N("calendly_event_and_invitee_uris", CALENDLY, r"""
{"payload":{"event":"https://api.calendly.com/scheduled_events/«uuid:e»","uri":"https://api.calendly.com/scheduled_events/«uuid:e»/invitees/«uuid:i»"}}
""")
N("docusign_integration_key_and_envelope_ids", DOCUSIGN, r"""
«TS» INFO docusign envelope sent envelopeId=«uuid:e» accountId=«uuid:a» integrationKey=«uuid:k» status=sent
""")
N("plaid_item_and_request_ids", PLAID, r"""
{"item":{"item_id":"«an37:i»","institution_id":"ins_«dig6:n»"},"request_id":"«an15:r»"}
""")
N("plaid_link_token_public_public_token_placeholder", PLAID, r"""
PLAID_ENV=sandbox
PLAID_CLIENT_ID=«hex24:c»
PLAID_SECRET=«@<your-sandbox-secret>|changeme|TODO»
""")
N("klaviyo_public_site_id_company_id", KLAVIYO, r"""
<script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=«an6:c»"></script>
""")
N("contentful_space_and_entry_ids", CONTENTFUL, r"""
«TS» INFO contentful publish entry=«an22:e» space=«lc12:s» environment=master version=«dig2:v»
""")
N("gocardless_mandate_and_payment_ids", GOCARDLESS, r"""
{"events":[{"id":"EV«uc12:e»","action":"confirmed","links":{"payment":"PM«uc12:p»","mandate":"MD«uc12:m»"}}]}
""")
# generic settings that sound secret
N("saas_secret_ref_k8s_secretkeyref_env", K8S_SECRET, r"""
        - name: «@STRIPE_SECRET_KEY|SENDGRID_API_KEY|TWILIO_AUTH_TOKEN|HUBSPOT_ACCESS_TOKEN»
          valueFrom:
            secretKeyRef:
              name: «@payments|notify|crm»-credentials
              key: «@api-key|token|secret»
""")
N("saas_webhook_tolerance_and_retry_settings", STRIPE_WH, r"""
webhooks:
  signature_tolerance_seconds: «@300|600»
  secret_rotation_grace_hours: «@24|48»
  max_retries: «@3|5|8»
  token_header: «@Stripe-Signature|X-Shopify-Hmac-Sha256|X-Twilio-Signature»
""")
N("saas_api_key_names_compose_secrets_file", DOCKER_INSPECT, r"""
  «@api|worker|billing|notifier|web»:
    secrets:
      - stripe_secret_key
      - sendgrid_api_key
    environment:
      STRIPE_SECRET_KEY_FILE: /run/secrets/stripe_secret_key
      SENDGRID_API_KEY_FILE: /run/secrets/sendgrid_api_key
""")
N("saas_idempotency_and_correlation_ids_retry_log", STRIPE_IDEM, r"""
«TS» WARN http retry attempt=«@2|3»/5 method=POST host=api.«@stripe.com|hubapi.com|twilio.com» idempotency_key=«uuid:i» x-request-id=«uuid:r» backoff=«@1.5|3.0»s
""")
N("saas_env_var_names_printenv_masked_ci", LINEAR, r"""
«T» STRIPE_SECRET_KEY: ***
«T» SENDGRID_API_KEY: ***
«T» NOTION_TOKEN: ***
""")
N("saas_empty_keys_dotenv_example", STRIPE_TEST, r"""
# «@.env.example|.env.production.template|.env.sample|deploy/.env.dist|config/app.env.in»
STRIPE_SECRET_KEY=
MAILGUN_API_KEY=
ALGOLIA_ADMIN_KEY=
SEGMENT_WRITE_KEY=
""")
N("saas_sha256_payload_hash_hmac_output_log", SHOPIFY_WH, r"""
«TS» DEBUG hmac computed=«b64s43:c»= header=«b64s43:c»= match=true body_sha256=«hex64:b»
""")

# ================================================================ kind judgement
# A shape is a new kind when the tool its name starts with does not occur in
# used_redact_shapes.txt (case-insensitive substring). `segment` and `square`
# have hits, but only as other words (tcpdump/path "segment", "square_brackets"),
# so Segment (the CDP) and Square (payments) are judged new; `saas_*` shapes are
# cross-tool wrappers and count as repeats, as do all wrapper first words
# (k8s, docker, helm, python, node, ...).
NEW_TOOLS = ["adyen", "airtable", "algolia", "amplitude", "braintree", "calendly",
             "contentful", "docusign", "freshdesk", "gocardless", "heap", "hubspot",
             "klaviyo", "mailchimp", "mandrill", "mapbox", "messagebird", "mixpanel",
             "mollie", "paypal", "plaid", "posthog", "razorpay", "salesforce",
             "segment", "shopify", "square", "typeform", "vonage", "woocommerce"]


def _is_new(name):
    return name.split("_")[0] in NEW_TOOLS


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
