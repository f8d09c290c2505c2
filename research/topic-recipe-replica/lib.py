import os, json, re, math, numpy as np, scipy.sparse as sp
from scipy.optimize import minimize
from collections import Counter
TOPICS = ['sanctions', 'human_rights', 'diplomacy']
STOP = set(open(os.environ.get('REPLICA_WORK', '/tmp/recipe-replica') + '/english.txt').read().split())
SPLIT = re.compile(r'[\W_]+')

def load(path=os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/labels/topics.jsonl')):
    rows = [json.loads(l) for l in open(path) if l.strip()]
    folds = dict(l.rstrip('\n').split('\t') for l in open(os.environ.get('REPLICA_WORK', '/tmp/recipe-replica') + '/folds.tsv'))
    Y = np.array([[t in r['labels'] for t in TOPICS] for r in rows])
    F = np.array([int(folds[r['id']]) for r in rows])
    return rows, Y, F

def words(title, text, title_weight=1):
    doc = '\n'.join([(title or '') + '\n'] * title_weight + [text or '']) if title_weight > 0 else (text or '')
    toks = [t for t in SPLIT.split(doc.lower()) if len(t) >= 2 and t not in STOP]
    return toks

def terms_of(ws, bigrams=True):
    return ws + ([ws[i] + ' ' + ws[i + 1] for i in range(len(ws) - 1)] if bigrams else [])

class Vectorizer:
    def __init__(self, min_df=2, vocab_size=40000, sublinear=True):
        self.min_df, self.vocab_size, self.sublinear = min_df, vocab_size, sublinear
    def fit(self, docs, idf_docs=None):
        df = Counter(); tf = Counter()
        for d in docs:
            c = Counter(d); tf.update(c); df.update(c.keys())
        cand = [t for t in tf if df[t] >= self.min_df]
        cand.sort(key=lambda t: -tf[t])
        self.vocab = {t: i for i, t in enumerate(cand[:self.vocab_size])}
        idf_docs = docs if idf_docs is None else idf_docs
        dfv = np.zeros(len(self.vocab)); m = 0
        for d in idf_docs:
            m += 1
            for t in set(d):
                j = self.vocab.get(t)
                if j is not None: dfv[j] += 1
        self.idf = np.log((m + 1) / (dfv + 1))
        return self
    def counts(self, docs):
        r, c, v = [], [], []
        for i, d in enumerate(docs):
            cc = Counter(t for t in d if t in self.vocab)
            for t, n in cc.items():
                r.append(i); c.append(self.vocab[t]); v.append(n)
        return sp.csr_matrix((v, (r, c)), shape=(len(docs), len(self.vocab)), dtype=float)
    def transform(self, docs):
        X = self.counts(docs)
        if self.sublinear: X.data = 1 + np.log(X.data)
        X = X @ sp.diags(self.idf)
        n = np.sqrt(np.asarray(X.multiply(X).sum(1))).ravel(); n[n == 0] = 1
        return sp.csr_matrix(sp.diags(1 / n) @ X)

def add_bias(X):
    return sp.hstack([X, np.ones((X.shape[0], 1))]).tocsr()

def lr_fit(X, y, C=16.0, sample_weight=None):
    """liblinear L2R_LR: 0.5||w||^2 + C sum w_i log(1+exp(-y w.x)), bias as a regularised constant feature."""
    Xb = add_bias(X); s = np.where(y, 1.0, -1.0)
    cw = np.ones(len(y)) if sample_weight is None else sample_weight
    def f(w):
        z = s * (Xb @ w)
        loss = np.logaddexp(0, -z)
        g = -s * cw * (1 / (1 + np.exp(z)))
        return 0.5 * w @ w + C * (cw @ loss), w + C * (Xb.T @ g)
    w = minimize(f, np.zeros(Xb.shape[1]), jac=True, method='L-BFGS-B', options={'maxiter': 500}).x
    return w

def lr_margin(w, X):
    return add_bias(X) @ w

def sigmoid(z): return 1 / (1 + np.exp(-z))

def platt_fit(m, t):
    P = t.sum(); N = len(t) - P
    hi, lo = (P + 1) / (P + 2), 1 / (N + 2); T = np.where(t, hi, lo)
    def f(p):
        z = p[0] * m + p[1]
        return np.sum(np.maximum(z, 0) - z * T + np.log1p(np.exp(-np.abs(z)))), np.array([np.sum((sigmoid(z) - T) * m), np.sum(sigmoid(z) - T)])
    return minimize(f, np.array([1.0, 0.0]), jac=True, method='BFGS').x

def f1(pred, t):
    tp = np.sum(pred & t); fp = np.sum(pred & ~t); fn = np.sum(~pred & t)
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)

def best_threshold(scores, t):
    best, bf = 0.5, -1
    for i in range(91):
        th = 0.05 + i * 0.01
        v = f1(scores >= th, t)
        if v > bf + 1e-12 or (abs(v - bf) <= 1e-12 and abs(th - 0.5) < abs(best - 0.5)): best, bf = th, v
    return round(best, 2)

def strat_folds(Y, k, seed):
    rng = np.random.RandomState(seed); keys = [''.join('1' if b else '0' for b in y) for y in Y]
    f = np.zeros(len(Y), int); nxt = 0
    for key in sorted(set(keys)):
        idx = [i for i, kk in enumerate(keys) if kk == key]; rng.shuffle(idx)
        for i in idx: f[i] = nxt % k; nxt += 1
    return f

def report(name, Y, P):
    f = [f1(P[:, j], Y[:, j]) for j in range(3)]
    tp = np.sum(P & Y); fp = np.sum(P & ~Y); fn = np.sum(~P & Y)
    micro = 2 * tp / (2 * tp + fp + fn); exact = np.mean(np.all(P == Y, 1))
    print(f"{name:60s} s={f[0]:.3f} hr={f[1]:.3f} d={f[2]:.3f} micro={micro:.3f} macro={np.mean(f):.3f} exact={exact:.3f}", flush=True)
    return np.mean(f)
