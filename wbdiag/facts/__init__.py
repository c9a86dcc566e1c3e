"""Facts derived once from a bundle, before any rule runs (insights-core's parsers -> combiners).

`parsers` turns one bundle document into a small typed fact; `deployment` and `subjects` combine
them into what rules and the report share: the deployment kind (Docker, Helm, operator,
OpenShift), the W&B version, and the subjects a finding can be about (pods, containers, nodes,
the database, the bucket, the load balancer). `combine.derive_facts` is the one entry point.
"""
