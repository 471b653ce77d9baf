"""Pure-Python core: flow, validators, state, secrets and HTTP clients. Never imports Qt."""
