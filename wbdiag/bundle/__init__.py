"""The bundle contract: the only thing `collect` and `analyze` share (docs/bundle-format.md)."""
