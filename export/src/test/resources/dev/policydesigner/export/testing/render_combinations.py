#!/usr/bin/env python3
"""Renders templates under every combination of boolean flags x audit/enforce.

Usage: render_combinations.py RENDERER MODE_FLAG FLAG1,FLAG2,... TEMPLATE...
RENDERER is makejinja-render.py; its Jinja2 environment is used (each template compiled once,
then rendered per combination, as render_text does it in one go).
Prints one JSON line per combination: {"values": {...}, "renders": [{"empty", "documents"}...]}.
"""
import importlib.util
import itertools
import json
import pathlib
import sys

import yaml


def load_renderer(path):
    spec = importlib.util.spec_from_file_location("makejinja_render", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render(template, values):
    out = template.render(**values)
    docs = [d for d in yaml.safe_load_all(out) if d is not None] if out.strip() else []
    return {"empty": not out.strip(), "documents": docs}


def main():
    renderer, mode_flag, flags, *templates = sys.argv[1:]
    module = load_renderer(renderer)
    flags = [f for f in flags.split(",") if f]
    compiled = [module.environment().from_string(pathlib.Path(t).read_text()) for t in templates]
    for bits in itertools.product([False, True], repeat=len(flags)):
        for mode in ("audit", "enforce"):
            values = dict(zip(flags, bits))
            values[mode_flag] = mode
            renders = [render(t, values) for t in compiled]
            print(json.dumps({"values": values, "renders": renders}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
