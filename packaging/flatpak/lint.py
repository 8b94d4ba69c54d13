#!/usr/bin/env python3
"""Lints the Flatpak manifest without network or flatpak-builder (neither exists on our CI):
the JSON parses, the required keys are there, the app id matches the desktop entry and the
AppStream file, and every module has a build system and pinned sources."""
import json
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent
manifest = json.loads((here / "io.github.brickdesk.Brickdesk.json").read_text())
problems = []
for key in ("id", "runtime", "runtime-version", "sdk", "command", "modules", "finish-args"):
    if key not in manifest:
        problems.append(f"missing key: {key}")
app_id = manifest.get("id", "")
linux = here.parent / "linux"
if not (linux / f"{app_id}.desktop").exists():
    problems.append(f"no desktop entry named {app_id}.desktop")
if not (linux / f"{app_id}.metainfo.xml").exists():
    problems.append(f"no AppStream file named {app_id}.metainfo.xml")
if manifest.get("runtime") != "org.kde.Platform":
    problems.append("runtime must be the KDE runtime (Qt 6)")
names = [m.get("name") for m in manifest.get("modules", [])]
if not names or names[-1] != "brickdesk":
    problems.append("the last module must be brickdesk itself")
for module in manifest.get("modules", []):
    if "buildsystem" not in module:
        problems.append(f"module {module.get('name')}: no buildsystem")
    for source in module.get("sources", []):
        if source.get("type") == "git" and not (source.get("tag") or source.get("commit")):
            problems.append(f"module {module.get('name')}: git source not pinned to a tag or commit")
if any(arg.startswith("--filesystem=home") or arg == "--filesystem=host" for arg in manifest.get("finish-args", [])):
    problems.append("no broad filesystem access: only ~/.databrickscfg (read-only) and downloads")
for p in problems:
    print(p)
print("flatpak manifest: " + ("FAILED" if problems else "ok") + f" ({len(names)} modules)")
sys.exit(1 if problems else 0)
