"""The API's routes, one module per resource, each with a `router`."""
