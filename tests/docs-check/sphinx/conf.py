# Sphinx configuration of the docs-site test (tests/browser/sphinx.test.mjs): MyST Markdown, and
# the playground's embed.js through html_js_files, upgrading every Python block (the selector) with
# previews looked up by content hash in the bundle `dynamo-playground check --bundle` writes.
import os

project = "Dynamo Playground docs-site test"
extensions = ["myst_parser"]
html_theme = "alabaster"
html_static_path = ["_static"]
html_js_files = [
    (
        os.environ["DP_EMBED_JS"],
        {
            "defer": "defer",
            "data-selector": "div.highlight-python pre",
            "data-expected": "_static/dynamo-previews.json",
        },
    )
]
