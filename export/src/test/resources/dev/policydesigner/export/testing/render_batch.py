#!/usr/bin/env python3
"""Renders many templates under a few value sets in one process.

Usage: render_batch.py RENDERER MANIFEST
RENDERER is makejinja-render.py; its Jinja2 environment is used. MANIFEST is a JSON file
{"values": [{...}, ...], "templates": ["template text", ...], "repo": "DIR"?, "raw": bool?}.
With "raw", each render is {"text": "..."} (the rendered text, not parsed). With "repo", the
plugins (loaders) of DIR/makejinja.toml join the environment, built once per value set as makejinja
builds them, and templates render with DIR as working directory.
Prints one JSON line per template: {"renders": [...]} with one entry per value set, each
{"empty": bool, "documents": [...]} or {"error": "..."} when rendering or parsing failed.
YAML values JSON cannot hold (dates, binary, sets) become {"!yaml": type, "value": text}, so
that a schema check sees them as the wrong type.
"""
import importlib.util
import json
import os
import sys

import yaml

# libyaml's parser with PyYAML's safe constructors and resolvers: what safe_load does, faster
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_renderer(path):
    spec = importlib.util.spec_from_file_location("makejinja_render", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def odd_value(value):
    return {"!yaml": type(value).__name__, "value": str(value)}


def render(template, values, raw=False):
    try:
        out = template.render(**values)
        if raw:
            return {"text": out}
        docs = [d for d in yaml.load_all(out, Loader=LOADER) if d is not None] if out.strip() else []
        return {"empty": not out.strip(), "documents": docs}
    except Exception as e:  # reported per render, so one bad template names its diagram
        return {"error": f"{type(e).__name__}: {e}"}


def compile_all(environment, texts):
    compiled = []
    for text in texts:
        try:
            compiled.append(environment.from_string(text))
        except Exception as e:
            compiled.append(f"{type(e).__name__}: {e}")
    return compiled


def main():
    renderer, manifest = sys.argv[1:]
    module = load_renderer(renderer)
    with open(manifest, encoding="utf-8") as f:
        spec = json.load(f)
    repo = spec.get("repo")
    if repo:
        paths, plugins = module.repo_plugins(repo)
        os.chdir(repo)
        per_set = []
        for values in spec["values"]:
            environment = module.environment()
            module.load_plugins(environment, plugins, paths, values)
            per_set.append(compile_all(environment, spec["templates"]))
    else:
        per_set = [compile_all(module.environment(), spec["templates"])] * len(spec["values"])
    out = sys.stdout
    for i in range(len(spec["templates"])):
        renders = []
        for compiled, values in zip(per_set, spec["values"]):
            template = compiled[i]
            renders.append({"error": template} if isinstance(template, str)
                           else render(template, values, spec.get("raw", False)))
        out.write(json.dumps({"renders": renders}, default=odd_value))
        out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
