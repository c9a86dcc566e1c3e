"""The rule engine: YAML rules -> frozen dataclasses -> findings over a bundle."""
