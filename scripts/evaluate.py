#!/usr/bin/env python3
"""Score ``minutes extract`` against gold records: per-field precision, recall and F1.

Usage::

    python scripts/evaluate.py [DIR ...] [--cmd "minutes extract {file} --json"] [--details]
                               [--jobs N] [--timeout SECONDS]

Every ``<stem>.pdf`` / ``<stem>.pptx`` in a DIR (default ``tests/fixtures/minutes``) that has a
``<stem>.gold.json`` beside it is extracted by the command, run with cwd = the repository root
and ``{file}`` replaced by the shell-quoted absolute path. A crash, timeout, non-zero exit or
unparseable output is reported and scored as an empty prediction (recall 0).

Each field counts true positives, predicted and gold units over all documents (micro average):

* ``attendees``: normalised names; duplicate predicted names count as extra predictions.
* ``group``, ``party``, ``organisation``, ``roles``, ``replaces``: one value per gold attendee;
  a non-empty value counts as gold, a non-empty predicted value of a name-matched attendee as
  predicted, equal non-empty values as TP. Missing attendees lower recall.
* ``substitutions``: (substitute, replaced) name pairs.
* ``items``: gold items greedily matched to predicted items (same number and title similarity
  >= 0.5, or no number on one side and similarity >= 0.8); ``item_titles`` counts the
  similarity of each match as a soft TP.
* ``presenters``: presenter names per matched item; every gold presenter counts as gold.
* ``decisions``, ``body``, ``meeting_organisation``, ``location``: word tokens (bag of words);
  decisions of unmatched items count as gold or predicted.
* ``meeting_date``, ``start_time``, ``end_time``, ``next_meeting_date``, ``document_type``: exact.
* presentations only: ``slides`` (TP = the smaller slide count) and ``slide_titles`` (slides
  whose number and normalised title agree).

Normalisation follows ``../shared/eval/score.py``. The last line printed is
``overall F1 X.XXX``, the mean F1 over the fields with any gold or prediction. Standard library
only; exits 0 unless the scorer itself breaks.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO / "tests" / "fixtures" / "minutes"
DOC_SUFFIXES = (".pdf", ".pptx")

ATTRIBUTE_FIELDS = ("group", "party", "organisation", "roles", "replaces")
SCALAR_FIELDS = {
    "meeting_date": ("meeting", "date"),
    "start_time": ("meeting", "start_time"),
    "end_time": ("meeting", "end_time"),
    "next_meeting_date": ("next_meeting", "date"),
}
TEXT_FIELDS = {
    "body": ("meeting", "body"),
    "meeting_organisation": ("meeting", "organisation"),
    "location": ("meeting", "location"),
}
FIELDS = (
    "attendees",
    *ATTRIBUTE_FIELDS,
    "substitutions",
    "items",
    "item_titles",
    "presenters",
    "decisions",
    *SCALAR_FIELDS,
    *TEXT_FIELDS,
    "document_type",
    "slides",
    "slide_titles",
)

ROLE_ALIASES = {
    "ordf": "ordförande",
    "ordf.": "ordförande",
    "ordförande.": "ordförande",
    "sekr": "sekreterare",
    "sekr.": "sekreterare",
    "v. ordf.": "vice ordförande",
    "vice ordf.": "vice ordförande",
    "vice ordf": "vice ordförande",
    "förste vice ordf.": "förste vice ordförande",
    "andre vice ordf.": "andre vice ordförande",
    "1:e vice ordf.": "1:e vice ordförande",
    "2:e vice ordf.": "2:e vice ordförande",
}

Record = dict[str, Any]


# ------------------------------------------------------------------ normalisation
def norm_ws(s: str) -> str:
    """NFC-normalise and collapse whitespace."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def norm_name(s: Any) -> str:
    """Fold case and whitespace of a name; keep diacritics."""
    if not isinstance(s, str):
        return ""
    return norm_ws(s).casefold().strip(" ,.;:")


def norm_party(s: Any) -> str | None:
    """Upper-case a party abbreviation without brackets or punctuation."""
    if not isinstance(s, str) or not s.strip():
        return None
    return s.strip().strip("(),.;: ").strip().upper() or None


def norm_opt(s: Any) -> str | None:
    """Fold an optional free-text value; ``None`` when empty."""
    if not isinstance(s, str) or not s.strip():
        return None
    return norm_ws(s).casefold().strip(" ,.;:") or None


def norm_role(s: Any) -> str:
    """Lower-case a role and expand the usual abbreviations."""
    r = norm_ws(str(s)).casefold().strip(" ,;:")
    return ROLE_ALIASES.get(r, r.rstrip("."))


def norm_roles(roles: Any) -> frozenset[str] | None:
    """The set of normalised roles; ``None`` when there are none."""
    found = frozenset(r for r in map(norm_role, as_list(roles)) if r)
    return found or None


def norm_number(n: Any) -> str:
    """An item number without ``§`` or a body prefix such as ``KS``."""
    if n is None:
        return ""
    s = str(n).replace("§", "").strip()
    s = re.sub(r"^(sn|ks|kf|au|§)\s*", "", s, flags=re.I)
    return s.strip(" .")


def norm_title(t: Any) -> str:
    """Fold an item title and drop a leading item number."""
    t = norm_ws(str(t or "")).casefold()
    return re.sub(r"^(§+\s*)?\d+[a-z]?\s*[.):]?\s+", "", t).strip(" .:")


def norm_scalar(v: Any) -> str | None:
    """A date, time or type value as a stripped string; ``None`` when empty."""
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def tokens(s: Any) -> Counter[str]:
    """Bag of case-folded word tokens."""
    text = s if isinstance(s, str) else ""
    return Counter(re.findall(r"\w+", norm_ws(text).casefold()))


def token_f1(a: str, b: str) -> float:
    """Token F1 between two strings (1.0 when both are empty)."""
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def title_sim(a: str, b: str) -> float:
    """Similarity of two normalised titles: the better of token F1 and sequence ratio."""
    if a == b:
        return 1.0
    return max(token_f1(a, b), difflib.SequenceMatcher(None, a, b).ratio())


def get(d: Any, *path: str) -> Any:
    """Follow keys through nested dicts; ``None`` when a step is missing."""
    for k in path:
        if not isinstance(d, dict):
            return None
        d = d.get(k)
    return d


def as_list(x: Any) -> list[Any]:
    """``x`` when it is a list, else an empty list."""
    return x if isinstance(x, list) else []


def dicts(x: Any) -> list[Record]:
    """The dict entries of a list value."""
    return [e for e in as_list(x) if isinstance(e, dict)]


def decision_text(item: Record) -> str:
    """All decisions of an item as one string."""
    return " ".join(str(x) for x in as_list(item.get("decisions")))


# ------------------------------------------------------------------ counting
@dataclass
class Counts:
    """True positives, predicted and gold units of one field."""

    tp: float = 0.0
    pred: float = 0.0
    gold: float = 0.0

    def add(self, tp: float, pred: float, gold: float) -> None:
        """Add units."""
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def active(self) -> bool:
        """Whether there is anything to score."""
        return self.pred > 0 or self.gold > 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 (0 where undefined)."""
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Score:
    """Counts per field and mismatch notes for one document."""

    counts: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, tp: float, pred: float, gold: float) -> None:
        """Add units to a field."""
        self.counts[name].add(tp, pred, gold)

    def add_sets(self, name: str, gold: set[Hashable], pred: set[Hashable]) -> None:
        """Add a set comparison to a field."""
        self.add(name, len(gold & pred), len(pred), len(gold))

    def add_tokens(self, name: str, gold: str, pred: str) -> float:
        """Add a bag-of-words comparison to a field; return its token F1."""
        tg, tp_ = tokens(gold), tokens(pred)
        self.add(name, sum((tg & tp_).values()), sum(tp_.values()), sum(tg.values()))
        return token_f1(gold, pred)

    def note(self, text: str) -> None:
        """Record a mismatch."""
        self.notes.append(text)

    def mean_f1(self) -> float | None:
        """Mean F1 of the fields that apply to this document."""
        vals = [c.prf()[2] for c in self.counts.values() if c.active]
        return sum(vals) / len(vals) if vals else None


# ------------------------------------------------------------------ scoring
def attendee_map(rec: Record) -> tuple[dict[str, Record], int]:
    """Attendees by normalised name (first wins) and the number of named entries."""
    by_name: dict[str, Record] = {}
    n = 0
    for a in dicts(rec.get("attendees")):
        key = norm_name(a.get("name"))
        if key:
            n += 1
            by_name.setdefault(key, a)
    return by_name, n


ATTRIBUTES: dict[str, Callable[[Record], Any]] = {
    "group": lambda a: norm_scalar(a.get("group")),
    "party": lambda a: norm_party(a.get("party")),
    "organisation": lambda a: norm_opt(a.get("organisation")),
    "roles": lambda a: norm_roles(a.get("roles")),
    "replaces": lambda a: norm_opt(a.get("replaces")),
}


def show(v: Any) -> Any:
    """A value for display (sorted list for role sets)."""
    return sorted(v) if isinstance(v, frozenset) else v


def score_attendees(gold: Record, pred: Record, sc: Score) -> None:
    """Attendee names and their attributes."""
    g_att, _ = attendee_map(gold)
    p_att, n_pred = attendee_map(pred)
    sc.add("attendees", len(g_att.keys() & p_att.keys()), n_pred, len(g_att))
    missing, extra = sorted(g_att.keys() - p_att.keys()), sorted(p_att.keys() - g_att.keys())
    if missing:
        sc.note(f"attendees missing: {missing}")
    if extra:
        sc.note(f"attendees extra: {extra}")
    if n_pred > len(p_att):
        sc.note(f"attendees duplicated: {n_pred - len(p_att)}")
    for label, fn in ATTRIBUTES.items():
        for key, ga in g_att.items():
            gv = fn(ga)
            pv = fn(p_att[key]) if key in p_att else None
            sc.add(
                label,
                float(gv is not None and gv == pv),
                float(pv is not None),
                float(gv is not None),
            )
            if key in p_att and gv != pv:
                sc.note(f"{label:<12} {key}: gold={show(gv)!r} pred={show(pv)!r}")


def substitution_pairs(rec: Record) -> set[tuple[str, str]]:
    """(substitute, replaced) normalised name pairs."""
    return {
        (norm_name(s.get("substitute")), norm_name(s.get("replaced")))
        for s in dicts(rec.get("substitutions"))
    }


def score_substitutions(gold: Record, pred: Record, sc: Score) -> None:
    """Substitution pairs."""
    gp, pp = substitution_pairs(gold), substitution_pairs(pred)
    sc.add_sets("substitutions", gp, pp)
    if gp != pp:
        sc.note(f"substitutions missing: {sorted(gp - pp)} extra: {sorted(pp - gp)}")


def match_items(g_items: list[Record], p_items: list[Record]) -> list[tuple[int, int, float]]:
    """Greedy (gold index, predicted index, title similarity) matches, as score.py does."""
    used: set[int] = set()
    matches = []
    for gi, g in enumerate(g_items):
        gn, gt = norm_number(g.get("number")), norm_title(g.get("title"))
        best, best_s = None, 0.0
        for pj, p in enumerate(p_items):
            if pj in used:
                continue
            pn = norm_number(p.get("number"))
            s = title_sim(gt, norm_title(p.get("title")))
            ok = s >= 0.5 if (gn and pn and gn == pn) else (s >= 0.8 and not (gn and pn))
            if ok and s > best_s:
                best, best_s = pj, s
        if best is not None:
            used.add(best)
            matches.append((gi, best, best_s))
    return matches


def names(values: Any) -> set[str]:
    """Normalised non-empty names from a list."""
    return {n for n in (norm_name(x) for x in as_list(values)) if n}


def score_matched_item(g: Record, p: Record, sim: float, sc: Score) -> None:
    """Title, presenters and decisions of one matched item."""
    label = f"item {g.get('number')!r}"
    if sim < 1.0:
        sc.note(f"{label} title {sim:.2f}: gold={g.get('title')!r} pred={p.get('title')!r}")
    gpres, ppres = names(g.get("presenters")), names(p.get("presenters"))
    sc.add_sets("presenters", gpres, ppres)
    if gpres != ppres:
        sc.note(f"{label} presenters gold={sorted(gpres)} pred={sorted(ppres)}")
    gd, pd = decision_text(g), decision_text(p)
    f1 = sc.add_tokens("decisions", gd, pd)
    if f1 < 1.0:
        n_gold, n_pred = sum(tokens(gd).values()), sum(tokens(pd).values())
        sc.note(f"{label} decisions token F1 {f1:.2f} (gold {n_gold} tokens, pred {n_pred})")


def score_items(gold: Record, pred: Record, sc: Score) -> None:
    """Agenda items, their titles, presenters and decisions."""
    g_items, p_items = dicts(gold.get("agenda_items")), dicts(pred.get("agenda_items"))
    matches = match_items(g_items, p_items)
    sc.add("items", len(matches), len(p_items), len(g_items))
    sc.add("item_titles", sum(s for _, _, s in matches), len(p_items), len(g_items))
    by_gold = {gi: (pj, s) for gi, pj, s in matches}
    for gi, g in enumerate(g_items):
        if gi in by_gold:
            pj, sim = by_gold[gi]
            score_matched_item(g, p_items[pj], sim, sc)
            continue
        sc.note(f"item missing: {g.get('number')!r} {g.get('title')!r}")
        sc.add_sets("presenters", names(g.get("presenters")), set())
        sc.add_tokens("decisions", decision_text(g), "")
    matched_pred = {pj for _, pj, _ in matches}
    for pj, p in enumerate(p_items):
        if pj not in matched_pred:
            sc.note(f"item extra: {p.get('number')!r} {p.get('title')!r}")
            sc.add_tokens("decisions", "", decision_text(p))


def score_meeting(gold: Record, pred: Record, sc: Score) -> None:
    """Dates, times, meeting text fields and the document type."""
    scalars = {**SCALAR_FIELDS, "document_type": ("document_type",)}
    for label, path in scalars.items():
        gv, pv = norm_scalar(get(gold, *path)), norm_scalar(get(pred, *path))
        hit = gv is not None and gv == pv
        sc.add(label, float(hit), float(pv is not None), float(gv is not None))
        if gv != pv:
            sc.note(f"{label:<12} gold={gv!r} pred={pv!r}")
    for label, path in TEXT_FIELDS.items():
        gv, pv = get(gold, *path), get(pred, *path)
        gs, ps = gv if isinstance(gv, str) else "", pv if isinstance(pv, str) else ""
        f1 = sc.add_tokens(label, gs, ps)
        if f1 < 1.0:
            sc.note(f"{label:<12} token F1 {f1:.2f}: gold={gv!r} pred={pv!r}")


def slides_by_number(rec: Record) -> dict[Any, Record]:
    """Slides keyed by their number (position when missing)."""
    out: dict[Any, Record] = {}
    for i, s in enumerate(dicts(rec.get("slides")), 1):
        try:
            n = int(s.get("number", i))
        except (TypeError, ValueError):
            n = i
        out.setdefault(n, s)
    return out


def score_slides(gold: Record, pred: Record, sc: Score) -> None:
    """Slide count and slide titles (presentations only)."""
    gs, ps = dicts(gold.get("slides")), dicts(pred.get("slides"))
    sc.add("slides", min(len(gs), len(ps)), len(ps), len(gs))
    if len(gs) != len(ps):
        sc.note(f"slides       gold={len(gs)} pred={len(ps)}")
    p_by = slides_by_number(pred)
    hits = 0
    for n, g in slides_by_number(gold).items():
        gt = norm_opt(g.get("title")) or ""
        pt = norm_opt((p_by.get(n) or {}).get("title")) or ""
        if n in p_by and gt == pt:
            hits += 1
        else:
            sc.note(
                f"slide {n} title gold={g.get('title')!r} pred={p_by.get(n, {}).get('title')!r}"
            )
    sc.add("slide_titles", hits, len(ps), len(gs))


def score_document(gold: Record, pred: Record) -> Score:
    """All field counts of one document."""
    sc = Score()
    score_meeting(gold, pred, sc)
    score_attendees(gold, pred, sc)
    score_substitutions(gold, pred, sc)
    score_items(gold, pred, sc)
    if gold.get("document_type") == "presentation":
        score_slides(gold, pred, sc)
    return sc


# ------------------------------------------------------------------ running
@dataclass
class Doc:
    """A document with its gold record."""

    name: str
    path: Path
    gold: Record


@dataclass
class Result:
    """The outcome of extracting and scoring one document."""

    doc: Doc
    status: str
    seconds: float
    score: Score


def find_docs(dirs: Iterable[Path]) -> list[Doc]:
    """Documents with a ``<stem>.gold.json`` beside them."""
    docs = []
    for d in dirs:
        if not d.is_dir():
            print(f"warning: not a folder: {d}", file=sys.stderr)
            continue
        for path in sorted(d.iterdir()):
            gold_path = path.with_name(path.stem + ".gold.json")
            if path.suffix.lower() in DOC_SUFFIXES and gold_path.is_file():
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                docs.append(Doc(display_name(path), path.resolve(), gold))
    return docs


def display_name(path: Path) -> str:
    """A path relative to the repository when possible."""
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def default_cmd() -> str:
    """The ``minutes`` next to this interpreter, else the one on PATH."""
    exe = Path(sys.executable).parent / "minutes"
    prog = shlex.quote(str(exe)) if exe.exists() else "minutes"
    return f"{prog} extract {{file}} --json"


def run_shell(cmd: str, timeout: float) -> tuple[int, bytes, bytes]:
    """Run a shell command in its own process group; kill the group on timeout."""
    with subprocess.Popen(
        cmd,
        shell=True,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    ) as proc:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise
        return proc.returncode, out, err


def run_extract(template: str, path: Path, timeout: float) -> tuple[Record | None, str]:
    """Run the command on one file; the parsed record or ``None`` and a status."""
    cmd = template.replace("{file}", shlex.quote(str(path)))
    try:
        code, out, err = run_shell(cmd, timeout)
    except subprocess.TimeoutExpired:
        return None, f"timeout after {timeout:g}s"
    except (OSError, ValueError) as e:
        return None, f"cannot run: {e}"
    if code != 0:
        lines = err.decode("utf-8", "replace").strip().splitlines()
        return None, f"exit {code}: {lines[-1] if lines else 'no stderr'}"
    try:
        data = json.loads(out.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return None, f"bad json: {e}"
    if not isinstance(data, dict):
        return None, "bad json: not an object"
    return data, "ok"


def evaluate(doc: Doc, template: str, timeout: float) -> Result:
    """Extract and score one document; failures score as an empty prediction."""
    t0 = time.monotonic()
    pred, status = run_extract(template, doc.path, timeout)
    seconds = time.monotonic() - t0
    return Result(doc, status, seconds, score_document(doc.gold, pred or {}))


# ------------------------------------------------------------------ report
def fmt_num(x: float) -> str:
    """An integer count as such, a soft count with two decimals."""
    return str(int(x)) if float(x).is_integer() else f"{x:.2f}"


def total_counts(results: list[Result]) -> dict[str, Counts]:
    """Field counts summed over all documents."""
    totals = {f: Counts() for f in FIELDS}
    for res in results:
        for f, c in res.score.counts.items():
            totals[f].add(c.tp, c.pred, c.gold)
    return totals


def print_documents(results: list[Result]) -> None:
    """The per-document table and the failures."""
    width = max([len("document"), *(len(r.doc.name) for r in results)])
    print(f"{'document':<{width}}  {'status':<8} {'secs':>6}  {'mean F1':>7}")
    print("-" * (width + 27))
    for r in results:
        mean = r.score.mean_f1()
        shown = f"{mean:.3f}" if mean is not None else "-"
        status = "ok" if r.status == "ok" else "FAILED"
        print(f"{r.doc.name:<{width}}  {status:<8} {r.seconds:6.1f}  {shown:>7}")
    for r in results:
        if r.status != "ok":
            print(f"failed: {r.doc.name}: {r.status}")
    print()


def print_fields(totals: dict[str, Counts]) -> None:
    """The field table."""
    print(f"{'field':<22}{'tp':>9}{'pred':>8}{'gold':>8}{'precision':>11}{'recall':>8}{'F1':>8}")
    print("-" * 74)
    for f, c in totals.items():
        nums = f"{f:<22}{fmt_num(c.tp):>9}{fmt_num(c.pred):>8}{fmt_num(c.gold):>8}"
        if not c.active:
            print(f"{nums}{'-':>11}{'-':>8}{'-':>8}")
            continue
        p, r, f1 = c.prf()
        print(f"{nums}{p:>11.3f}{r:>8.3f}{f1:>8.3f}")
    print("(- = no gold and no prediction; left out of the overall figure)")
    print()


def print_details(results: list[Result]) -> None:
    """Mismatches per document."""
    for r in results:
        print(f"details {r.doc.name} ({r.status})")
        for line in r.score.notes or ["no mismatches"]:
            print(f"  {line}")
        print()


def overall_f1(totals: dict[str, Counts]) -> float:
    """Mean F1 over the fields with any gold or prediction."""
    vals = [c.prf()[2] for c in totals.values() if c.active]
    return sum(vals) / len(vals) if vals else 0.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("dirs", nargs="*", type=Path, metavar="DIR", help="folders with gold")
    ap.add_argument("--cmd", help='command template with {file} (default: "minutes extract …")')
    ap.add_argument("--details", action="store_true", help="print mismatches per document")
    ap.add_argument("--jobs", type=int, default=2, help="documents run in parallel (default 2)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per document")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the report."""
    args = parse_args(argv)
    dirs = [d if d.is_absolute() else Path.cwd() / d for d in args.dirs] or [DEFAULT_DIR]
    docs = find_docs(dirs)
    if not docs:
        print(f"no documents with gold found in {', '.join(map(str, dirs))}")
        print("overall F1 0.000")
        return 0
    template = args.cmd or default_cmd()
    t0 = time.monotonic()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda d: evaluate(d, template, args.timeout), docs))
    totals = total_counts(results)
    print_documents(results)
    print_fields(totals)
    if args.details:
        print_details(results)
    failed = sum(r.status != "ok" for r in results)
    elapsed = time.monotonic() - t0
    print(f"documents {len(results)}, failed {failed}, wall time {elapsed:.1f}s")
    print(f"overall F1 {overall_f1(totals):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
