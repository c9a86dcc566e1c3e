#!/usr/bin/env python3
"""holdout21 generator: human-written attachments (tickets, chats, e-mails, wikis,
spreadsheets, PDF/OCR text, pastes, transcripts, diffs). Stdlib only, seeded."""
import base64, datetime, json, os, random, string, urllib.parse

SEED = 2121_2026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

AL = string.ascii_letters + string.digits
LOWER_HEX = "0123456789abcdef"
PWA = AL + "-_.!~+*"
B64 = AL + "+/"
B64U = AL + "-_"

FIRST = ["Anna", "Bilal", "Chen", "Dana", "Emeka", "Freya", "Goran", "Hana", "Ivan", "Jules",
         "Kofi", "Lena", "Marco", "Nadia", "Oskar", "Priya", "Quinn", "Rosa", "Sven", "Tomás",
         "Uma", "Viktor", "Wen", "Yusuf", "Zofia"]
LAST = ["Adler", "Brandt", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Haddad", "Ito",
        "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quint",
        "Rossi", "Schmidt", "Tanaka", "Urban", "Varga", "Weber", "Yilmaz", "Zhou"]
DOMS = ["example.com", "example.org", "example.net", "corp.example.com", "ml.example.io"]


def rs(n, alph=AL):
    return "".join(R.choice(alph) for _ in range(n))


def pw(lo=12, hi=20):
    n = R.randint(lo, hi)
    return rs(1) + rs(n - 2, PWA) + rs(1)


def hx(n):
    return rs(n, LOWER_HEX)


def wkey():
    return hx(40)


def person():
    return R.choice(FIRST) + " " + R.choice(LAST)


def uname(p=None):
    p = p or person()
    f, l = p.split(" ", 1)
    t = str.maketrans("áéíóúçã", "aeiouca")
    return (f[0] + l).lower().translate(t)


def dom():
    return R.choice(DOMS)


def host():
    return R.choice(["wandb", "wb", "ml-tracking", "wandb-prod", "exp"]) + "." + dom()


def ip10():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250))


def num(lo, hi):
    return R.randint(lo, hi)


def uuid():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


class Clock:
    def __init__(self):
        base = datetime.datetime(2023, 1, 1)
        self.t = base + datetime.timedelta(seconds=R.randint(0, 3 * 365 * 86400))

    def tick(self, lo=1, hi=3):
        self.t += datetime.timedelta(seconds=R.randint(lo, hi))
        return self.t

    def iso(self):
        return self.tick().strftime("%Y-%m-%dT%H:%M:%SZ")

    def isoms(self):
        return self.tick().strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999)

    def fmt(self, f):
        return self.tick().strftime(f)

    def epoch(self):
        return int((self.tick() - datetime.datetime(1970, 1, 1)).total_seconds())


def ghp():
    b = rs(36)
    return "ghp_" + b, b


def glpat():
    b = rs(20, AL + "-_")
    b = rs(1) + b[1:-1] + rs(1)
    return "glpat-" + b, b


def hft():
    b = rs(34)
    return "hf_" + b, b


def awssec():
    return rs(40, AL + "/+")


def basic(user, password):
    """returns (user_padded, b64 of user:pass, listed password part)"""
    while len((user + ":").encode()) % 3:
        user += str(R.randint(0, 9))
    full = base64.b64encode((user + ":" + password).encode()).decode()
    k = len((user + ":").encode()) // 3 * 4
    return user, full, full[k:].rstrip("=")


def qp_encode_line(s, safe=""):
    out = []
    for ch in s:
        for b in ch.encode("utf-8"):
            c = chr(b)
            if (33 <= b <= 126 and c != "=") or c == " " or c in safe:
                out.append(c)
            else:
                out.append("=%02X" % b)
    return "".join(out)


def wrap_pieces(text, start, length, width):
    """split text at width; return (lines, pieces of text[start:start+length])"""
    lines = [text[i:i + width] for i in range(0, len(text), width)]
    pieces = []
    pos = start
    end = start + length
    while pos < end:
        line_end = (pos // width + 1) * width
        e = min(end, line_end)
        pieces.append(text[pos:e])
        pos = e
    return lines, pieces


class Redraw(Exception):
    pass


POS = []
NEG = []


def P(name, new=True):
    def deco(f):
        POS.append((name, new, f))
        return f
    return deco


def N(name, new=True):
    def deco(f):
        NEG.append((name, new, f))
        return f
    return deco




def J(o):
    return json.dumps(o, ensure_ascii=False)


def Jin(s):
    """a string as it appears inside a JSON string literal (without the quotes)"""
    return json.dumps(s, ensure_ascii=False)[1:-1]


# ---------------------------------------------------------------- positives
# ----- issue trackers / tickets

@P("jira_rest_issue_json_description_wiki_code_block")
def _():
    p = pw(); k = num(100, 9999)
    desc = "Upgrade failed after restart.\n{code:bash}\nexport MYSQL_PASSWORD=%s\nhelm upgrade wandb wandb/operator\n{code}\nAny idea?" % p
    return ['{"id":"%d","key":"WBS-%d","fields":{' % (num(10000, 99999), k),
            '  "summary":"wandb pods CrashLoopBackOff after upgrade",',
            '  "description":%s,' % J(desc),
            '  "priority":{"name":"High"}}}'], [p]


@P("jira_comment_adf_json_text_node_license")
def _():
    lic = rs(1) + rs(46, B64U) + rs(1)
    return ['{"body":{"type":"doc","version":1,"content":[{"type":"paragraph","content":[',
            '  {"type":"text","text":"New license below, please apply: "},',
            '  {"type":"text","text":"%s","marks":[{"type":"code"}]}]}]},' % lic,
            '"author":{"displayName":"%s"}}' % person()], [lic]


@P("jira_changelog_items_fromstring_tostring_env_field")
def _():
    a, b = pw(), pw()
    return ['{"changelog":{"histories":[{"id":"%d","created":"%s","items":[{' % (num(10000, 99999), Clock().isoms()),
            '  "field":"Environment","fieldtype":"jira",',
            '  "fromString":"DB_PASS=%s",' % a,
            '  "toString":"DB_PASS=%s (rotated)"}]}]}}' % b], [a, b]


@P("jira_csv_export_multiline_description_cell_token")
def _():
    t, tb = ghp(); c = Clock()
    return ['Summary,Issue key,Status,Created,Description',
            '"Webhook not firing",WBS-%d,Open,%s,"Steps:' % (num(100, 999), c.fmt("%d/%b/%y %I:%M %p")),
            '1. configured token %s' % t,
            '2. pushed a commit, nothing happens"'], [tb]


@P("jira_email_notification_comment_quoted_password")
def _():
    p = pw(); n = person()
    return ['%s commented on WBS-%d' % (n, num(100, 999)),
            'Re: SSO login loop on self-hosted instance',
            '----------------------------------------',
            'I reset it on our side, the bind password is now %s' % p,
            'Reply above this line.',
            'View online: https://jira.%s/browse/WBS-%d' % (dom(), num(100, 999))], [p]


@P("zendesk_ticket_api_json_comment_body_key")
def _():
    k = wkey()
    return ['{"ticket":{"id":%d,"subject":"wandb sync 401","comment":{' % num(1000, 99999),
            '  "body":"Running wandb sync fails.\\nWANDB_API_KEY=%s\\nWANDB_BASE_URL=https://%s",' % (k, host()),
            '  "public":true},"priority":"normal"}}'], [k]


@P("zendesk_comments_html_body_escaped_quotes")
def _():
    p = pw()
    return ['{"comments":[{"id":%d,"type":"Comment","author_id":%d,' % (num(10 ** 10, 10 ** 11), num(10 ** 10, 10 ** 11)),
            '  "html_body":"<div class=\\"zd-comment\\" dir=\\"auto\\"><p>SMTP password: <code>%s</code></p></div>",' % p,
            '  "plain_body":"SMTP password: %s"}]}' % p], [p]


@P("zendesk_audit_event_change_previous_value_field")
def _():
    a, b = pw(), pw()
    return ['{"audit":{"events":[{"type":"Change","field_name":"%d",' % num(360000000000, 369999999999),
            '  "value":"redis://:%s@redis.%s:6379/0",' % (a, dom()),
            '  "previous_value":"redis://:%s@redis.%s:6379/0"}]}}' % (b, dom())], [a, b]


@P("github_issue_api_json_body_crlf_code_fence")
def _():
    s = pw(16, 24)
    return ['{"number":%d,"title":"OIDC callback error","state":"open",' % num(100, 9999),
            ' "body":"### Environment\\r\\n```\\r\\nGORILLA_OIDC_CLIENT_SECRET=%s\\r\\nGORILLA_OIDC_ISSUER=https://login.%s\\r\\n```\\r\\n",' % (s, dom()),
            ' "user":{"login":"%s"}}' % uname()], [s]


@P("github_issue_reply_email_notification_quoted_token")
def _():
    t, tb = ghp(); n = uname()
    return ['%s left a comment (wandb/server#%d)' % (n, num(100, 999)),
            '',
            'Try again with the fine-grained token, it works for me.',
            '',
            '> On the runner I set GH_TOKEN=%s' % t,
            '> and the clone still fails.',
            '—',
            'Reply to this email directly, view it on GitHub.'], [tb]


@P("github_graphql_user_content_edits_diff_secret")
def _():
    p = pw()
    return ['{"data":{"repository":{"issue":{"userContentEdits":{"nodes":[',
            '  {"editedAt":"%s","editor":{"login":"%s"},' % (Clock().iso(), uname()),
            '   "diff":"Config used:\\n\\nbucket: s3://wandb-%s\\nsecret: %s\\n"}]}}}}}' % (rs(6).lower(), p)], [p]


@P("gitlab_issue_note_api_json_body_pat")
def _():
    t, tb = glpat()
    return ['[{"id":%d,"type":null,"body":"Registry pull works with `docker login -u ci -p %s registry.%s`",' % (num(10 ** 6, 10 ** 8), t, dom()),
            '  "author":{"username":"%s"},"system":false,"noteable_type":"Issue"}]' % uname()], [tb]


@P("servicenow_incident_table_api_work_notes")
def _():
    p = pw(); c = Clock()
    return ['{"result":[{"number":"INC%07d","short_description":"W&B login broken",' % num(1, 9999999),
            '  "work_notes":"%s - %s (Work notes)\\nLDAP bind: cn=svc-wandb, password %s\\n\\n",' % (c.fmt("%Y-%m-%d %H:%M:%S"), person(), p),
            '  "sys_id":"%s"}]}' % hx(32)], [p]


@P("servicenow_csv_export_comments_and_work_notes_column")
def _():
    k = wkey(); c = Clock()
    return ['"number","short_description","comments_and_work_notes"',
            '"INC%07d","wandb agent cannot authenticate","%s - %s (Additional comments)' % (num(1, 9999999), c.fmt("%d-%m-%Y %H:%M:%S"), person()),
            'key in use: %s"' % k], [k]


@P("redmine_issue_journal_notes_textile_pre")
def _():
    p = pw()
    return ['{"issue":{"id":%d,"journals":[{"id":%d,"user":{"name":"%s"},' % (num(100, 9999), num(1000, 99999), person()),
            '  "notes":"<pre>\\nsmtp:\\n  host: mail.%s\\n  password: %s\\n</pre>"}]}}' % (dom(), p)], [p]


@P("azure_devops_work_item_system_description_html")
def _():
    p = pw()
    return ['{"id":%d,"fields":{"System.WorkItemType":"Bug","System.Title":"Artifacts upload 403",' % num(1000, 99999),
            '  "System.Description":"<div>Storage account key used: <b>%s</b></div><div><br></div>"}}' % p], [p]


@P("bugzilla_rest_comment_text_field_token")
def _():
    t = rs(1) + rs(30, B64U) + rs(1)
    return ['{"bugs":{"%d":{"comments":[{"id":%d,"creator":"%s@%s",' % (num(1000, 99999), num(10 ** 5, 10 ** 6), uname(), dom()),
            '  "text":"Reproduced with curl -H \'X-Auth-Token: %s\' https://%s/api/v1/ping","count":3}]}}}' % (t, host())], [t]


@P("pagerduty_incident_note_content_json")
def _():
    p = pw()
    return ['{"notes":[{"id":"P%s","user":{"summary":"%s"},' % (rs(6).upper(), person()),
            '  "content":"Failover done. Replica now reachable with root / %s","created_at":"%s"}]}' % (p, Clock().iso())], [p]


@P("trello_card_json_desc_markdown_bullets")
def _():
    a, b = pw(), rs(32)
    return ['{"id":"%s","name":"Migrate W&B to new cluster",' % hx(24),
            ' "desc":"- [ ] MinIO access: %s\\n- [ ] MinIO secret: %s\\n- [ ] Update DNS",' % (a, b),
            ' "idList":"%s"}' % hx(24)], [a, b]


@P("asana_task_notes_plaintext_json")
def _():
    k = wkey()
    return ['{"data":{"gid":"%d","name":"Fix W&B service account",' % num(10 ** 15, 10 ** 16),
            '  "notes":"Service account key for CI is %s, stored nowhere else yet"}}' % k], [k]


@P("intercom_conversation_part_body_html_paragraphs")
def _():
    p = pw()
    return ['{"conversation_parts":{"conversation_parts":[{"part_type":"comment",',
            '  "body":"<p>Hi team,</p><p>redis password: %s</p><p>thanks!</p>",' % p,
            '  "author":{"type":"user","name":"%s"}}]}}' % person()], [p]


# ----- chats

@P("slack_export_rich_text_preformatted_block_elements")
def _():
    k = wkey(); c = Clock()
    return ['{"type":"message","user":"U%s","ts":"%d.%06d",' % (rs(10).upper(), c.epoch(), num(0, 999999)),
            ' "blocks":[{"type":"rich_text","elements":[{"type":"rich_text_preformatted","elements":[',
            '   {"type":"text","text":"wandb login --relogin --host https://%s %s"}]}]}]}' % (host(), k)], [k]


@P("slack_message_autolinked_userinfo_url_angle_pipe")
def _():
    p = pw(); u = uname(); h = "db." + dom()
    url = "postgres://%s:%s@%s/wandb" % (u, p, h)
    return ['{"type":"message","text":"connection string is <%s|%s>, works from the bastion",' % (url, url),
            ' "user":"U%s","ts":"%d.%06d"}' % (rs(10).upper(), Clock().epoch(), num(0, 999999))], [p]


@P("slack_copied_thread_name_time_lines_token")
def _():
    t, tb = hft(); a, b = person(), person()
    return ['%s  %d:%02d AM' % (a, num(8, 11), num(0, 59)),
            'can you try with my HF token?',
            '%s' % t,
            '%s  %d:%02d AM' % (b, num(8, 11), num(0, 59)),
            'works now, thanks :+1:',
            '2 replies Last reply today at 11:%02d' % num(0, 59)], [tb]


@P("slack_export_file_snippet_preview_field")
def _():
    s = awssec()
    return ['{"type":"message","subtype":"file_share","files":[{"id":"F%s","filetype":"text",' % rs(10).upper(),
            '  "title":"credentials","preview":"[default]\\naws_access_key_id = AKIA%s\\naws_secret_access_key = %s\\n",' % (rs(16).upper(), s),
            '  "mode":"snippet"}]}'], [s]


@P("teams_html_export_message_body_div")
def _():
    p = pw(); c = Clock()
    return ['<div class="message">',
            '  <span class="sender">%s</span> <span class="time">%s</span>' % (person(), c.fmt("%m/%d/%Y %I:%M %p")),
            '  <div class="body"><p>Temp admin pw for the console: %s</p></div>' % p,
            '</div>'], [p]


@P("teams_graph_chatmessage_body_content_html_code")
def _():
    p = pw()
    return ['{"id":"%d","messageType":"message","from":{"user":{"displayName":"%s"}},' % (num(10 ** 12, 10 ** 13), person()),
            ' "body":{"contentType":"html","content":"<p>use this:</p>\\n<pre><code>MINIO_ROOT_PASSWORD=%s</code></pre>"}}' % p], [p]


@P("teams_chat_zero_width_space_inside_token")
def _():
    a, b = rs(14), rs(14)
    return ['[%s] %s: here is the license' % (Clock().fmt("%H:%M"), person()),
            '[%s] %s: %s\u200b%s' % (Clock().fmt("%H:%M"), person(), a, b)], [a, b]


@P("mattermost_bulk_export_jsonl_post_message")
def _():
    p = pw()
    return ['{"type":"version","version":1}',
            '{"type":"post","post":{"team":"mlops","channel":"wandb-admin","user":"%s","message":"ok the new mysql pw is `%s`","create_at":%d}}' % (uname(), p, Clock().epoch() * 1000)], [p]


@P("mattermost_copied_post_with_permalink_line")
def _():
    k = wkey()
    return ['%s' % uname(),
            '%d:%02d PM' % (num(1, 11), num(0, 59)),
            'export WANDB_API_KEY=%s  # the shared one' % k,
            'https://chat.%s/mlops/pl/%s' % (dom(), rs(26).lower())], [k]


@P("discord_chat_exporter_json_message_content")
def _():
    t = rs(24, B64U) + "." + rs(6, B64U) + "." + rs(27, B64U)
    sig = t.split(".")[2]
    return ['{"guild":{"name":"ml-lab"},"messages":[{"id":"%d","type":"Default",' % num(10 ** 17, 10 ** 18),
            ' "timestamp":"%s+00:00","content":"bot token for the alerts bot: %s",' % (Clock().isoms()[:-1], t),
            ' "author":{"name":"%s","isBot":false}}]}' % uname()], [sig]


@P("discord_chat_exporter_html_markdown_pre_multiline")
def _():
    p = pw()
    return ['<div class="chatlog__message-container">',
            '<div class="chatlog__content chatlog__markdown"><span class="chatlog__markdown-preserve"><code class="chatlog__markdown-pre chatlog__markdown-pre--multiline">mysql:',
            '  password: %s' % p,
            '</code></span></div></div>'], [p]


@P("discord_chat_exporter_txt_bracket_timestamp_lines")
def _():
    p = pw()
    return ['==============================================================',
            'Guild: ml-lab',
            'Channel: ops / wandb',
            '==============================================================',
            '',
            '[%s] %s' % (Clock().fmt("%m/%d/%Y %I:%M %p"), uname()),
            'root password for the vm is %s dont share' % p], [p]


@P("element_matrix_export_json_formatted_body_code")
def _():
    k = wkey()
    return ['{"type":"m.room.message","sender":"@%s:%s","content":{"msgtype":"m.text",' % (uname(), dom()),
            ' "body":"key: `%s`",' % k,
            ' "format":"org.matrix.custom.html","formatted_body":"key: <code>%s</code>"}}' % k], [k]


@P("whatsapp_txt_export_bracket_date_sender_line")
def _():
    p = pw(); c = Clock()
    return ['[%s] %s: <Media omitted>' % (c.fmt("%d/%m/%Y, %H:%M:%S"), person()),
            '[%s] %s: pw for wandb admin is %s' % (c.fmt("%d/%m/%Y, %H:%M:%S"), person(), p)], [p]


@P("weechat_irc_log_tab_separated_nick_message")
def _():
    p = pw(); c = Clock(); n = uname()
    return ['%s\t-->\t%s (~%s@%s) has joined #mlops' % (c.fmt("%Y-%m-%d %H:%M:%S"), n, n, ip10()),
            '%s\t%s\tredis AUTH is %s' % (c.fmt("%Y-%m-%d %H:%M:%S"), n, p)], [p]


@P("zulip_message_markdown_spoiler_block")
def _():
    p = pw()
    return ['{"id":%d,"sender_full_name":"%s","content":"```spoiler DB creds\\nuser: wandb\\npass: %s\\n```"}' % (num(10 ** 5, 10 ** 7), person(), p)], [p]


@P("rocketchat_room_export_msg_field_attachment_text")
def _():
    t = rs(43, B64U)
    return ['{"_id":"%s","rid":"%s","msg":"see attachment",' % (rs(17), rs(17)),
            ' "attachments":[{"title":"env.txt","text":"AUTH_TOKEN=%s"}],"u":{"username":"%s"}}' % (t, uname())], [t]


# ----- e-mail

@P("eml_multipart_alternative_qp_text_and_html_parts")
def _():
    p = rs(1) + rs(14) + rs(1)
    b = "b1_" + hx(24)
    return ['Content-Type: multipart/alternative; boundary="%s"' % b, '',
            '--%s' % b, 'Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: quoted-printable', '',
            'Der neue Schl=C3=BCssel: %s' % p,
            '--%s' % b, 'Content-Type: text/html; charset="UTF-8"', 'Content-Transfer-Encoding: quoted-printable', '',
            '<div dir=3D"ltr">Der neue Schl=C3=BCssel: <b>%s</b></div>' % p], [p]


@P("eml_base64_text_body_aligned_secret_line")
def _():
    for _i in range(50):
        pre = "Hello,\nas discussed the API key is "
        while len(pre) % 3:
            pre += " "
        k = wkey()[:39]
        body = pre + k + "\nRegards, " + person() + "\n"
        enc = base64.b64encode(body.encode()).decode()
        st = len(pre) // 3 * 4
        ln = len(k) // 3 * 4
        lines, pieces = wrap_pieces(enc, st, ln, 76)
        if all(len(x) >= 8 for x in pieces):
            return ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', ''] + lines, pieces
    raise Redraw


@P("eml_forwarded_message_block_nested_gt_quotes")
def _():
    p = pw(); a, b = person(), person()
    return ['---------- Forwarded message ---------',
            'From: %s <%s@%s>' % (a, uname(a), dom()),
            'Subject: Re: W&B bucket access',
            '',
            '> Thanks. For the record:',
            '>> access key: %s' % rs(20).upper(),
            '>> secret key: %s' % p], [p]


@P("outlook_reply_header_from_sent_html_entities")
def _():
    p = pw(); a = person()
    return ['<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> ' + a + ' &lt;' + uname(a) + '@' + dom() + '&gt;<br>',
            '<b>Sent:</b> ' + Clock().fmt("%A, %B %d, %Y %I:%M %p") + '<br><b>Subject:</b> RE: license</div>',
            '<p>password=&quot;%s&quot;</p>' % p], [p]


@P("eml_qp_html_json_double_escaped_quot_entities")
def _():
    p = rs(1) + rs(12) + rs(1)
    return ['Content-Transfer-Encoding: quoted-printable', '',
            '<pre style=3D"font-family:monospace">{&quot;mysql&quot;: {&quot;passw=',
            'ord&quot;: &quot;%s&quot;}}</pre>' % p], [p]


@P("eml_rfc2047_q_encoded_subject_password")
def _():
    raw = rs(1) + rs(12, AL + "._~") + rs(1)
    enc = "".join(c if c in AL else "=%02X" % ord(c) for c in raw)
    return ['From: %s <%s@%s>' % (person(), uname(), dom()),
            'Subject: =?UTF-8?Q?Neues_Passwort=3A_%s?=' % enc,
            'MIME-Version: 1.0'], [enc]


@P("mbox_from_escaped_body_line_token")
def _():
    t, tb = glpat()
    return ['From %s@%s %s' % (uname(), dom(), Clock().fmt("%a %b %d %H:%M:%S %Y")),
            'Subject: runner registration',
            '',
            '>From the runner host I used:',
            'gitlab-runner register --token %s' % t], [tb]


@P("outlook_safelinks_wrapped_url_encoded_token")
def _():
    t = rs(40)
    inner = urllib.parse.quote("https://%s/reset-password?token=%s" % (host(), t), safe="")
    return ['Click here to reset: https://eur0%d.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s%%7C0&reserved=0' % (num(1, 5), inner, hx(32))], [t]


@P("proofpoint_urldefense_v3_wrapped_invite_link")
def _():
    t = rs(32)
    return ['Join here:',
            'https://urldefense.com/v3/__https://%s/invite?code=%s__;!!%s$' % (host(), t, rs(12))], [t]


@P("eml_html_part_td_cells_qp_soft_break_in_key_name")
def _():
    p = pw()
    return ['Content-Transfer-Encoding: quoted-printable', '',
            '<table><tr><td>Benutzer</td><td>wandb-admin</td></tr><tr><td>Kennw=',
            'ort</td><td>%s</td></tr></table>' % p], [p]


# ----- wiki / runbooks

@P("confluence_storage_code_macro_plain_text_body_cdata")
def _():
    p = pw()
    return ['<ac:structured-macro ac:name="code" ac:schema-version="1" ac:macro-id="%s">' % uuid(),
            '<ac:parameter ac:name="language">yaml</ac:parameter>',
            '<ac:plain-text-body><![CDATA[mysql:',
            '  host: mysql.%s' % dom(),
            '  password: %s]]></ac:plain-text-body>' % p,
            '</ac:structured-macro>'], [p]


@P("confluence_storage_table_td_p_code_cell")
def _():
    p = pw()
    return ['<table><tbody><tr><th><p>System</p></th><th><p>Credential</p></th></tr>',
            '<tr><td><p>W&amp;B admin</p></td><td><p><code>%s</code></p></td></tr></tbody></table>' % p], [p]


@P("confluence_html_export_syntaxhighlighter_pre")
def _():
    k = wkey()
    return ['<div class="code panel pdl" style="border-width: 1px;"><div class="codeContent panelContent pdl">',
            '<pre class="syntaxhighlighter-pre" data-syntaxhighlighter-params="brush: bash; gutter: false; theme: Confluence" data-theme="Confluence">export WANDB_API_KEY=%s' % k,
            '</pre></div></div>'], [k]


@P("confluence_wiki_markup_noformat_block")
def _():
    p = pw()
    return ['h2. Restore procedure', '{noformat}', 'mysql -u root -p%s wandb_local < dump.sql' % p, '{noformat}'], [p]


@P("notion_markdown_export_aside_callout")
def _():
    t, tb = hft()
    return ['# Model registry runbook', '',
            '<aside>', '💡 Mirror token: %s' % t, '', '</aside>'], [tb]


@P("notion_csv_database_export_property_columns")
def _():
    p = pw()
    return ['\ufeffName,Owner,Password,Tags',
            'MinIO console,%s,%s,"infra, storage"' % (person(), p)], [p]


@P("notion_page_property_lines_under_title")
def _():
    k = wkey()
    return ['# W&B service accounts', '', 'Owner: %s' % person(), 'API key: %s' % k, 'Status: Active'], [k]


@P("google_docs_txt_export_smart_quotes_bullets")
def _():
    p = pw()
    return ['\ufeffRecovery steps', '●\tLog in as “admin” with the password “%s”.' % p, '●\tOpen System Settings.'], [p]


@P("google_docs_txt_table_cells_one_per_line")
def _():
    p = pw()
    return ['Service', 'User', 'Password', 'ClickHouse', 'default', p, 'Grafana', 'admin', 'see vault'], [p]


@P("rst_field_list_credentials_block")
def _():
    p = pw()
    return ['Staging database', '================', '', ':host: pg.%s' % dom(), ':user: wandb', ':password: %s' % p], [p]


@P("rst_code_block_directive_indented_export")
def _():
    k = wkey()
    return ['.. code-block:: bash', '', '   export WANDB_BASE_URL=https://%s' % host(), '   export WANDB_API_KEY=%s' % k], [k]


@P("rst_grid_table_row_secret_cell")
def _():
    p = pw(14, 14)
    return ['+-----------+------------------+', '| account   | secret           |',
            '+===========+==================+', '| s3-backup | %-16s |' % p, '+-----------+------------------+'], [p]


@P("mediawiki_syntaxhighlight_ini_tag")
def _():
    p = pw()
    return ['== Proxy ==', '<syntaxhighlight lang="ini">', '[global]', 'proxy = http://svc-proxy:%s@proxy.%s:3128' % (p, dom()), '</syntaxhighlight>'], [p]


@P("dokuwiki_table_caret_header_pipe_row")
def _():
    p = pw()
    return ['^ Host ^ User ^ Password ^', '| ch-01.%s | default | %s |' % (dom(), p)], [p]


@P("asciidoc_document_attribute_entry_password")
def _():
    p = pw()
    return ['= Operator runbook', ':toc:', ':db-password: %s' % p, '', 'Connect with `mysql -p{db-password}`.'], [p]


@P("org_mode_property_drawer_password")
def _():
    p = pw()
    return ['* W&B prod DB', '  :PROPERTIES:', '  :HOST: mysql.%s' % dom(), '  :PASSWORD: %s' % p, '  :END:'], [p]


@P("obsidian_note_yaml_frontmatter_api_key")
def _():
    k = wkey()
    return ['---', 'tags: [wandb, infra]', 'wandb_api_key: %s' % k, '---', '# Notes on the sync job'], [k]


@P("markdown_reference_link_definition_token_url")
def _():
    t = rs(40)
    return ['See the [status page][s] for details.', '', '[s]: https://%s/status?access_token=%s' % (host(), t)], [t]


@P("markdown_nested_blockquote_inline_code_span")
def _():
    p = pw()
    return ['> > try `PGPASSWORD=%s psql -h db -U wandb`' % p, '> that worked, thanks'], [p]


@P("markdown_details_summary_collapsed_values_block", new=False)
def _():
    lic = rs(60, B64U)
    return ['<details><summary>values.yaml</summary>', '', '```yaml', 'license: %s' % lic, '```', '</details>'], [lic]


# ----- spreadsheets

@P("excel_csv_sep_directive_semicolon_doubled_quote")
def _():
    a, b = rs(6), rs(6)
    sec = a + '""' + b
    return ['sep=;', 'Service;Login;Passwort', 'W&B;admin;"%s"' % sec], [sec]


@P("tsv_inventory_sheet_host_ip_user_password")
def _():
    p = pw()
    return ['hostname\tip\tuser\tpassword\tnotes', 'wandb-%02d\t%s\troot\t%s\tcloned from template' % (num(1, 20), ip10(), p)], [p]


@P("gsheets_csv_leading_apostrophe_text_cell")
def _():
    p = "+" + pw()
    return ['Item,Value', 'license seats,25', "redis password,'%s" % p], [p[1:]]


@P("org_table_pipe_aligned_credentials_row")
def _():
    p = pw(14, 14)
    return ['| service | user  | pass           |', '|---------+-------+----------------|', '| minio   | admin | %s |' % p], [p]


@P("ods_csv_export_crlf_header_secret_column")
def _():
    k = wkey()
    return ['"Team","Project","API Key"\r', '"vision","seg","%s"\r' % k], [k]


# ----- PDF / OCR

@P("pdftotext_layout_form_feed_wide_columns")
def _():
    p = pw()
    return ['\fSetup sheet                                          Page 2',
            'Admin user:                  admin@%s' % dom(),
            'Initial password:            %s' % p], [p]


@P("pdftotext_hyphenated_line_break_inside_token")
def _():
    a, b = rs(18), rs(18)
    return ['Your personal access token is %s-' % a, '%s and expires in 90 days.' % b], [a, b]


@P("pdf_text_ligature_key_name_value")
def _():
    p = pw()
    return ['Conﬁdential – Deﬁnitive setup', 'Oﬄine activation passphrase: %s' % p], [p]


@P("ocr_screenshot_confusable_digits_key_name")
def _():
    p = pw()
    return ['Settings > Auth', 'LDAP Bind Passw0rd  %s' % p, 'Test connection'], [p]


@P("ocr_cyrillic_homoglyph_key_fullwidth_colon", new=False)
def _():
    p = pw()
    return ['usеr：admin', 'раsswоrd：%s' % p], [p]


@P("ocr_token_split_by_inserted_spaces")
def _():
    a, b, c = rs(12), rs(12), rs(12)
    return ['Token', '%s %s %s' % (a, b, c), 'Copy'], [a, b, c]


@P("tesseract_hocr_ocrx_word_span_secret")
def _():
    p = pw()
    return ["<span class='ocr_line' id='line_1_4' title='bbox 36 210 590 236'>",
            "<span class='ocrx_word' id='word_1_9' title='bbox 36 210 140 236; x_wconf 93'>password</span>",
            "<span class='ocrx_word' id='word_1_10' title='bbox 150 210 590 236; x_wconf 88'>%s</span></span>" % p], [p]


@P("pdftk_dump_data_fields_field_value")
def _():
    p = pw()
    return ['---', 'FieldType: Text', 'FieldName: db_password', 'FieldFlags: 0', 'FieldValue: %s' % p, 'FieldJustification: Left'], [p]


# ----- pastes: prose + config

@P("prose_paste_heres_my_values_yaml_license")
def _():
    lic = rs(64, B64U)
    return ["here's my values.yaml, nothing special:", 'global:', '  license: %s' % lic, '  host: https://%s' % host(), 'any idea why the operator ignores it?'], [lic]


@P("prose_sentence_password_is_trailing_period")
def _():
    p = pw()
    return ['Hi, I set it up yesterday and the password is %s. Login still fails with 401.' % p], [p]


@P("prose_german_kennwort_lautet_sentence")
def _():
    p = pw()
    return ['Hallo zusammen, das Kennwort für den MinIO-Root lautet %s – bitte nicht weitergeben.' % p], [p]


@P("prose_french_mot_de_passe_guillemets")
def _():
    p = pw()
    return ['Bonjour, le mot de passe de la base est « %s » depuis la migration.' % p], [p]


@P("prose_japanese_password_kagikakko")
def _():
    p = pw()
    return ['お疲れ様です。管理者のパスワードは「%s」です。' % p], [p]


@P("prose_spanish_la_clave_es_sentence")
def _():
    p = pw()
    return ['Buenas, la clave del usuario wandb es %s y el host es mysql.%s' % (p, dom())], [p]


@P("prose_russian_parol_colon_sentence", new=False)
def _():
    p = pw()
    return ['Коллеги, пароль от Redis: %s, поменяем после релиза.' % p], [p]


@P("prose_turkish_sifre_sentence")
def _():
    p = pw()
    return ['Merhaba, yönetici şifresi %s olarak güncellendi.' % p], [p]


@P("prose_arabic_rtl_password_sentence")
def _():
    p = pw()
    return ['كلمة المرور الجديدة هي %s من فضلك غيّرها لاحقاً' % p], [p]


@P("prose_chinese_fullwidth_colon_mima_value", new=False)
def _():
    p = pw()
    return ['数据库密码：%s（测试环境）' % p], [p]


@P("prose_portuguese_senha_parentheses")
def _():
    p = pw()
    return ['Oi! A senha do bucket (%s) está no cofre também.' % p], [p]


# ----- terminal transcripts

@P("transcript_mysql_client_inline_p_then_banner", new=False)
def _():
    p = pw()
    return ['admin@bastion:~$ mysql -h mysql.%s -u wandb -p\'%s\' -e "select 1"' % (dom(), p),
            'mysql: [Warning] Using a password on the command line interface can be insecure.', '+---+', '| 1 |', '+---+'], [p]


@P("transcript_export_pgpassword_then_psql_output", new=False)
def _():
    p = pw()
    return ['[ec2-user@ip-%s ~]$ export PGPASSWORD=%s' % (ip10().replace(".", "-"), p),
            '[ec2-user@ip-10-0-0-1 ~]$ psql -h pg -U wandb -c "\\dt"', '         List of relations'], [p]


@P("transcript_cat_heredoc_continuation_prompts", new=False)
def _():
    t, tb = ghp()
    return ['$ cat <<EOF > ~/.config/gh/hosts.yml', '> github.com:', '>     oauth_token: %s' % t, '> EOF', '$'], [tb]


@P("transcript_tmux_capture_pane_wrapped_80_cols", new=False)
def _():
    lic = rs(100, B64U)
    line = lic
    return ['root@wandb-0:/# echo $LICENSE', line[:80], line[80:], 'root@wandb-0:/#'], [line[:80], line[80:]]


@P("transcript_windows_cmd_set_and_echo_percent", new=False)
def _():
    k = wkey()
    return ['C:\\Users\\%s>set WANDB_API_KEY=%s' % (uname(), k), '', 'C:\\Users\\x>echo %WANDB_API_KEY%', k], [k]


@P("transcript_ipython_in_out_environ_lookup")
def _():
    p = pw()
    return ['In [4]: os.environ["WANDB_MYSQL_PASSWORD"]', "Out[4]: '%s'" % p, '', 'In [5]: '], [p]


@P("transcript_python_repl_connect_kwarg_password", new=False)
def _():
    p = pw()
    return ['>>> import pymysql', '>>> c = pymysql.connect(host="mysql", user="wandb", password="%s")' % p,
            'Traceback (most recent call last):', '  File "<stdin>", line 1, in <module>'], [p]


@P("transcript_kubectl_exec_printenv_mixed_prompt", new=False)
def _():
    p = pw(); k = wkey()
    return ['$ kubectl exec -it deploy/wandb -- printenv | grep -E "MYSQL|API"',
            'MYSQL_PASSWORD=%s' % p, 'WANDB_API_KEY=%s' % k, '$ '], [p, k]


@P("transcript_docker_login_password_stdin_echo", new=False)
def _():
    p = pw()
    return ['$ echo "%s" | docker login registry.%s -u robot --password-stdin' % (p, dom()),
            'WARNING! Your password will be stored unencrypted in /root/.docker/config.json.', 'Login Succeeded'], [p]


@P("transcript_fish_prompt_set_gx", new=False)
def _():
    t, tb = hft()
    return ['%s@laptop ~> set -gx HF_TOKEN %s' % (uname(), t), '%s@laptop ~> python train.py' % uname()], [tb]


@P("transcript_powershell_env_drive_assignment", new=False)
def _():
    k = wkey()
    return ['PS C:\\work> $env:WANDB_API_KEY = "%s"' % k, 'PS C:\\work> wandb sync .\\wandb\\offline-run-*'], [k]


@P("transcript_sqlcmd_dash_p_then_error", new=False)
def _():
    p = pw()
    return ['C:\\> sqlcmd -S sql.%s -U sa -P "%s" -Q "SELECT @@VERSION"' % (dom(), p),
            "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login failed for user 'sa'.."], [p]


@P("transcript_mongosh_connection_uri_prompt", new=False)
def _():
    p = pw()
    return ['$ mongosh "mongodb://admin:%s@mongo.%s:27017/?authSource=admin"' % (p, dom()),
            'Current Mongosh Log ID:\t%s' % hx(24), 'Connecting to:\t\tmongodb://<credentials>@mongo:27017/'], [p]


# ----- diffs / patches

@P("git_diff_staged_values_yaml_nested_plus_key")
def _():
    p = pw()
    return ['diff --git a/values.yaml b/values.yaml', 'index %s..%s 100644' % (hx(7), hx(7)), '--- a/values.yaml', '+++ b/values.yaml',
            '@@ -12,6 +12,8 @@ mysql:', '   host: mysql', '+  auth:', '+    password: %s' % p, '   port: 3306'], [p]


@P("git_diff_minus_literal_plus_secret_ref_cleanup")
def _():
    p = pw()
    return ['@@ -3,3 +3,5 @@ spec:', '   env:', '-    - {name: DB_PASS, value: "%s"}' % p, '+    - name: DB_PASS', '+      valueFrom: {secretKeyRef: {name: db, key: pass}}'], [p]


@P("git_show_commit_message_body_leaked_token_note")
def _():
    t, tb = glpat()
    return ['commit %s' % hx(40), 'Author: %s <%s@%s>' % (person(), uname(), dom()), '',
            '    revert: remove hardcoded token', '', '    was %s, already revoked' % t], [tb]


@P("diff_context_format_bang_changed_lines")
def _():
    a, b = pw(), pw()
    return ['*** app.ini.orig', '--- app.ini', '***************', '*** 4,6 ****', '  [db]', '! password = %s' % a, '--- 4,6 ----', '  [db]', '! password = %s' % b], [a, b]


@P("git_format_patch_mbox_subject_env_hunk")
def _():
    k = wkey()
    return ['From %s Mon Sep 17 00:00:00 2001' % hx(40), 'From: %s <%s@%s>' % (person(), uname(), dom()),
            'Subject: [PATCH] ci: add wandb key', '---', ' .env.ci | 1 +', '', '--- a/.env.ci', '+++ b/.env.ci', '@@ -1 +1,2 @@', ' WANDB_MODE=online', '+WANDB_API_KEY=%s' % k], [k]


@P("github_pr_review_suggestion_block_secret")
def _():
    p = pw()
    return ['```suggestion', '  redisPassword: "%s"' % p, '```', 'this matches what is in prod'], [p]


@P("svn_diff_index_header_working_copy_secret")
def _():
    p = pw()
    return ['Index: conf/settings.properties', '===================================================================',
            '--- conf/settings.properties\t(revision %d)' % num(100, 9999), '+++ conf/settings.properties\t(working copy)',
            '@@ -1,2 +1,2 @@', '-db.password=', '+db.password=%s' % p], [p]


@P("patch_rej_file_rejected_hunk_secret")
def _():
    p = pw()
    return ['--- docker-compose.yml', '+++ docker-compose.yml', '@@ -20,7 +20,7 @@', '       MYSQL_DATABASE: wandb_local', '-      MYSQL_PASSWORD: wandb', '+      MYSQL_PASSWORD: %s' % p], [p]


@P("git_diff_color_words_ansi_red_green", new=False)
def _():
    a, b = pw(), pw()
    return ['\x1b[1mdiff --git a/.env b/.env\x1b[m', '\x1b[36m@@ -2 +2 @@\x1b[m', 'REDIS_PASSWORD=\x1b[31m%s\x1b[m\x1b[32m%s\x1b[m' % (a, b)], [a, b]


@P("gerrit_review_comment_inline_patchset_quote")
def _():
    p = pw()
    return ['Patch Set 3:', '', '(1 comment)', '', 'File deploy/secrets.env:', '', 'Line 4: SMTP_PASSWORD=%s' % p, '> please do not commit this'], [p]


# ----- adversarial layouts

@P("email_quoted_reply_value_split_across_gt_lines")
def _():
    a, b = rs(20), rs(20)
    return ['On %s, %s wrote:' % (Clock().fmt("%a, %d %b %Y at %H:%M"), person()), '> license key (one line, my client wrapped it):', '> %s' % a, '> %s' % b], [a, b]


@P("ascii_table_cell_value_wrapped_to_next_row")
def _():
    a, b = rs(12), rs(12)
    return ['+--------+--------------+', '| key    | %s |' % a, '|        | %s |' % b, '+--------+--------------+'], [a, b]


@P("zendesk_body_json_string_inside_json_string")
def _():
    p = pw()
    inner = J({"password": p, "user": "wandb"})
    return ['{"comment":{"body":%s}}' % J("config dump: " + inner)], [p]


@P("json_password_with_space_quote_backslash", new=False)
def _():
    raw = rs(4) + ' ' + rs(3) + '"' + rs(3) + '\\' + rs(4)
    return ['{"ldap":{"bindDN":"cn=svc,dc=example,dc=com","bindPassword":%s}}' % J(raw)], [Jin(raw)]


@P("html_numeric_entities_encoded_password_wiki", new=False)
def _():
    raw = pw(10, 12)
    ent = "".join("&#x%X;" % ord(c) for c in raw)
    return ['<p>Admin password: <span>%s</span></p>' % ent], [ent]


@P("form_urlencoded_body_pasted_in_ticket", new=False)
def _():
    raw = rs(5) + "+" + rs(4) + "!" + rs(3) + "&" + rs(4)
    enc = urllib.parse.quote(raw, safe="")
    return ['I captured the login request body:', 'username=admin&password=%s&remember=1' % enc], [enc]


@P("chat_paste_k8s_secret_data_base64_block", new=False)
def _():
    p = pw(14, 18)
    b = base64.b64encode(p.encode()).decode()
    return ['```', 'apiVersion: v1', 'kind: Secret', 'data:', '  password: %s' % b, '```'], [b.rstrip("=")]


@P("yaml_french_camelcase_motdepasse_key", new=False)
def _():
    p = pw()
    return ['baseDeDonnees:', '  utilisateur: wandb', '  motDePasse: %s' % p], [p]


@P("toml_german_passwort_key", new=False)
def _():
    p = pw()
    return ['[datenbank]', 'benutzer = "wandb"', 'passwort = "%s"' % p], [p]


@P("json_japanese_katakana_password_key", new=False)
def _():
    p = pw()
    return ['{"ユーザー":"admin","パスワード":"%s"}' % p], [p]


@P("ini_russian_cyrillic_parol_key", new=False)
def _():
    p = pw()
    return ['[сервер]', 'пользователь = admin', 'пароль = %s' % p], [p]


@P("env_turkish_sifre_dotted_key", new=False)
def _():
    p = pw()
    return ['VERİTABANI_KULLANICI=wandb', 'VERİTABANI_ŞİFRE=%s' % p], [p]


@P("yaml_dutch_wachtwoord_key", new=False)
def _():
    p = pw()
    return ['gebruiker: beheer', 'wachtwoord: %s' % p], [p]


@P("nbsp_inside_password_copied_from_word")
def _():
    a, b = rs(8), rs(8)
    sec = a + "\u00a0" + b
    return ['Password:\u00a0%s' % sec], [sec]


@P("password_with_trailing_emoji_in_chat")
def _():
    p = pw()
    return ['%s: pw is %s 🙈' % (uname(), p)], [p]


@P("secret_in_markdown_strikethrough_old_value")
def _():
    a, b = pw(), pw()
    return ['- DB password: ~~%s~~ %s' % (a, b)], [a, b]


@P("secret_double_url_encoded_in_redirect_param", new=False)
def _():
    raw = rs(6) + "/" + rs(6) + "+" + rs(6)
    once = urllib.parse.quote(raw, safe="")
    twice = urllib.parse.quote(once, safe="")
    return ['Referer: https://%s/login?next=%%2Fcallback%%3Fcode%%3D%s' % (host(), twice)], [twice]


@P("crlf_pasted_ini_in_ticket_text", new=False)
def _():
    p = pw()
    return ['[client]\r', 'user=wandb\r', 'password=%s\r' % p], [p]


@P("tab_indented_key_value_copied_from_console", new=False)
def _():
    p = pw(); k = wkey()
    return ['Name\tValue', 'MYSQL_PASSWORD\t%s' % p, 'WANDB_LICENSE_KEY\t%s' % k], [p, k]


@P("json_unicode_escaped_non_ascii_password", new=False)
def _():
    raw = rs(5) + "ü" + rs(4) + "ß" + rs(4)
    esc = json.dumps(raw)[1:-1]
    return ['{"admin":{"password":"%s"}}' % esc], [esc]


@P("markdown_link_text_hides_token_url", new=False)
def _():
    t = rs(36)
    return ['Please open [this link](https://%s/api/share?token=%s) to see the run.' % (host(), t)], [t]


@P("yaml_flow_mapping_in_chat_one_line", new=False)
def _():
    p = pw(); k = wkey()
    return ['values: {mysql: {password: %s}, apiKey: %s}' % (p, k)], [p, k]


@P("secret_split_by_soft_hyphen_in_word_export")
def _():
    a, b = rs(10), rs(10)
    return ['Token: %s\u00ad%s' % (a, b)], [a, b]


@P("shell_single_quote_escape_in_password", new=False)
def _():
    a, b = rs(6), rs(6)
    sec = a + "'\\''" + b
    return ["export DB_PASS='%s'" % sec], [sec]


@P("xml_in_json_escaped_connection_string", new=False)
def _():
    p = pw()
    x = '<add name="wandb" connectionString="Server=sql;User Id=wandb;Password=%s;" />' % p
    return ['{"attachment":%s}' % J(x)], [p]


@P("pgpass_line_pasted_in_chat_colon_fields", new=False)
def _():
    p = pw()
    return ['my ~/.pgpass:', 'pg.%s:5432:wandb:wandb:%s' % (dom(), p)], [p]


@P("secret_in_quoted_table_cell_html_email")
def _():
    p = pw()
    return ['> <table><tr><td>redis</td><td>%s</td></tr></table>' % p], [p]


@P("unicode_fullwidth_equals_env_assignment", new=False)
def _():
    p = pw()
    return ['WANDB_PASSWORD＝%s' % p], [p]


@P("secret_after_smart_apostrophe_possessive")
def _():
    p = pw()
    return ['The bot’s token: %s' % p], [p]


@P("base64_wrapped_in_email_quoted_reply", new=False)
def _():
    p = pw(18, 18)
    b = base64.b64encode(p.encode()).decode()
    return ['> kubectl get secret mysql -o jsonpath={.data.password}', '> %s' % b], [b.rstrip("=")]


# ---------------------------------------------------------------- negatives

@N("neg_jira_issue_json_customfield_ids_avatar_urls")
def _():
    return ['{"key":"WBS-%d","fields":{"customfield_%d":null,"reporter":{"accountId":"%s:%s",' % (num(100, 999), num(10000, 10099), num(100000, 999999), uuid()),
            '  "avatarUrls":{"48x48":"https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/%s/%s/48"}}}}' % (hx(24), uuid())]


@N("neg_zendesk_ticket_via_channel_ids_only")
def _():
    return ['{"ticket":{"id":%d,"external_id":null,"via":{"channel":"email","source":{"from":{"address":"%s@%s"}}},' % (num(1000, 99999), uname(), dom()),
            '  "requester_id":%d,"brand_id":%d,"tags":["wandb","password_reset"]}}' % (num(10 ** 12, 10 ** 13), num(10 ** 12, 10 ** 13))]


@N("neg_github_issue_json_node_ids_and_commit_links")
def _():
    return ['{"node_id":"I_kwDO%s","number":%d,' % (rs(16, B64U), num(100, 9999)),
            ' "body":"Regression since %s, see https://github.com/wandb/wandb/commit/%s"}' % (hx(7), hx(40))]


@N("neg_servicenow_sys_id_hex_fields")
def _():
    return ['{"result":{"sys_id":"%s","assignment_group":{"value":"%s"},"correlation_id":"%s","state":"2"}}' % (hx(32), hx(32), uuid())]


@N("neg_slack_export_file_ids_permalink_no_token")
def _():
    return ['{"files":[{"id":"F%s","name":"debug-bundle.tgz","permalink":"https://%s.slack.com/files/U%s/F%s/debug-bundle.tgz",' % (rs(10).upper(), rs(6).lower(), rs(10).upper(), rs(10).upper()),
            '  "md5":"%s","size":%d}]}' % (hx(32), num(10 ** 5, 10 ** 8))]


@N("neg_teams_graph_message_etag_ids")
def _():
    return ['{"id":"%d","etag":"%d","chatId":"19:%s@unq.gbl.spaces","replyToId":null,' % (num(10 ** 12, 10 ** 13), num(10 ** 12, 10 ** 13), hx(32)),
            ' "from":{"user":{"id":"%s","tenantId":"%s"}}}' % (uuid(), uuid())]


@N("neg_discord_snowflakes_and_avatar_hash")
def _():
    return ['{"id":"%d","author":{"id":"%d","name":"%s","avatarUrl":"https://cdn.discordapp.com/avatars/%d/%s.png?size=512"}}' % (num(10 ** 17, 10 ** 18), num(10 ** 17, 10 ** 18), uname(), num(10 ** 17, 10 ** 18), hx(32))]


@N("neg_mattermost_post_ids_26char_root_id")
def _():
    return ['{"id":"%s","root_id":"%s","channel_id":"%s","message":"bundle uploaded, ticket updated"}' % (rs(26, "abcdefghijkmnopqrstuwxyz13456789"), rs(26, "abcdefghijkmnopqrstuwxyz13456789"), rs(26, "abcdefghijkmnopqrstuwxyz13456789"))]


@N("neg_eml_headers_message_id_references_thread_index")
def _():
    return ['Message-ID: <CA%s@mail.gmail.com>' % rs(40, AL + "+_-"),
            'References: <%s@%s>' % (uuid(), dom()),
            'Thread-Index: AQH%s' % rs(28, B64),
            'X-MS-Exchange-Organization-Network-Message-Id: %s' % uuid()]


@N("neg_eml_arc_authentication_results_spf_pass")
def _():
    return ['ARC-Authentication-Results: i=1; mx.%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s' % (dom(), dom(), dom()),
            'Authentication-Results: mx.%s; dkim=pass header.i=@%s header.s=selector1 header.b=%s' % (dom(), dom(), rs(8, B64))]


@N("neg_eml_qp_unsubscribe_list_headers")
def _():
    return ['List-Unsubscribe: <https://lists.%s/unsubscribe?list=wandb-users&id=%d>' % (dom(), num(1000, 99999)),
            'Content-Transfer-Encoding: quoted-printable', '',
            '<a href=3D"https://docs.wandb.ai/guides/hosting/">Docs</a> =E2=80=93 see the guide']


@N("neg_eml_inline_image_cid_part_base64")
def _():
    data = base64.b64encode(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(R.randint(0, 255) for _ in range(45))).decode()
    return ['Content-Type: image/png; name="image001.png"', 'Content-ID: <image001.png@01DA%s.%s>' % (hx(4).upper(), hx(8).upper()),
            'Content-Transfer-Encoding: base64', '', data]


@N("neg_confluence_macro_ids_and_ri_attachment")
def _():
    return ['<ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id="%s">' % uuid(),
            '<ac:image><ri:attachment ri:filename="login-error-%d.png" /></ac:image>' % num(1, 99), '</ac:structured-macro>']


@N("neg_confluence_runbook_secret_names_vault_paths")
def _():
    return ['<p>The MySQL password lives in <code>secret/data/wandb/%s/mysql</code> (key <code>password</code>).</p>' % R.choice(["prod", "staging", "dev"]),
            '<p>Rotate it with the <em>rotate-db-creds</em> job; never paste it here.</p>']


@N("neg_notion_export_filenames_32hex_ids")
def _():
    return ['W&B Runbook %s.md' % hx(32), 'Credentials inventory %s.csv' % hx(32), 'Secrets policy %s/Untitled %s.png' % (hx(32), num(1, 9))]


@N("neg_gdoc_prose_placeholders_angle_brackets", new=False)
def _():
    return ['Step 3: run wandb login --host https://%s <YOUR_API_KEY>' % host(), 'Step 4: replace <password> in values.yaml with the value from 1Password.']


@N("neg_rst_field_list_password_policy_fields", new=False)
def _():
    return [':password_policy: strong', ':password_min_length: %d' % num(12, 20), ':password_max_age_days: %d' % num(30, 180), ':password_history: %d' % num(3, 10)]


@N("neg_markdown_env_var_names_table_no_values")
def _():
    return ['| Variable | Source | Required |', '|---|---|---|', '| `MYSQL_PASSWORD` | k8s secret `wandb-mysql` | yes |', '| `WANDB_LICENSE` | `%s` vault path | yes |' % ("kv/wandb/" + R.choice(["prod", "stg"]))]


@N("neg_tsv_asset_inventory_serials_macs")
def _():
    mac = ":".join(hx(2) for _ in range(6))
    return ['asset\tserial\tmac\tlocation', 'gpu-node-%02d\t%s\t%s\track %d' % (num(1, 40), rs(12, string.ascii_uppercase + string.digits), mac, num(1, 20))]


@N("neg_csv_password_expiry_dates_columns")
def _():
    c = Clock()
    return ['user,password_last_changed,password_expires,mfa', '%s,%s,%s,true' % (uname(), c.fmt("%Y-%m-%d"), c.fmt("%Y-%m-%d"))]


@N("neg_pdftotext_license_terms_no_key")
def _():
    return ['\fLICENSE AGREEMENT                                  Page %d' % num(1, 9), '3.2 License Key. Customer shall not disclose the', 'License Key to third parties. Seats: %d' % num(5, 500)]


@N("neg_ocr_settings_page_masked_bullets")
def _():
    return ['SMTP Settings', 'Host  smtp.%s' % dom(), 'Password  ' + "•" * num(8, 16), 'Save']


@N("neg_prose_password_reset_done_no_value", new=False)
def _():
    return [R.choice(['We reset the admin password this morning and sent it via the vault share link.',
                      'Das Passwort wurde zurückgesetzt, bitte per Telefon erfragen.',
                      'La contraseña se cambió ayer; pídela al equipo de plataforma.',
                      'パスワードは更新済みです。金庫を参照してください。',
                      'Le mot de passe a été changé, voir le coffre.']) + ' Ticket #%d.' % num(1000, 99999)]


@N("neg_transcript_password_prompt_no_echo")
def _():
    return ['$ mysql -h mysql -u wandb -p', 'Enter password: ', 'Welcome to the MySQL monitor.  Commands end with ; or \\g.', 'Your MySQL connection id is %d' % num(10, 99999)]


@N("neg_transcript_sha256sum_output_lines", new=False)
def _():
    return ['$ sha256sum wandb-bundle-*.tgz', '%s  wandb-bundle-%d.tgz' % (hx(64), num(1, 9)), '%s  wandb-bundle-%d.tgz' % (hx(64), num(10, 99))]


@N("neg_transcript_gpg_list_keys_fingerprint")
def _():
    fp = hx(40).upper()
    return ['$ gpg --list-keys %s@%s' % (uname(), dom()), 'pub   ed25519 2024-01-0%d [SC]' % num(1, 9), '      %s' % fp, 'uid           [ultimate] %s' % person()]


@N("neg_transcript_ssh_keygen_fingerprint_randomart")
def _():
    return ['The key fingerprint is:', 'SHA256:%s %s@laptop' % (rs(43, B64), uname()), "The key's randomart image is:", '+--[ED25519 256]--+', '|   .o+=*B*o.     |']


@N("neg_git_diff_lockfile_integrity_sha512")
def _():
    return ['-      "integrity": "sha512-%s==",' % rs(86, B64), '+      "integrity": "sha512-%s==",' % rs(86, B64)]


@N("neg_git_diff_secret_ref_name_rename_only", new=False)
def _():
    return ['@@ -8,7 +8,7 @@ env:', '       valueFrom:', '         secretKeyRef:', '-          name: wandb-mysql', '+          name: wandb-mysql-%s' % rs(5).lower(), '           key: password']


@N("neg_git_log_oneline_messages_mention_token", new=False)
def _():
    return ['%s rotate API token (value in vault)' % hx(7), '%s remove leaked password from history' % hx(7), '%s docs: explain WANDB_API_KEY' % hx(7)]


@N("neg_diff_redacted_marker_to_env_reference", new=False)
def _():
    return ['-  password: <redacted>', '+  password: ${MYSQL_PASSWORD}', '-  apiKey: "***"', '+  apiKey: "${WANDB_API_KEY}"']


@N("neg_ticket_paste_asterisk_masked_values", new=False)
def _():
    return ['WANDB_API_KEY=****************************************', 'MYSQL_PASSWORD=[REDACTED]', 'GORILLA_LICENSE=<hidden>']


@N("neg_jira_csv_export_header_field_names")
def _():
    return ['Summary,Issue key,Custom field (Password Reset Required),Custom field (Secret Rotation Date),Custom field (Token Scope)',
            '"Rotate keys",WBS-%d,Yes,%s,read:org' % (num(100, 999), Clock().fmt("%d/%b/%y"))]


@N("neg_servicenow_email_watermark_ref_msg")
def _():
    return ['Ref:MSG%07d_%s' % (num(1, 9999999), rs(20)), 'Incident INC%07d has been resolved.' % num(1, 9999999)]


@N("neg_zendesk_email_footer_encoded_ticket_ref")
def _():
    return ['[%s-%s]' % (rs(6, string.ascii_uppercase + string.digits), rs(4, string.ascii_uppercase + string.digits)),
            'Ticket: https://support.%s/hc/requests/%d' % (dom(), num(1000, 99999))]


@N("neg_ocr_error_dialog_request_trace_ids", new=False)
def _():
    return ['Something went wrong', 'Request ID: %s' % uuid(), 'Trace: %s' % hx(32), 'Time: %s' % Clock().iso()]


@N("neg_hocr_words_bbox_no_secret")
def _():
    return ["<span class='ocrx_word' id='word_1_%d' title='bbox %d %d %d %d; x_wconf %d'>Password</span>" % (num(1, 50), num(10, 99), num(100, 300), num(100, 200), num(300, 400), num(80, 99)),
            "<span class='ocrx_word' id='word_1_%d' title='bbox %d %d %d %d; x_wconf %d'>required</span>" % (num(51, 99), num(10, 99), num(100, 300), num(100, 200), num(300, 400), num(80, 99))]


@N("neg_pdftk_dump_fields_empty_value")
def _():
    return ['---', 'FieldType: Text', 'FieldName: db_password', 'FieldFlags: %d' % R.choice([0, 8192]), 'FieldValue: ', 'FieldJustification: Left']


@N("neg_chat_thread_names_secret_only_by_name")
def _():
    return ['%s  %d:%02d PM' % (person(), num(1, 11), num(0, 59)), 'did you update `wandb-license` secret in the `wandb` namespace?', 'yes, via external-secrets, the ExternalSecret is synced']


@N("neg_teams_meeting_join_link_thread_ids")
def _():
    return ['Join the meeting: https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d' % (rs(48, AL), uuid())]


@N("neg_whatsapp_export_media_omitted_system_lines")
def _():
    c = Clock()
    return ['[%s] %s: <Media omitted>' % (c.fmt("%d/%m/%Y, %H:%M:%S"), person()),
            '[%s] Messages and calls are end-to-end encrypted.' % c.fmt("%d/%m/%Y, %H:%M:%S")]


@N("neg_weechat_join_quit_hostmasks")
def _():
    c = Clock(); n = uname()
    return ['%s\t<--\t%s (~%s@%s) has quit (Ping timeout: 250 seconds)' % (c.fmt("%Y-%m-%d %H:%M:%S"), n, n, ip10())]


@N("neg_matrix_event_ids_room_ids")
def _():
    return ['{"event_id":"$%s","room_id":"!%s:%s","origin_server_ts":%d}' % (rs(43, B64U), rs(18), dom(), Clock().epoch() * 1000)]


@N("neg_asciidoc_attributes_non_secret")
def _():
    return [':revnumber: %d.%d' % (num(0, 9), num(0, 20)), ':toc: left', ':source-highlighter: rouge', ':password-hint: ask the platform team']


@N("neg_org_mode_properties_id_uuid")
def _():
    return ['* Rotate credentials', '  :PROPERTIES:', '  :ID:       %s' % uuid(), '  :CUSTOM_ID: rotate-creds', '  :END:']


@N("neg_obsidian_frontmatter_aliases_uid")
def _():
    return ['---', 'uid: %s' % hx(12), 'aliases: [secret rotation, password reset]', '---']


@N("neg_arn_secretsmanager_names_in_ticket", new=False)
def _():
    return ['The pod reads arn:aws:secretsmanager:us-east-1:%012d:secret:wandb/mysql-%s' % (num(10 ** 11, 10 ** 12 - 1), rs(6)), 'Role: arn:aws:iam::%012d:role/wandb-irsa' % num(10 ** 11, 10 ** 12 - 1)]


@N("neg_ca_bundle_certificate_pasted_in_ticket", new=False)
def _():
    body = [rs(64, B64) for _ in range(3)]
    return ['Our internal CA cert (public):', '-----BEGIN CERTIFICATE-----'] + body + ['-----END CERTIFICATE-----']


@N("neg_gpg_public_key_block_in_email")
def _():
    return ['-----BEGIN PGP PUBLIC KEY BLOCK-----', '', 'mDME%s' % rs(60, B64), rs(64, B64), '=%s' % rs(4, B64), '-----END PGP PUBLIC KEY BLOCK-----']


@N("neg_age_recipient_public_key_in_runbook")
def _():
    return ['Encrypt the bundle for support with:', 'age -r age1%s -o bundle.tgz.age bundle.tgz' % rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")]


@N("neg_license_public_fields_in_ticket")
def _():
    return ['License ID: %s' % uuid(), 'Seats: %d' % num(5, 500), 'Expires: %s' % Clock().fmt("%Y-%m-%d"), 'Deployment ID: %s' % uuid()]


@N("neg_outlook_safelinks_docs_link_no_token")
def _():
    inner = urllib.parse.quote("https://docs.wandb.ai/guides/hosting/self-managed/", safe="")
    return ['https://nam%02d.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s%%7C%s%%7C0%%7C0&sdata=%%2F%s%%3D&reserved=0' % (num(1, 12), inner, hx(32), uuid(), rs(10))]


@N("neg_gerrit_change_id_signed_off_trailers")
def _():
    return ['    Change-Id: I%s' % hx(40), '    Signed-off-by: %s <%s@%s>' % (person(), uname(), dom()), '    Reviewed-on: https://review.%s/c/infra/+/%d' % (dom(), num(1000, 99999))]


@N("neg_password_policy_yaml_paste", new=False)
def _():
    return ['password_policy:', '  min_length: %d' % num(10, 16), '  require_symbols: true', '  max_age: %dd' % num(30, 180)]


@N("neg_html_entities_plain_prose")
def _():
    return ['<p>W&amp;B &ndash; the &quot;Reset password&quot; link didn&#39;t arrive (%s).</p>' % R.choice(["prod", "staging"])]


@N("neg_zero_width_and_nbsp_in_plain_prose")
def _():
    return ['Please\u00a0check the\u200b ingress logs for pod wandb-%d.' % num(0, 9)]


@N("neg_urldefense_wrapped_docs_link")
def _():
    return ['https://urldefense.com/v3/__https://docs.wandb.ai/guides/hosting/__;!!%s!%s$' % (rs(10), rs(40, B64U))]


@N("neg_k8s_secret_yaml_keys_no_data_in_chat")
def _():
    return ['```', 'kind: Secret', 'metadata:', '  name: wandb-%s' % rs(4).lower(), 'type: Opaque', 'data: {}', '```']


@N("neg_pdf_ligature_prose_no_value")
def _():
    return ['Conﬁguration ﬁle: /etc/wandb/conﬁg.yaml', 'The oﬄine license ﬁle is checked on startup.']


@N("neg_rfc2047_subject_no_secret")
def _():
    return ['Subject: =?UTF-8?Q?Passwort_zur=C3=BCckgesetzt_f=C3=BCr_%s?=' % uname(), 'Subject: =?UTF-8?B?%s?=' % base64.b64encode(("Ticket %d aktualisiert" % num(1000, 9999)).encode()).decode()]


# ---------------------------------------------------------------- build

def check(lines, secrets, used):
    if not 1 <= len(lines) <= 12:
        return False
    if len(set(secrets)) != len(secrets):
        return False
    for s in secrets:
        if len(s) < 8 or s in used or not any(s in ln for ln in lines):
            return False
    rest = list(lines)
    for s in sorted(secrets, key=len, reverse=True):
        rest = [ln.replace(s, "\x00") for ln in rest]
    for s in secrets:
        for i in range(len(s) - 5):
            if any(s[i:i + 6] in ln for ln in rest):
                return False
    return True


def main():
    used = set()
    pos = []
    for name, _new, f in POS:
        for _ in range(3):
            for _try in range(200):
                try:
                    lines, secrets = f()
                except Redraw:
                    continue
                if check(lines, secrets, used):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            used.update(secrets)
            pos.append({"shape": name, "lines": lines, "secrets": secrets})
    neg = []
    for name, _new, f in NEG:
        for _ in range(5):
            lines = f()
            assert 1 <= len(lines) <= 12, name
            neg.append({"shape": name, "lines": lines})
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in pos:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in neg:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("positives: %d records, %d shapes (%d new), %d secrets" % (
        len(pos), len(POS), sum(1 for p in POS if p[1]), sum(len(r["secrets"]) for r in pos)))
    print("negatives: %d records, %d shapes (%d new)" % (len(neg), len(NEG), sum(1 for n in NEG if n[1])))


if __name__ == "__main__":
    main()
