"""One module per source. Every Collector subclass defined here is registered by name."""
