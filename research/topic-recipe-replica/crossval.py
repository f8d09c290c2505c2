import sys, pickle, os; from lib import *
rows, Y, F = load()
ids = set(r['id'] for r in rows)
def lede(text, n):
    return ' '.join((text or '').split()[:n])

def docs(rows, tw=1, lede_n=0, lede_w=0):
    out = []
    for r in rows:
        ws = words(r['title'], r['text'], tw)
        if lede_w: ws = ws + [] 
        t = terms_of(ws)
        if lede_w and lede_n:
            lw = terms_of(words('', lede(r['text'], lede_n), 0))
            t = t + lw * lede_w
        out.append(t)
    return out

def pool_rows():
    out = []
    for fn in ['agnews-test', 'bbc-news-summary', 'reuters21578']:
        for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f'../../../shared/corpora/{fn}.jsonl')):
            r = json.loads(l)
            if r['id'] not in ids: out.append(r)
    return out

def inner_oof(Xtr, Ytr, fit_margins, inner=5):
    fi = strat_folds(Ytr, inner, 1); oof = np.zeros((Xtr.shape[0], 3))
    for k in range(inner):
        tr, te = fi != k, fi == k
        oof[te] = fit_margins(Xtr[tr], Ytr[tr])(Xtr[te])
    return oof

def calibrate_and_threshold(oof, Ytr, test):
    P = np.zeros(test.shape, bool); S = np.zeros(test.shape)
    for j in range(3):
        a, b = platt_fit(oof[:, j], Ytr[:, j]); th = best_threshold(sigmoid(a * oof[:, j] + b), Ytr[:, j])
        S[:, j] = sigmoid(a * test[:, j] + b); P[:, j] = S[:, j] >= th
    return P, S

def lr_margins(C=(16, 16, 16), weights=None):
    def fit(X, Yt):
        ws = [lr_fit(X, Yt[:, j], C[j], None if weights is None else weights(Yt[:, j], j)) for j in range(3)]
        return lambda Z: np.column_stack([lr_margin(w, Z) for w in ws])
    return fit

def nb_margins(C=(16, 16, 16), alpha=1.0, beta=1.0):
    def fit(X, Yt):
        B = (X > 0).astype(float); models = []
        for j in range(3):
            p = alpha + B[Yt[:, j]].sum(0).A1; q = alpha + B[~Yt[:, j]].sum(0).A1
            r = np.log((p / p.sum()) / (q / q.sum()))
            r = np.abs(r) ** beta * np.sign(r)
            Xr = X @ sp.diags(r); n = np.sqrt(np.asarray(Xr.multiply(Xr).sum(1))).ravel(); n[n == 0] = 1
            w = lr_fit(sp.diags(1 / n) @ Xr, Yt[:, j], C[j]); models.append((r, w))
        def m(Z):
            out = []
            for r, w in models:
                Zr = Z @ sp.diags(r); n = np.sqrt(np.asarray(Zr.multiply(Zr).sum(1))).ravel(); n[n == 0] = 1
                out.append(lr_margin(w, sp.diags(1 / n) @ Zr))
            return np.column_stack(out)
        return m
    return fit

def stacked(base_fit, inner=5):
    """second stage: per topic, LR on [own margin, other margins] from out-of-fold base margins"""
    def fit(X, Yt):
        oof = inner_oof(X, Yt, base_fit, inner)
        base = base_fit(X, Yt)
        ws = []
        for j in range(3):
            Z = oof; w = lr_fit(sp.csr_matrix(Z), Yt[:, j], 1.0); ws.append(w)
        return lambda Q: (lambda M: np.column_stack([lr_margin(w, sp.csr_matrix(M)) for w in ws]))(base(Q))
    return fit

CACHE = {}
def fold_data(k, key, vec_fn):
    ck = (k, key)
    if ck not in CACHE: CACHE[ck] = vec_fn(k)
    return CACHE[ck]

def run(name, vec_fn, vkey, fit_margins, selftrain=None):
    P = np.zeros_like(Y); S = np.zeros(Y.shape)
    for k in range(5):
        tr, te = F != k, F == k
        Xtr, Xte, extra = fold_data(k, vkey, vec_fn)
        Ytr = Y[tr]
        if selftrain: Xtr_, Ytr_ = selftrain(Xtr, Ytr, extra, fit_margins)
        oof = inner_oof(Xtr, Ytr, fit_margins if not selftrain else (lambda X, Yt: fit_with_st(X, Yt, extra, fit_margins, selftrain)))
        test = (fit_margins if not selftrain else (lambda X, Yt: fit_with_st(X, Yt, extra, fit_margins, selftrain)))(Xtr, Ytr)(Xte)
        P[te], S[te] = calibrate_and_threshold(oof, Ytr, test)
    m = report(name, Y, P); return m, S

def fit_with_st(X, Yt, extra, fit_margins, selftrain):
    Xa, Ya = selftrain(X, Yt, extra, fit_margins)
    return fit_margins(Xa, Ya)

def std_vec(min_df=2, tw=1, lede_n=0, lede_w=0, extra_idf=False, pool=False):
    D = docs(rows, tw, lede_n, lede_w)
    Pd = docs(pool_rows(), tw, lede_n, lede_w) if (extra_idf or pool) else None
    def f(k):
        tr = np.where(F != k)[0]; te = np.where(F == k)[0]
        trd = [D[i] for i in tr]
        v = Vectorizer(min_df=min_df).fit(trd + (Pd if extra_idf == 'vocab' else []), idf_docs=(trd + Pd) if extra_idf else None)
        return v.transform(trd), v.transform([D[i] for i in te]), (v.transform(Pd) if pool else None)
    return f
