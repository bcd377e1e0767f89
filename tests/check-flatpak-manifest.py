#!/usr/bin/python3
"""The Flatpak manifest parses, its id is the one every data file uses, and
it and the metainfo meet what Flathub asks for."""
import datetime
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

flatpak_builder, srcdir, builddir = sys.argv[1:4]
manifest_path = os.path.join(srcdir, "flatpak", "io.github.kneewise.Kneewise.json")

# flatpak-builder itself must accept it; fatal-warnings turns unknown keys
# and wrong types (which it only warns about) into failures.
env = dict(os.environ, G_DEBUG="fatal-warnings")
shown = subprocess.run([flatpak_builder, "--show-manifest", manifest_path],
                       env=env, capture_output=True, text=True)
if shown.returncode != 0:
    sys.exit(f"flatpak-builder --show-manifest failed:\n{shown.stderr}")

manifest = json.loads(shown.stdout)
app_id = manifest["id"]
errors = []

def check(what, value):
    if value != app_id:
        errors.append(f"{what} is {value!r}, the manifest says {app_id!r}")

desktop = os.path.join(builddir, "data", app_id + ".desktop")
if not os.path.exists(desktop):
    errors.append(f"no desktop file named after the id: {desktop}")
else:
    icon = [l.split("=", 1)[1].strip() for l in open(desktop) if l.startswith("Icon=")]
    check("the desktop file's Icon", icon[0] if icon else None)

metainfo = ET.parse(os.path.join(builddir, "data", app_id + ".metainfo.xml")).getroot()
check("the metainfo <id>", metainfo.findtext("id"))
check("the metainfo launchable",
      metainfo.find("launchable").text.removesuffix(".desktop"))

schema = ET.parse(os.path.join(srcdir, "data", app_id + ".gschema.xml")).getroot()
check("the GSettings schema id", schema.find("schema").get("id"))

service = open(os.path.join(builddir, "data", app_id + ".service")).read()
check("the D-Bus service name",
      [l.split("=", 1)[1].strip() for l in service.splitlines() if l.startswith("Name=")][0])

for icon in (app_id + ".svg", app_id + "-symbolic.svg"):
    if not os.path.exists(os.path.join(srcdir, "data", "icons", icon)):
        errors.append(f"no icon data/icons/{icon}")

if manifest.get("command") != "kneewise":
    errors.append(f"the command is {manifest.get('command')!r}, not 'kneewise'")

allowed = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}
extra = set(manifest.get("finish-args", [])) - allowed
if extra:
    errors.append(f"finish-args beyond the minimum: {sorted(extra)}")

# Flathub: every downloaded source pinned (git: tag and commit; archive:
# sha256); the app itself is a local directory so it builds offline.
for module in manifest.get("modules", []):
    if isinstance(module, str):
        continue
    for source in module.get("sources", []):
        kind = source.get("type")
        where = f"module {module.get('name')!r}, {kind} source"
        if kind == "git" and not (source.get("tag") and source.get("commit")):
            errors.append(f"{where} is not pinned by both tag and commit")
        elif kind in ("archive", "file") and not source.get("sha256"):
            errors.append(f"{where} has no sha256")
app_module = [m for m in manifest.get("modules", []) if isinstance(m, dict) and m.get("name") == "kneewise"]
if not app_module or app_module[0]["sources"][0].get("type") != "dir":
    errors.append("the kneewise module must build from the local directory (a 'dir' source)")

# The metainfo Flathub reads: one developer, a content rating, screenshots
# that exist in data/screenshots/, releases not dated in the future.
if metainfo.find("developer") is None or not metainfo.findtext("developer/name"):
    errors.append("the metainfo has no <developer> with a <name>")
if metainfo.find("content_rating") is None:
    errors.append("the metainfo has no OARS <content_rating>")
shots = metainfo.findall("screenshots/screenshot")
if len(shots) < 3:
    errors.append(f"the metainfo shows {len(shots)} screenshots; Flathub wants several")
for shot in shots:
    name = os.path.basename(shot.findtext("image", ""))
    if not os.path.exists(os.path.join(srcdir, "data", "screenshots", name)):
        errors.append(f"the screenshot {name} is not in data/screenshots/")
    if not shot.findtext("caption"):
        errors.append(f"the screenshot {name} has no caption")
for release in metainfo.findall("releases/release"):
    if datetime.date.fromisoformat(release.get("date")) > datetime.date.today():
        errors.append(f"release {release.get('version')} is dated in the future")
if "not a diagnosis" not in ET.tostring(metainfo.find("description"), encoding="unicode"):
    errors.append("the metainfo description must say that Kneewise is not a diagnosis")

if errors:
    sys.exit("\n".join(errors))
print(f"ok: {app_id} in the manifest, desktop file, metainfo, schema, service and icons; "
      f"{len(shots)} screenshots")
