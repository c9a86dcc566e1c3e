"""The leak gate on a value set apart from its name by a change: a diff's rotated value
(gatediffs.py), a plan's `set` block whose `name` member names a secret and whose `value` member
holds it (gatenested.py), and a webhook's secret as a path segment of a deep URL
(gateshapes.py). Made-up cases in the forms the tools print, and near misses left alone."""

from __future__ import annotations

from tests.redact.gatecases import flagged, leaks_test, look_alikes_test

LEAKS = [
    # a normal diff (argocd app diff, diff) and a unified one (kubectl diff, git diff)
    ["===== apps/Deployment ml/api ======", "41c41", "<         value: Tq8Zw~L3mKx9Pv", "---", ">         value: Hn4.Rb7XcW2qzE"],
    ["@@ -12,3 +12,3 @@", "         - name: SESSION_KEY", '-          value: "Kx9mQ2+wLp7RzT4v"', '+          value: "Bv3Nq8-sYt6KmW1z"'],
    ['-  "api_secret": "Zr8Kp2Lm9Qw4Xv7Hn",', '+  "api_secret": "Wq5Tn7Rb3Lc8Mz2Jd",'],
    # a Terraform plan's set block, in any change mark
    ["  + set {", '      + name  = "global.smtp.password"', '      + type  = "string"', '      + value = "Lm7Kq2.Tz9Rw4Vb8Xn"', "    }"],
    ["  ~ set {", '      ~ name  = "redis.auth.token"', '      ~ value = "Qp3Wr8Zk5Tm1Ny6Vb"', "    }"],
    # a webhook's secret deep in its URL's path
    ["\tURL:\thttps://api.ocp.example.net:6443/apis/build.openshift.io/v1/namespaces/ci/buildconfigs/web/webhooks/Lq2Wv8Zr5Tn3Kx7Pm9Bc4Hd6Jf/generic"],
    ["hook: https://git.example.org/api/v4/projects/12/ci/pipelines/triggers/run/hooks/Zx8Cv7Bn6Mq5Wr4Ty3Ui2Op"],
]  # fmt: skip

LOOK_ALIKES = [
    # a lockfile's integrity, an image digest, a version, a URL changed in a diff
    ['-      "integrity": "sha512-Xk2p9Lq4Wz7Rt3Yb8Nc5Mv1Hd6Jf0Gs2Ae4Ku7Ix9Oz3Pw5Qv8Ry1Tn6Lm==",', '+      "integrity": "sha512-Bq7Zr2Lp9Wx4Kt8Ym3Nc6Hv1Jd5Gf0Ts2Ua4Ei7Ox9Pz3Qw5Rv8Sy1Tn6Lm==",'],
    ["<         image: registry.example.com/app@sha256:4f2a9c1e7b3d5f8a0c6e2b4d9f1a3c5e7b9d0f2a4c6e8b1d3f5a7c9e0b2d4f6a", "---", ">         image: registry.example.com/app@sha256:9e1c3a5f7b2d4f6a8c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a"],
    ["<         value: https://old.example.com/api", "---", ">         value: https://new.example.com/api"],
    ['-    resourceVersion: "48213377"', '+    resourceVersion: "48215102"'],
    ["<         value: 3f9a1c7e2b4d6f8a0c2e4b6d8f0a2c4e", "---", ">         value: 7b2d4f6a8c0e2b4d6f8a1c3e5b7d9f0a"],
    ["-  - name: worker-7f9c4d8b6-x2k4q", "+  - name: worker-5d8b7c9f4-m7p2z"],
    # a plan's set block that names no secret
    ["  + set {", '      + name  = "global.host"', '      + type  = "string"', '      + value = "https://ml.example.com/Lq2Wv8"', "    }"],
    ["  + set {", '      + name  = "image.tag"', '      + value = "v0.61.2-rc3"', "    }"],
    # a webhook's URL without a generated segment
    ["https://github.com/example-org/app/settings/hooks/482913377"],
    ["https://ci.example.com/api/v1/namespaces/ci/buildconfigs/web/webhooks/<secret>/github"],
    ["POST https://ci.example.com/api/v1/projects/ml/buildconfigs/web/webhooks/github/status"],
]  # fmt: skip

test_changed_value_leaks = leaks_test(LEAKS)
test_changed_value_look_alikes_pass = look_alikes_test(LOOK_ALIKES)


def test_both_sides_of_a_rotation_are_flagged() -> None:
    lines = ["12c12", "<         value: Tq8Zw~L3mKx9Pv", "---", ">         value: Hn4.Rb7XcW2qzE"]
    assert flagged(lines) == [2, 4]
