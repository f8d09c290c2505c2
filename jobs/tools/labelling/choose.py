"""Chooses corpus articles for the next labelling round (active learning) and writes the annotators' batches.
Scores every unlabelled article of ../shared/corpora with the topics-v4 recipe (the replica: NB-LR 0.5, corpus IDF)
trained on the labelled set plus EXTRA (fit only), calibrated on the labelled rows' inner out-of-fold scores; takes the
articles each RULE asks for, leaving out those labelled or annotated already; mixes in CHECK unmarked rows of the
labelled set (for agreement.py); deals everything into BATCHES files of {id, title, text} (texts cut at 5,000
characters) with items.json. Annotators then follow PROMPT.md, one per batch.
Usage: EXTRA=data/labels/topics-extra.jsonl research/topic-recipe-replica/run.sh jobs/tools/labelling/choose.py OUT SEED CHECK BATCHES RULE...
RULE is TOPIC:LOW:HIGH:N[:nearest], N articles drawn at random among those whose calibrated score for TOPIC is in
[LOW, HIGH) (N 'all' for every one), or with ':nearest' the N nearest the topic's threshold, e.g.
human_rights:0.1:1:all human_rights:0.05:0.1:200 diplomacy:0.15:0.6:140:nearest. EXTRA may be an empty file (round 1)."""
import os, sys, random
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../research/more-labels'))
from extra_labels import *
out, seed, n_check, n_batches, rules = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:]
os.makedirs(out, exist_ok=True)
nb = nb_margins(alpha=1.0, beta=0.5)
check_file = os.path.join(os.path.dirname(EXTRA), 'topics-extra-check.jsonl')
checked = {json.loads(l)['id'] for l in open(check_file)} if os.path.exists(check_file) else set()
rest = [r for r in POOL if r['id'] not in exids and len((r.get('text') or '').strip()) > 50]
D, DX, Pd = docs_tm(rows), docs_tm(XR), docs_tm(rest)
v = Vectorizer().fit(D + DX, idf_docs=D + DX + Pd)
X, Xx, XP = v.transform(D), v.transform(DX), v.transform(Pd)
fit = lambda Xa, Ya: nb(sp.vstack([Xa, Xx]).tocsr(), np.vstack([Ya, YX]))
fi = strat_folds(Y, 5, 1); oof = np.zeros((X.shape[0], 3))
for ik in range(5):
    oof[fi == ik] = fit(X[fi != ik], Y[fi != ik])(X[fi == ik])
M = fit(X, Y)(XP); probs = np.zeros(M.shape); thresholds = []
for j in range(3):
    a, b = platt_fit(oof[:, j], Y[:, j]); probs[:, j] = sigmoid(a * M[:, j] + b)
    thresholds.append(best_threshold(sigmoid(a * oof[:, j] + b), Y[:, j]))
rng = random.Random(seed); chosen, seen = [], set()
for rule in rules:
    topic, lo, hi, n, *how = rule.split(':'); j = TOPICS.index(topic)
    band = [i for i in range(len(rest)) if float(lo) <= probs[i, j] < float(hi) and rest[i]['id'] not in seen]
    rng.shuffle(band)
    if how == ['nearest']: band.sort(key=lambda i: abs(probs[i, j] - thresholds[j]))
    for i in (band if n == 'all' else band[:int(n)]):
        seen.add(rest[i]['id']); chosen.append(rest[i])
    print(f'{rule}: {len(band)} in the band, {len(chosen)} chosen so far')
check = rng.sample([r for r in rows if r['id'] not in checked], n_check)
items = [(r, False) for r in chosen] + [(r, True) for r in check]
rng.shuffle(items)
for b in range(n_batches):
    with open(f'{out}/batch-{b}.jsonl', 'w') as f:
        for r, _ in items[b::n_batches]:
            text = r.get('text') or ''
            f.write(json.dumps({'id': r['id'], 'title': r.get('title') or '', 'text': text[:5000] + (' [...cut]' if len(text) > 5000 else '')}) + '\n')
json.dump([{'id': r['id'], 'gold': g} for r, g in items], open(f'{out}/items.json', 'w'))
print(f'{len(chosen)} corpus articles and {len(check)} check rows in {n_batches} batches under {out}')
