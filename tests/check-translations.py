#!/usr/bin/python3
"""Is Kneewise really in LANG?

  check-translations.py complete SRCDIR LANG
      Every message in today's sources has a finished (not fuzzy) translation
      in po/LANG.po. The template is made afresh with xgettext, the way the
      kneewise-pot target makes it, so a string added without a translation
      fails here rather than showing up in English.

  check-translations.py runtime SRCDIR LANG CLI
      Runs kneewise-cli as a user would, in English and in LANG (assess, save a
      plan, show the week, the status, log a session, export the week to PDF),
      and checks that every catalogue string the English run printed shows up
      translated in the LANG run, in the terminal and in the PDF.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

# The glib preset of meson's i18n module (po/meson.build uses it).
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments=Translators",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format",
]


def unquote(s):
    return (s.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t")
             .replace("\\\\", "\\"))


def parse_po(path):
    """Entries as dicts: msgctxt, msgid, msgid_plural, msgstr (list), fuzzy, obsolete."""
    entries = []
    cur = None
    field = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            cur, field = None, None
            continue
        if cur is None:
            cur = {"msgctxt": None, "msgid": None, "msgid_plural": None,
                   "msgstr": [], "fuzzy": False, "obsolete": False}
            entries.append(cur)
        if line.startswith("#~"):
            cur["obsolete"] = True
            continue
        if line.startswith("#,"):
            cur["fuzzy"] = cur["fuzzy"] or "fuzzy" in line
            continue
        if line.startswith("#"):
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
        if m:
            key, text = m.group(1), unquote(m.group(2))
            if key.startswith("msgstr"):
                cur["msgstr"].append(text)
                field = ("msgstr", len(cur["msgstr"]) - 1)
            else:
                cur[key] = text
                field = (key, None)
            continue
        m = re.match(r'^"(.*)"$', line)
        if m and field:
            key, index = field
            if key == "msgstr":
                cur["msgstr"][index] += unquote(m.group(1))
            else:
                cur[key] += unquote(m.group(1))
    return [e for e in entries if e["msgid"] is not None and not e["obsolete"]]


def finished(entry):
    return not entry["fuzzy"] and entry["msgstr"] and all(s for s in entry["msgstr"])


def merged_catalog(srcdir, lang):
    """po/LANG.po merged with a template made from today's sources."""
    po = os.path.join(srcdir, "po", lang + ".po")
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "kneewise.pot")
        subprocess.run(["xgettext", "--package-name=kneewise", "-o", pot,
                        "--directory", srcdir,
                        "--files-from", os.path.join(srcdir, "po", "POTFILES.in")]
                       + XGETTEXT_ARGS, check=True)
        merged = os.path.join(tmp, lang + ".po")
        subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged, po, pot],
                       check=True)
        return [e for e in parse_po(merged) if e["msgid"]]


def check_complete(srcdir, lang):
    entries = merged_catalog(srcdir, lang)
    missing = [e for e in entries if not finished(e)]
    print(f"{lang}: {len(entries) - len(missing)} of {len(entries)} messages translated")
    if missing:
        for e in missing[:25]:
            print(f"  not translated: {e['msgid'][:100]!r}")
        if len(missing) > 25:
            print(f"  … and {len(missing) - 25} more")
        sys.exit(f"po/{lang}.po is missing {len(missing)} translations")


def squash(text):
    """Whitespace as one space, so text wrapped in a PDF still matches."""
    return re.sub(r"\s+", " ", text)


def run_as_user(cli, srcdir, language, workdir):
    """Everything kneewise-cli shows a user on a first day, as one text and the PDF's text."""
    home = os.path.join(workdir, language or "en")
    os.makedirs(home)
    env = dict(os.environ, HOME=home,
               XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_CACHE_HOME=os.path.join(home, "cache"),
               XDG_STATE_HOME=os.path.join(home, "state"),
               LANGUAGE=language, LC_ALL="C.UTF-8")
    answers = os.path.join(srcdir, "tests", "assessment")
    pdf = os.path.join(home, "week.pdf")
    commands = [
        ["--help"],
        ["assess", "--help"],
        ["assess", os.path.join(answers, "52-several-flags-most-urgent.ini")],
        ["assess", os.path.join(answers, "04-itbs-classic.ini")],
        ["assess", "--save", "--start=2026-11-23", os.path.join(answers, "01-pfp-classic.ini")],
        ["plan", "--week=2026-11-23"],
        ["log", "--date=2026-11-23", "--pain=5", "--morning=4", "--baseline=1"],
        ["status", "--today=2026-11-24"],
        ["assess", os.path.join(answers, "bad-pain-out-of-range.ini")],
        ["export-pdf", "--week=2026-11-23", "--today=2026-11-23", "--paper=a4", pdf],
    ]
    shown = []
    for args in commands:
        done = subprocess.run([cli] + args, env=env, capture_output=True, text=True)
        if done.returncode not in (0, 1, 2):
            sys.exit(f"kneewise-cli {' '.join(args)} crashed (status {done.returncode}):\n{done.stderr}")
        shown.append(done.stdout)
        shown.append(done.stderr)
    pdf_text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"],
                              capture_output=True, text=True, check=True).stdout
    return squash("\n".join(shown)), squash(pdf_text)


DIRECTIVE = re.compile(r"%(?:\d+\$)?[-'#0 +]*\d*(?:\.\d+)?(?:l|ll|h|z)?[sdiuxfgc%]")


def pattern(message):
    """A regex for a message as printed: its directives match what filled them."""
    parts = DIRECTIVE.split(squash(message))
    # A directive at either end would match up to the whole text: leave it
    # out; one in the middle stands for a short value (a date, a name).
    while parts and not parts[0].strip():
        parts.pop(0)
    while parts and not parts[-1].strip():
        parts.pop()
    return re.compile("[^\\0]{1,60}?".join(re.escape(p) for p in parts))


def literal_length(message):
    return len("".join(DIRECTIVE.split(message)).strip())


def check_runtime(srcdir, lang, cli):
    entries = merged_catalog(srcdir, lang)
    # Messages a user reads: no markup or mnemonics, and enough fixed text not
    # to match by chance. Longest first, so a short message found only inside
    # a longer one is not counted on its own.
    plain = sorted((e for e in entries
                    if e["msgid_plural"] is None and "<" not in e["msgid"]
                    and "_" not in e["msgid"] and literal_length(e["msgid"]) >= 12),
                   key=lambda e: -len(e["msgid"]))
    with tempfile.TemporaryDirectory() as tmp:
        english, english_pdf = run_as_user(cli, srcdir, "", tmp)
        local, local_pdf = run_as_user(cli, srcdir, lang, tmp)

    problems = []
    counts = {}
    for where, en_text, lang_text in (("terminal", english, local), ("PDF", english_pdf, local_pdf)):
        seen = []
        for e in plain:
            found = pattern(e["msgid"]).search(en_text)
            if found:
                seen.append(e)
                en_text = en_text[:found.start()] + "\0" + en_text[found.end():]
        counts[where] = len(seen)
        for e in seen:
            if not finished(e):
                problems.append(f"{where}: not translated: {e['msgid'][:90]!r}")
            elif not pattern(e["msgstr"][0]).search(lang_text):
                problems.append(f"{where}: {e['msgid'][:60]!r} should read "
                                f"{e['msgstr'][0][:60]!r}, which is not there")
        # A run that printed (nearly) nothing we know proves nothing.
        if len(seen) < 8:
            problems.append(f"{where}: only {len(seen)} catalogue strings in the English run")
    print(f"{lang}: {counts['terminal']} strings checked in the terminal, {counts['PDF']} in the PDF")
    if problems:
        print("\n".join(problems[:40]))
        sys.exit(f"{len(problems)} problems with the {lang} translation at run time")


def main():
    mode, srcdir, lang = sys.argv[1:4]
    if mode == "complete":
        check_complete(srcdir, lang)
    elif mode == "runtime":
        if not shutil.which("pdftotext"):
            print("pdftotext is not installed")
            sys.exit(77)
        check_runtime(srcdir, lang, sys.argv[4])
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
