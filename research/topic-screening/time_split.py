"""Screens topic-recipe variants on the time split, quickly (numpy/scipy replica of the recipe, not the product).
Train: the 1987-2005 labelled set, the modern labels dated up to 2017 and (fit only) the 1987-2005 extra labels;
test: the modern labels dated after 2017 (allsides 2018-20, hrds 2019-22, semeval23 2022). Thresholds: the F1-best
cut of each topic's out-of-fold margins from an inner 3-fold split of the labelled training rows.
Each variant the replica favoured was then measured with `bin/briefing evaluate --folds 5 --time-split 2017-12-31`.
With --kfold, the same variants by 5-fold stratified cross-validation of all labelled rows (1987-2005 and modern),
with the macro-F1 of each labels file's held-out rows.
Usage: research/topic-screening/run.sh [--kfold] [VARIANT...]  (no variant: every one)"""
import gzip, json, os, pickle, sys, numpy as np, scipy.sparse as sp
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '../topic-recipe-replica'))
from lib import TOPICS, words, terms_of, Vectorizer, lr_fit, lr_margin, f1, strat_folds
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../..')
SHARED = os.path.join(ROOT, '../shared')
WORK = os.environ.get('REPLICA_WORK', '/tmp/recipe-replica')

def corpus_rows():
    rows = {}
    for name in ['agnews-test.jsonl', 'bbc-news-summary.jsonl', 'reuters21578.jsonl', 'hrds-attack-train.jsonl', 'semeval23-news.jsonl', 'allsides-news.jsonl.gz']:
        opener = gzip.open if name.endswith('.gz') else open
        for l in opener(f'{SHARED}/corpora/{name}', 'rt'):
            r = json.loads(l)
            if r.get('text'): rows.setdefault(r['id'], r)
    return rows

CACHE = f'{WORK}/time-split-rows.pkl'
if os.path.exists(CACHE):
    POOL = pickle.load(open(CACHE, 'rb'))
else:
    POOL = corpus_rows(); pickle.dump(POOL, open(CACHE, 'wb'))
OLD = [json.loads(l) for l in open(f'{SHARED}/labels/topics.jsonl')]
MODERN = [json.loads(l) for l in open(f'{ROOT}/data/labels/topics-modern.jsonl')]
EXTRA = [json.loads(l) for l in open(f'{ROOT}/data/labels/topics-extra.jsonl')]
def text_of(r): return r if 'text' in r else POOL[r['id']]
def Y_of(rs): return np.array([[t in r['labels'] for t in TOPICS] for r in rs], bool)
later = lambda r: (r.get('date') or '') > '2017-12-31'
TRAIN = OLD + [r for r in MODERN if not later(r)]
TEST = [r for r in MODERN if later(r)]
labelled_ids = {r['id'] for r in OLD + MODERN + EXTRA}

def doc(r, title_weight=1, cut=None, lede_weight=0, lede_chars=600):
    a = text_of(r); text = a.get('text') or ''
    if cut: text = text[:cut]
    ws = words(a.get('title'), text, title_weight)
    if lede_weight: ws = ws + words(None, text[:lede_chars], 0) * lede_weight
    return terms_of(ws)

def nb_ratios(X, y, beta):
    p = 1 + np.asarray((X[y] > 0).sum(0)).ravel(); q = 1 + np.asarray((X[~y] > 0).sum(0)).ravel()
    l = np.log((p / p.sum()) / (q / q.sum()))
    return np.sign(l) * np.abs(l) ** beta

def scale(X, r):
    Z = X @ sp.diags(r); n = np.sqrt(np.asarray(Z.multiply(Z).sum(1))).ravel(); n[n == 0] = 1
    return sp.csr_matrix(sp.diags(1 / n) @ Z)

def fit_margins(X, Y, C, beta):
    models = []
    for j in range(3):
        r = nb_ratios(X, Y[:, j], beta) if beta else np.ones(X.shape[1])
        models.append((r, lr_fit(scale(X, r), Y[:, j], C)))
    return lambda Z: np.column_stack([lr_margin(w, scale(Z, r)) for r, w in models])

def best_cut(m, t):
    order = np.unique(np.quantile(m, np.linspace(0.3, 0.995, 140)))
    return max(order, key=lambda c: f1(m >= c, t))

def embeddings():
    """The all-MiniLM-L6-v2 vectors written by research/sentence-embeddings/Embed.java (title and text cut at 2,000 characters)."""
    emb = os.environ.get('EMB', '/tmp/embedding-probe')
    ids = open(f'{emb}/all.ids').read().split()
    V = np.fromfile(f'{emb}/all.f32', dtype='<f4').reshape(len(ids), 384).astype(float)
    return {i: v for i, v in zip(ids, V)}

def run(name, **variant):
    if KFOLD:
        rows = OLD + MODERN
        folds = strat_folds(Y_of(rows), 5, 20261122)
        P = np.zeros((len(rows), 3), bool)
        for k in range(5):
            P[folds == k] = held_out([r for r, f in zip(rows, folds) if f != k], [r for r, f in zip(rows, folds) if f == k], **variant)
        YT = Y_of(rows)
        old = np.array([i < len(OLD) for i in range(len(rows))])
        fs = lambda m: [f1(P[m, j], YT[m, j]) for j in range(3)]
        a, o, n = fs(np.ones(len(rows), bool)), fs(old), fs(~old)
        print(f"{name:44s} 5-fold: s={a[0]:.3f} hr={a[1]:.3f} d={a[2]:.3f} macro={np.mean(a):.3f} | topics.jsonl={np.mean(o):.3f} modern={np.mean(n):.3f}", flush=True)
        return
    P = held_out(TRAIN, TEST, **variant)
    YT = Y_of(TEST)
    fs = [f1(P[:, j], YT[:, j]) for j in range(3)]
    groups = {g: np.array([r['id'].startswith(g) for r in TEST]) for g in ['allsides', 'hrds', 'semeval23']}
    by = ' '.join(f"{g}={np.mean([f1(P[m, j], YT[m, j]) for j in range(3)]):.3f}" for g, m in groups.items())
    rec = ' '.join(f"R{t[0]}={(P[:, j] & YT[:, j]).sum() / YT[:, j].sum():.2f}" for j, t in enumerate(TOPICS))
    print(f"{name:44s} s={fs[0]:.3f} hr={fs[1]:.3f} d={fs[2]:.3f} macro={np.mean(fs):.3f} | {by} | {rec}", flush=True)

def held_out(TRAIN, TEST, vocab=25000, C=16.0, beta=0.5, extra=True, old=True, modern_idf=True, modern_share=1.0, dense=None, dense_C=4.0, **docargs):
    """Fits the variant on TRAIN (with the extra labels fit only) and returns its topics for TEST."""
    modern_ids = {m['id'] for m in MODERN}
    keep = np.random.RandomState(7).rand(len(TRAIN)) < modern_share
    train = [r for r, k in zip(TRAIN, keep) if (old and r['id'] not in modern_ids) or (r['id'] in modern_ids and k)]
    fit_only = EXTRA if extra else []
    D = [doc(r, **docargs) for r in train]; DX = [doc(r, **docargs) for r in fit_only]; DT = [doc(r, **docargs) for r in TEST]
    idf_ids = [i for i, r in POOL.items() if i not in labelled_ids and (modern_idf or not i.startswith(('allsides/', 'hrds/', 'semeval23/')))]
    DP = [doc(POOL[i], **docargs) for i in idf_ids]
    v = Vectorizer(vocab_size=vocab).fit(D + DX, idf_docs=D + DX + DP)
    X, XX, XT = v.transform(D), v.transform(DX), v.transform(DT)
    Y, YX = Y_of(train), Y_of(fit_only).reshape(-1, 3)
    sparse = lambda Xa, Ya: fit_margins(sp.vstack([Xa, XX]).tocsr(), np.vstack([Ya, YX]), C, beta)
    full = sparse
    if dense:
        E = embeddings()
        em = lambda rs: sp.csr_matrix(np.array([E[r['id']] for r in rs]))
        X = sp.hstack([X, em(train)]).tocsr(); XX = sp.hstack([XX, em(fit_only)]).tocsr(); XT = sp.hstack([XT, em(TEST)]).tocsr()
        n = len(v.vocab)
        def dense_fit(Xa, Ya):
            ws = [lr_fit(Xa[:, n:], Ya[:, j], dense_C) for j in range(3)]
            return lambda Z: np.column_stack([lr_margin(w, Z[:, n:]) for w in ws])
        def full(Xa, Ya):
            Xa, Ya = sp.vstack([Xa, XX]).tocsr(), np.vstack([Ya, YX])
            d = dense_fit(Xa, Ya)
            if dense == 'alone': return d
            s = fit_margins(Xa[:, :n], Ya, C, beta)
            return lambda Z: s(Z[:, :n]) + d(Z)
    fi = strat_folds(Y, 3, 1); oof = np.zeros((len(train), 3))
    for k in range(3):
        oof[fi == k] = full(X[fi != k], Y[fi != k])(X[fi == k])
    MT = full(X, Y)(XT)
    return np.column_stack([MT[:, j] >= best_cut(oof[:, j], Y[:, j]) for j in range(3)])

VARIANTS = {
    'base': dict(),
    'vocab60k': dict(vocab=60000),
    'vocab120k': dict(vocab=120000),
    'C4': dict(C=4.0),
    'C64': dict(C=64.0),
    'beta1': dict(beta=1.0),
    'lr': dict(beta=0),
    'no-extra': dict(extra=False),
    'old-idf-only': dict(modern_idf=False),
    'modern-only': dict(old=False),
    'half-modern': dict(modern_share=0.5),
    'quarter-modern': dict(modern_share=0.25),
    'title3': dict(title_weight=3),
    'cut3000': dict(cut=3000),
    'cut3000-title3': dict(cut=3000, title_weight=3),
    'lede2': dict(lede_weight=2),
    'cut3000-vocab60k': dict(cut=3000, vocab=60000),
    'minilm-alone': dict(dense='alone'),
    'minilm+sparse': dict(dense='sum'),
    'minilm+sparse-C16': dict(dense='sum', dense_C=16.0),
}
KFOLD = '--kfold' in sys.argv
for name in [a for a in sys.argv[1:] if a != '--kfold'] or VARIANTS:
    run(name, **VARIANTS[name])
