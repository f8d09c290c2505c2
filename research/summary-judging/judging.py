#!/usr/bin/env python3
"""Blind pairwise judging of Briefing's summaries (issue 14). Standard library only.

  select   picks a tuning pool and a disjoint judging set from ../shared's modern corpora (fixed seed) and writes
           their articles as job input (outside the repo: the texts stay in ../shared's licence)
  select-round  a later round's judging set: same strata and sizes, a new seed, earlier ids excluded
  lead3    the clean Lead-3 of each article: the first three prose sentences, lines without closing punctuation
           or under 40 characters skipped
  pairs    for one comparison (new vs other), pair files for blind reading (order of A and B drawn per article)
           and the key file, kept apart
  tally    reads two readers' answer files with the key: preference rates with counts, and agreement
  audit    counts, over a summaries JSONL, the chosen sentences that look like page furniture, cut or glued
           sentences, or orphans (a machine check for the tuning pool and large samples; no reading needed)

See README.md beside this script for the whole protocol.
"""
import argparse, gzip, json, os, random, re, sys

CORPORA = os.environ.get("BRIEFING_SHARED", os.path.join(os.path.dirname(__file__), "../../../shared")) + "/corpora"
SEED = 14
MIN_CHARS, MAX_CHARS = 1500, 9000


def read_jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def candidates(hrds_chars=(MIN_CHARS, MAX_CHARS)):
    """Modern articles of judgeable length, per stratum, sorted by id so the seed alone decides the draw."""
    strata = {"allsides-2018-20": [], "allsides-2012-17": [], "hrds": [], "semeval23": []}
    for r in read_jsonl(CORPORA + "/allsides-news.jsonl.gz"):
        year = (r.get("date") or "")[:4]
        key = "allsides-2018-20" if year in ("2018", "2019", "2020") else "allsides-2012-17" if year.startswith("201") else None
        if key and MIN_CHARS <= len(r.get("text") or "") <= MAX_CHARS and r.get("title"):
            strata[key].append(r)
    for r in read_jsonl(CORPORA + "/hrds-attack-train.jsonl"):
        if hrds_chars[0] <= len(r.get("text") or "") <= hrds_chars[1]:
            strata["hrds"].append(r)
    for r in read_jsonl(CORPORA + "/semeval23-news.jsonl"):
        if MIN_CHARS <= len(r.get("text") or "") <= MAX_CHARS:
            strata["semeval23"].append(r)
    for rows in strata.values():
        rows.sort(key=lambda r: r["id"])
    return strata


JUDGING = {"allsides-2018-20": 36, "hrds": 12, "semeval23": 12}
TUNING = {"allsides-2018-20": 60, "allsides-2012-17": 60, "hrds": 40, "semeval23": 40}


def select(args):
    rng = random.Random(SEED)
    strata = candidates()
    judging, tuning = [], []
    for key, rows in strata.items():
        order = rows[:]
        rng.shuffle(order)
        j = JUDGING.get(key, 0)
        judging += order[:j]
        tuning += order[j:j + TUNING.get(key, 0)]
    os.makedirs(args.out, exist_ok=True)
    job = lambda r: {"id": r["id"], "title": r.get("title"), "text": r["text"]}
    write_jsonl(os.path.join(args.out, "judging.jsonl"), [job(r) for r in judging])
    write_jsonl(os.path.join(args.out, "tuning.jsonl"), [job(r) for r in tuning])
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "judging-ids.txt"), "w") as f:
        f.write("\n".join(r["id"] for r in judging) + "\n")
    with open(os.path.join(here, "tuning-ids.txt"), "w") as f:
        f.write("\n".join(r["id"] for r in tuning) + "\n")
    print(f"judging {len(judging)}, tuning {len(tuning)}; candidates " +
          ", ".join(f"{k} {len(v)}" for k, v in strata.items()))


def select_round(args):
    """A later round's judging set: the same strata and sizes, a new seed, none of the ids in the --exclude files."""
    excluded = set()
    for path in args.exclude:
        excluded |= {line.strip() for line in open(path) if line.strip()}
    rng = random.Random(args.seed)
    judging = []
    for key, rows in (candidates(args.hrds_chars) if args.hrds_chars else candidates()).items():
        order = [r for r in rows if r["id"] not in excluded]
        rng.shuffle(order)
        judging += order[:JUDGING.get(key, 0)]
        if JUDGING.get(key, 0):
            print(f"{key}: {min(len(order), JUDGING[key])} of {JUDGING[key]} ({len(order)} left to draw from)")
    os.makedirs(args.out, exist_ok=True)
    write_jsonl(os.path.join(args.out, "judging.jsonl"), [{"id": r["id"], "title": r.get("title"), "text": r["text"]} for r in judging])
    with open(args.ids, "w") as f:
        f.write("\n".join(r["id"] for r in judging) + "\n")
    print(f"judging {len(judging)} (seed {args.seed}, {len(excluded)} ids excluded) -> {args.out}/judging.jsonl, ids -> {args.ids}")


# --- clean Lead-3 ------------------------------------------------------------------------------------------------

ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "jr",
                 "sr", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
                 "nov", "dec", "mt", "ft", "rev", "hon", "pres", "adm", "maj", "cmdr", "gens", "reps", "sens", "e.g",
                 "i.e", "etc", "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m"}
CLOSING = tuple('.!?"\'”’)')
BOUNDARY = re.compile(r'([.!?]["\'”’)]*)\s+(?=["“‘(]?[A-Z0-9])')


def split_sentences(paragraph):
    out, start = [], 0
    for m in BOUNDARY.finditer(paragraph):
        before = paragraph[start:m.end(1)]
        word = re.search(r"(\S+)$", paragraph[:m.start(1)] + ".")
        token = (word.group(1) if word else "").lower().strip("\"'“‘(").rstrip(".")
        if m.group(1) == "." and (token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"([a-z]\.)+[a-z]", token)):
            continue
        out.append(before.strip())
        start = m.end()
    rest = paragraph[start:].strip()
    if rest:
        out.append(rest)
    return out


def lead3(text, n=3):
    sentences = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if len(line) < 40 or not line.endswith(CLOSING):
            continue
        sentences += split_sentences(line)
        if len(sentences) >= n:
            break
    return " ".join(sentences[:n])


def lead3_cmd(args):
    rows = [{"id": r["id"], "summary": lead3(r["text"])} for r in read_jsonl(args.articles)]
    write_jsonl(args.out, rows)
    print(f"{len(rows)} Lead-3 summaries -> {args.out}")


# --- pairs and keys ----------------------------------------------------------------------------------------------

READER_NOTE = """For each article: read the article, then summaries A and B, and write one line to your answer file:
    <article id> A        (A is the better summary for an analyst)
    <article id> B
    <article id> tie      (only when neither is better, and always when A and B are the same text)
"""


def summaries(path):
    return {r["id"]: r["summary"] for r in read_jsonl(path)}


def pairs(args):
    articles = list(read_jsonl(args.articles))
    new, other = summaries(args.new), summaries(args.other)
    missing = [r["id"] for r in articles if not new.get(r["id"]) or not other.get(r["id"])]
    if missing:
        sys.exit(f"no summary for {len(missing)} articles, e.g. {missing[:3]}")
    rng = random.Random(f"{SEED}-{args.name}")
    os.makedirs(args.pairs, exist_ok=True)
    os.makedirs(args.keys, exist_ok=True)
    order = articles[:]
    rng.shuffle(order)
    key_lines = []
    with open(os.path.join(args.pairs, f"{args.name}.md"), "w", encoding="utf-8") as f:
        f.write(f"# Pair file {args.name}: {len(order)} articles\n\n{READER_NOTE}\n")
        for k, r in enumerate(order, 1):
            a_is_new = rng.random() < 0.5
            a, b = (new[r["id"]], other[r["id"]]) if a_is_new else (other[r["id"]], new[r["id"]])
            f.write(f"\n\n======== {k}/{len(order)}  id: {r['id']} ========\n\n")
            f.write(f"TITLE: {r.get('title') or '(none)'}\n\nARTICLE:\n{r['text'].strip()}\n\n")
            f.write(f"-------- SUMMARY A --------\n{a}\n\n-------- SUMMARY B --------\n{b}\n")
            same = " ".join(a.split()) == " ".join(b.split())
            key_lines.append(f"{r['id']}\t{'new' if a_is_new else 'other'}\t{'other' if a_is_new else 'new'}{chr(9) + 'identical' if same else ''}\n")
    with open(os.path.join(args.pairs, f"{args.name}.answers-template.txt"), "w") as f:
        f.write("".join(f"{r['id']} \n" for r in order))
    with open(os.path.join(args.keys, f"{args.name}.key.tsv"), "w") as f:
        f.write(f"# {args.name}: id, who is A, who is B (new = {args.new}, other = {args.other})\n")
        f.writelines(key_lines)
    print(f"{len(order)} pairs -> {args.pairs}/{args.name}.md; key -> {args.keys}/{args.name}.key.tsv")


# --- tally -------------------------------------------------------------------------------------------------------

def read_key(path):
    key = {}
    for line in open(path):
        if line.startswith("#") or not line.strip():
            continue
        i, a, b, *same = line.split()
        key[i] = {"A": a, "B": b, "identical": bool(same)}
    return key


def read_answers(path, key):
    answers = {}
    for n, line in enumerate(open(path), 1):
        parts = line.replace(",", " ").replace(":", " ").split()
        if not parts or parts[0].startswith("#"):
            continue
        if len(parts) < 2 or parts[0] not in key or parts[1].upper() not in ("A", "B", "TIE"):
            sys.exit(f"{path}:{n}: expected '<id> A|B|tie', got: {line.strip()}")
        choice = parts[1].upper()
        # Two identical summaries are a tie whatever a reader wrote: neither system can be preferred.
        answers[parts[0]] = "tie" if choice == "TIE" or key[parts[0]]["identical"] else key[parts[0]][choice]
    return answers


def tally(args):
    key = read_key(args.key)
    readers = [read_answers(p, key) for p in args.answers]
    ids = [i for i in key if all(i in r for r in readers)]
    missing = len(key) - len(ids)
    n = len(ids)
    pct = lambda c: f"{c} ({100.0 * c / n:.1f}%)" if n else str(c)
    for p, r in zip(args.answers, readers):
        counts = {v: sum(1 for i in ids if r[i] == v) for v in ("new", "other", "tie")}
        print(f"{os.path.basename(p)}: prefers new {pct(counts['new'])}, other {pct(counts['other'])}, tie {pct(counts['tie'])}")
    if len(readers) >= 2:
        both_new = sum(1 for i in ids if all(r[i] == "new" for r in readers))
        both_other = sum(1 for i in ids if all(r[i] == "other" for r in readers))
        agree = sum(1 for i in ids if len({r[i] for r in readers}) == 1)
        identical = sum(1 for i in ids if key[i]["identical"])
        print(f"articles judged by every reader: {n}" + (f" ({missing} missing)" if missing else "")
              + (f", {identical} with identical summaries (counted as ties)" if identical else ""))
        print(f"both readers prefer new:   {pct(both_new)}")
        print(f"both readers prefer other: {pct(both_other)}")
        print(f"split or tie:              {pct(n - both_new - both_other)}")
        print(f"readers agree (same answer): {pct(agree)}")


# --- audit -------------------------------------------------------------------------------------------------------

FURNITURE = [(name, re.compile(p)) for name, p in [
    ("video block", r"JUST WATCHED|Replay More Videos|MUST WATCH|Play Video|– video$|- video$|^CLOSE "),
    ("highlights box", r"(?i)story highlights"),
    ("teaser", r"(?i)\(\s*also on|^read more|read more\.?$|^related:|^more:|^watch:|read or share this story"),
    ("chart source", r"\bSources?: |via Bloomberg"),
    ("photo credit or caption", r"(?i)getty images|\(photo|ap photo|/afp|reuters/|/reuters|toggle caption|file photo|slideshow|©"),
    ("headline in capitals", r"\b(?:[A-Z’'-]{2,}[,:]? ){5,}[A-Z’'-]{2,}"),
    ("subscription or share prompt", r"(?i)sign up for|subscribe|newsletter|follow us|click here|share this|donat"),
    ("petition", r"^Goal: |I demand that you|[Ss]ign (the|this) petition"),
    ("e-mail or handle", r"[\w.]+@\w|email protected"),
    ("link hover text", r" MORE\b"),
    ("byline", r"^By [A-Z][a-z]+ [A-Z]"),
]]
GLUED = re.compile(r"[a-z]{2}\.[A-Z][a-z]")
LIST_ITEM = re.compile(r"^\s*(?:[•·▪●◦■*>\-–—]|\(?\d{1,2}[.)]\s|[A-Z]{3,}(?: [A-Z]{2,})*(?: \d+)?:|[A-Z]{3,} \d+\b)")
TWEET = re.compile(r"pic\.twitter\.com|twitter\.com/|\bt\.co/|\(@\w+\)|https?://")
NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Za-z]+)*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:[-'’][A-Za-z]+)*)*")
HONORIFIC = {"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "President", "Senator", "Judge", "Minister", "Secretary",
             "The", "In", "On", "At", "But", "And", "When", "After", "Former", "Speaker", "Mayor", "Chief", "Officer"}


def unintroduced_surnames(article, title, chosen_texts):
    """Surnames a summary uses alone whose full name (first and last, as the article gives it) the summary never gives:
    a rough check; a surname the title names, or that the article uses alone before its full name, counts as known."""
    full, bare_first, full_first = set(), {}, {}
    def words_of(run):
        words = [w.rstrip(".") for w in run.split()]
        while len(words) > 1 and words[0] in HONORIFIC:
            words = words[1:]
        return words
    for k, m in enumerate(NAME_RUN.finditer(article)):
        words = words_of(m.group())
        last = re.sub(r"['’]s$", "", words[-1])
        if len(words) >= 2:
            full.add(last)
            full_first.setdefault(last, m.start())
        else:
            bare_first.setdefault(last, m.start())
    lower = set(re.findall(r"\b[a-z][a-z'’-]+\b", article))
    summary = " ".join(chosen_texts)
    given = set()
    for m in NAME_RUN.finditer(summary + " " + (title or "")):
        words = words_of(m.group())
        if len(words) >= 2 or m.start() > len(summary):
            given.add(re.sub(r"['’]s$", "", words[-1]))
    out = []
    for m in NAME_RUN.finditer(summary):
        words = words_of(m.group())
        last = re.sub(r"['’]s$", "", words[-1])
        if len(words) == 1 and last in full and last not in given and last.lower() not in lower \
                and bare_first.get(last, 1 << 30) > full_first[last]:
            out.append(last)
    return out
ORPHAN = re.compile(r"^\W*(He|She|They|It|His|Her|Their|This|These|Those|But|And|Also|The statement|The move)\b")


def audit(args):
    rows = list(read_jsonl(args.summaries))
    articles = {r["id"]: r for r in read_jsonl(args.articles)} if args.articles else {}
    counts, examples, orphans, cut, summaries_with_any = {}, {}, 0, 0, 0
    fragments, tweets, surnames = 0, 0, 0
    for r in rows:
        sentences = r.get("summary_sentences") or [{"position": None, "text": t} for t in split_sentences(r["summary"])]
        positions = {s["position"] for s in sentences}
        hit = False
        for k, s in enumerate(sentences):
            t = s["text"].strip()
            for name, pattern in FURNITURE:
                if pattern.search(t):
                    counts[name] = counts.get(name, 0) + 1
                    examples.setdefault(name, r["id"])
                    hit = True
            quotes = t.count('"') + t.count("“") + t.count("”")
            if GLUED.search(t) or quotes % 2 or not t.endswith(CLOSING):
                cut += 1
                hit = True
            if k > 0 and s["position"] is not None and ORPHAN.match(t) and s["position"] - 1 not in positions:
                orphans += 1
                hit = True
            if LIST_ITEM.search(t):
                fragments += 1
                hit = True
            if TWEET.search(t):
                tweets += 1
                hit = True
        if r["id"] in articles:
            a = articles[r["id"]]
            missing = unintroduced_surnames(a["text"], a.get("title"), [s["text"] for s in sentences])
            surnames += len(missing)
            hit = hit or bool(missing)
        summaries_with_any += hit
    print(f"{len(rows)} summaries, {sum(len(r.get('summary_sentences') or []) for r in rows) or '?'} sentences")
    for name, _ in FURNITURE:
        print(f"  {name:30s} {counts.get(name, 0):4d}" + (f"   e.g. {examples[name]}" if name in examples else ""))
    print(f"  {'cut, glued or half-quoted':30s} {cut:4d}")
    print(f"  {'orphan opener (no antecedent)':30s} {orphans:4d}")
    print(f"  {'list item or label fragment':30s} {fragments:4d}")
    print(f"  {'tweet or link':30s} {tweets:4d}")
    if articles:
        print(f"  {'surname never introduced':30s} {surnames:4d}")
    print(f"summaries with any of these: {summaries_with_any}")


def char_range(text):
    """'MIN-MAX' as two ints, MIN <= MAX."""
    try:
        low, high = (int(x) for x in text.split("-"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected MIN-MAX, e.g. 9001-15000, not {text!r}")
    if low > high:
        raise argparse.ArgumentTypeError(f"MIN {low} is above MAX {high}")
    return low, high


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select"); s.add_argument("--out", required=True); s.set_defaults(f=select)
    s = sub.add_parser("select-round"); s.add_argument("--seed", type=int, required=True); s.add_argument("--out", required=True)
    s.add_argument("--ids", required=True); s.add_argument("--exclude", nargs="+", required=True)
    s.add_argument("--hrds-chars", type=char_range,
                   help="MIN-MAX: the HRDsAttack articles' length range (default %d-%d; later rounds drew other lengths "
                   "when those were used up: research/summary-judging/README.md)" % (MIN_CHARS, MAX_CHARS))
    s.set_defaults(f=select_round)
    s = sub.add_parser("lead3"); s.add_argument("--articles", required=True); s.add_argument("--out", required=True); s.set_defaults(f=lead3_cmd)
    s = sub.add_parser("pairs")
    for a in ("--name", "--articles", "--new", "--other", "--pairs", "--keys"):
        s.add_argument(a, required=True)
    s.set_defaults(f=pairs)
    s = sub.add_parser("audit"); s.add_argument("summaries"); s.add_argument("--articles", help="the articles JSONL: also counts surnames the summary never introduces"); s.set_defaults(f=audit)
    s = sub.add_parser("tally"); s.add_argument("--key", required=True); s.add_argument("answers", nargs="+"); s.set_defaults(f=tally)
    args = p.parse_args()
    args.f(args)


if __name__ == "__main__":
    main()
