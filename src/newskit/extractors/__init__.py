"""The built-in plugins: each module registers its extractors through the hooks, like any plugin."""
