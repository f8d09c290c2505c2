"""Maps sentence picks made on one sentence split onto another (issue 14: "Sens." and "Reps." stopped ending a
sentence, so some picked articles' sentences merged and later positions moved).

  python3 remap_picks.py PICKS.jsonl OLD_SPLIT.jsonl NEW_SPLIT.jsonl OUT.jsonl

OLD_SPLIT and NEW_SPLIT come from SplitDump.java run with the old and the new build on the picked articles. A pick
moves to the new sentence that holds the old sentence's text (itself, or the sentence it merged into); its hash is
the new sentence's. A labelling whose two picks merged keeps the one sentence. Articles absent from the splits are
copied as they are. Prints what moved."""
import hashlib, json, sys


def sha12(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def splits(path):
    return {r["id"]: r["sentences"] for r in map(json.loads, open(path)) if r}


def main(picks_path, old_path, new_path, out_path):
    old, new = splits(old_path), splits(new_path)
    moved = merged = 0
    with open(out_path, "w") as out:
        for line in open(picks_path):
            pick = json.loads(line)
            if pick["id"] in old and old[pick["id"]] != new[pick["id"]]:
                before, after = old[pick["id"]], new[pick["id"]]
                positions, hashes = [], []
                for p, h in zip(pick["sentences"], pick["sentence_sha256"]):
                    assert sha12(before[p]) == h, f"{pick['id']}: pick {p} is not on the old split"
                    q = next(i for i, s in enumerate(after) if before[p] in s)
                    moved += q != p
                    if q in positions:
                        merged += 1
                        continue
                    positions.append(q)
                    hashes.append(sha12(after[q]))
                pick = dict(pick, sentences=positions, sentence_sha256=hashes)
            out.write(json.dumps(pick, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"{moved} picks moved, {merged} merged into a sentence the labelling had already")


if __name__ == "__main__":
    main(*sys.argv[1:])
