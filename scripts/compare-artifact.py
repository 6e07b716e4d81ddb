#!/usr/bin/env python3
"""Compares two soda-gql artifact JSON files element by element (ours against upstream's).

Usage: compare-artifact.py OURS UPSTREAM [--keep-loc]

Prints, per canonical id, whether the element is missing on either side and every path where
the `prebuild`s differ. `loc` keys are ignored unless --keep-loc (we never emit them), and so is
`metadata.contentHash` (a SHA-1 over the prebuild, which differs whenever `loc` does).
Exit status 0 when nothing differs.
"""
import json
import sys


def strip_loc(node):
    if isinstance(node, dict):
        return {k: strip_loc(v) for k, v in node.items() if k != "loc"}
    if isinstance(node, list):
        return [strip_loc(v) for v in node]
    return node


def diff(a, b, path, out):
    if type(a) is not type(b):
        out.append(f"{path}: {json.dumps(a)[:200]} != {json.dumps(b)[:200]}")
    elif isinstance(a, dict):
        if list(a) != list(b):
            out.append(f"{path}: keys {list(a)} != {list(b)}")
        for k in a:
            if k in b:
                diff(a[k], b[k], f"{path}.{k}", out)
    elif isinstance(a, list):
        if len(a) != len(b):
            out.append(f"{path}: length {len(a)} != {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, f"{path}[{i}]", out)
    elif a != b:
        out.append(f"{path}: {json.dumps(a)} != {json.dumps(b)}")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    keep_loc = "--keep-loc" in sys.argv
    ours, theirs = (json.load(open(p))["elements"] for p in args)
    if not keep_loc:
        ours, theirs = strip_loc(ours), strip_loc(theirs)
    failures = 0
    for key in sorted(set(ours) | set(theirs)):
        if key not in ours:
            print(f"MISSING in ours: {key}")
            failures += 1
            continue
        if key not in theirs:
            print(f"EXTRA in ours: {key}")
            failures += 1
            continue
        out = []
        diff(ours[key]["type"], theirs[key]["type"], "type", out)
        diff(ours[key]["prebuild"], theirs[key]["prebuild"], "prebuild", out)
        if out:
            failures += 1
            print(f"DIFF {key}")
            for line in out[:20]:
                print(f"  {line}")
    same = len(set(ours) & set(theirs))
    print(f"{same} common elements, {failures} differing or missing")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
