"""Maps sentence picks made on one sentence split onto another (issue 14: "Sens." and "Reps." stopped ending a
sentence, so some picked articles' sentences merged and later positions moved; then The Hill's link hover text came
out of the text before the split, so some sentences lost words and some merged).

  python3 remap_picks.py PICKS.jsonl OLD_SPLIT.jsonl NEW_SPLIT.jsonl OUT.jsonl

OLD_SPLIT and NEW_SPLIT come from SplitDump.java run with the old and the new build on the picked articles. A pick
moves to the new sentence that holds the old sentence's text (itself, or the sentence it merged into), or, when
words came out of it, to the new sentence whose words are most nearly all in it (the nearest of equals); its hash is
the new sentence's. A labelling whose two picks merged keeps the one sentence. Articles absent from the splits are
copied as they are. Prints what moved."""
import hashlib, json, sys


def sha12(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def words(text):
    return set(text.split())


def closest(old_sentence, after, p):
    """The new sentence that holds the old one's text, else the one whose words are most nearly all in it."""
    for i, s in enumerate(after):
        if old_sentence in s:
            return i, False
    ws = words(old_sentence)
    share = lambda i: len(words(after[i]) & ws) / max(1, len(words(after[i])))
    return max(range(len(after)), key=lambda i: (share(i), -abs(i - p))), True


def splits(path):
    return {r["id"]: r["sentences"] for r in map(json.loads, open(path)) if r}


def main(picks_path, old_path, new_path, out_path):
    old, new = splits(old_path), splits(new_path)
    moved = merged = changed = 0
    with open(out_path, "w") as out:
        for line in open(picks_path):
            pick = json.loads(line)
            if pick["id"] in old and old[pick["id"]] != new[pick["id"]]:
                before, after = old[pick["id"]], new[pick["id"]]
                positions, hashes = [], []
                for p, h in zip(pick["sentences"], pick["sentence_sha256"]):
                    assert sha12(before[p]) == h, f"{pick['id']}: pick {p} is not on the old split"
                    q, words_out = closest(before[p], after, p)
                    moved += q != p
                    if words_out:
                        changed += 1
                        print(f"{pick['id']} {p}->{q}: {before[p][:70]!r} -> {after[q][:70]!r}")
                    if q in positions:
                        merged += 1
                        continue
                    positions.append(q)
                    hashes.append(sha12(after[q]))
                pick = dict(pick, sentences=positions, sentence_sha256=hashes)
            out.write(json.dumps(pick, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"{moved} picks moved, {merged} merged into a sentence the labelling had already, {changed} lost words")


if __name__ == "__main__":
    main(*sys.argv[1:])
