"""Screening round 6 (exploratory replica, not the product), every variant on top of the corpus-IDF baseline
(vocabulary + min-df 2 from the training rows, IDF from training rows + the three corpora):
  stem     light stemming / plural folding of tokens (Snowball English = Porter2, and an S-stemmer)
  pool     paragraph / sentence pooling: margin = article margin + a * max unit margin
  ens      averages of Platt-calibrated probabilities (LR + NB-LR, LR C=8/16/32), L2-loss linear SVM + Platt
  chain    classifier chains (earlier labels as extra features; true or out-of-fold labels at training time)
  title    title tokens as their own feature namespace
  lex      per-topic lexicon score from the words of LABELLING.md's definitions as an extra feature
  seeds    train on all rows and score the two seed articles
Usage: research/topic-recipe-replica/run.sh research/what-lifts-the-corpus-idf-recipe/screen.py GROUP [GROUP...]
(margins are cached under $REPLICA_WORK/margin-cache)"""
from screening import *
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- extra linear models
def l2svm_fit(X, y, C=1.0):
    """liblinear L2R_L2LOSS_SVC: 0.5||w||^2 + C sum max(0, 1 - y w.x)^2, regularised bias"""
    Xb = add_bias(X); s = np.where(y, 1.0, -1.0)
    def f(w):
        a = np.maximum(1 - s * (Xb @ w), 0)
        return 0.5 * w @ w + C * (a @ a), w - 2 * C * (Xb.T @ (s * a))
    return minimize(f, np.zeros(Xb.shape[1]), jac=True, method='L-BFGS-B', options={'maxiter': 500}).x

def svm_margins(C=1.0):
    def fit(X, Yt):
        ws = [l2svm_fit(X, Yt[:, j], C) for j in range(3)]
        return lambda Z: np.column_stack([lr_margin(w, Z) for w in ws])
    return fit

def chain_margins(order, C=16.0, mode='oof', soft=False):
    """Classifier chain: topic order[i] sees the labels of order[:i] as extra features. At training time those
    features are the true labels (mode 'true', Tribuo's ClassifierChainTrainer) or out-of-fold predictions of the
    earlier links (mode 'oof'); at scoring time the earlier links' predictions (margin > 0, or sigmoid if soft)."""
    def feat(m): return sigmoid(m) if soft else (m > 0).astype(float)
    def fit(X, Yt):
        ws = []; cols = []
        for pos, j in enumerate(order):
            Xa = sp.hstack([X] + cols).tocsr() if cols else X
            ws.append(lr_fit(Xa, Yt[:, j], C))
            if pos < len(order) - 1:
                if mode == 'true': c = Yt[:, j].astype(float)
                else:
                    fi = strat_folds(Yt, 5, 2); o = np.zeros(len(Yt))
                    for ik in range(5):
                        a, b = fi != ik, fi == ik
                        o[b] = lr_margin(lr_fit(Xa[a], Yt[a, j], C), Xa[b])
                    c = feat(o)
                cols.append(sp.csr_matrix(c[:, None]))
        def m(Z):
            out = np.zeros((Z.shape[0], 3)); cs = []
            for pos, j in enumerate(order):
                Za = sp.hstack([Z] + cs).tocsr() if cs else Z
                mm = lr_margin(ws[pos], Za); out[:, j] = mm; cs.append(sp.csr_matrix(feat(mm)[:, None]))
            return out
        return m
    return fit

# ---------------------------------------------------------------- units (paragraphs / sentences) for pooling
SENT = re.compile(r'(?<=[.!?])["\u201d\']?\s+(?=["\u201c\']?[A-Z])')
def units_of(r, kind):
    t = (r.get('text') or '').replace('\r\n', '\n')
    paras = [p.strip() for p in re.split(r'\n\s*\n|\n[ \t]+', t) if p.strip()]
    if kind == 'para': us = paras
    else:
        us = [s.strip() for p in paras for s in SENT.split(p) if s.strip()]
        if kind == 'sent2': us = [' '.join(us[i:i + 2]) for i in range(max(1, len(us) - 1))] if us else us
    return us or [r.get('title') or '']

def unit_matrix(v, rs, kind, tm=None):
    f = tokmap(tm); U = []; owner = []
    for i, r in enumerate(rs):
        for u in units_of(r, kind):
            ws = words('', u, 0)
            if f: ws = [f(t) for t in ws]
            U.append(terms_of(ws)); owner.append(i)
    return v.transform(U), np.array(owner)

def max_by_owner(M, owner, n):
    out = np.full((n, M.shape[1]), -np.inf)
    np.maximum.at(out, owner, M)
    return out

def pooled(vkey, vec_fn, kind, comp, ckey, tm=None):
    """per fold: (inner-OOF article margins, inner-OOF max unit margins, test article, test max unit)"""
    path = f'{CDIR}/{vkey}__pool_{kind}_{ckey}.pkl'
    if os.path.exists(path): return pickle.load(open(path, 'rb'))
    t = time.time(); out = []
    for k in range(5):
        tr = np.where(F != k)[0]; te = np.where(F == k)[0]
        Xtr, Xte, v = fold_data(k, vkey, vec_fn); Ytr = Y[tr]
        Utr, otr = unit_matrix(v, [rows[i] for i in tr], kind, tm); Ute, ote = unit_matrix(v, [rows[i] for i in te], kind, tm)
        fi = strat_folds(Ytr, 5, 1); oa = np.zeros((len(tr), 3)); om = np.zeros((len(tr), 3))
        for ik in range(5):
            a, b = fi != ik, fi == ik
            m = comp(Xtr[a], Ytr[a]); oa[b] = m(Xtr[b])
            sel = np.isin(otr, np.where(b)[0]); remap = -np.ones(len(tr), int); remap[np.where(b)[0]] = np.arange(b.sum())
            om[b] = max_by_owner(m(Utr[sel]), remap[otr[sel]], b.sum())
        m = comp(Xtr, Ytr); out.append((oa, om, m(Xte), max_by_owner(m(Ute), ote, len(te))))
    print(f'  [{vkey}/pool {kind} {time.time() - t:.0f}s]', file=sys.stderr, flush=True)
    pickle.dump(out, open(path, 'wb')); return out

def pool_sets(pm, a):
    return [((oa + a * om), (ta + a * tm_)) for oa, om, ta, tm_ in pm]

def pool_tuned(pm, grid):
    """a per topic chosen inside each outer fold: best inner-OOF F1 (Platt + threshold grid) over the grid"""
    P = np.zeros_like(Y); chosen = []
    for k in range(5):
        te = F == k; Ytr = Y[F != k]; oa, om, ta, tmx = pm[k]; ch = []
        for j in range(3):
            best = None
            for a in grid:
                o = oa[:, j] + a * om[:, j]; pa, pb = platt_fit(o, Ytr[:, j]); s = sigmoid(pa * o + pb)
                th = best_threshold(s, Ytr[:, j]); v = f1(s >= th, Ytr[:, j])
                if best is None or v > best[0] + 1e-9: best = (v, a, pa, pb, th)
            _, a, pa, pb, th = best; ch.append(a)
            P[te, j] = sigmoid(pa * (ta[:, j] + a * tmx[:, j]) + pb) >= th
        chosen.append(ch)
    return P, chosen

# ---------------------------------------------------------------- title namespace
def vec_title_ns(b, tm=None):
    D = docs_tm(rows, tm); Pd = docs_tm(POOL, tm)
    Dt = docs_tm([{'title': r['title'], 'text': ''} for r in rows], tm)
    Pt = docs_tm([{'title': r.get('title'), 'text': ''} for r in POOL], tm)
    def f(k):
        tr = np.where(F != k)[0]; te = np.where(F == k)[0]; trd = [D[i] for i in tr]; trt = [Dt[i] for i in tr]
        v = Vectorizer().fit(trd, idf_docs=trd + Pd); vt = Vectorizer().fit(trt, idf_docs=trt + Pt)
        Xtr = sp.hstack([v.transform(trd), b * vt.transform(trt)]).tocsr()
        Xte = sp.hstack([v.transform([D[i] for i in te]), b * vt.transform([Dt[i] for i in te])]).tocsr()
        return Xtr, Xte, (v, vt)
    return f

# ---------------------------------------------------------------- lexicon from LABELLING.md's definitions
LEX = {
 'sanctions': ['sanction', 'sanctions', 'embargo', 'embargoes', 'asset freeze', 'assets frozen', 'blacklist',
               'blacklisted', 'export controls', 'retaliatory tariffs', 'punitive tariffs', 'arms embargo', 'trade embargo',
               'travel ban', 'economic sanctions', 'lift sanctions', 'lifting sanctions', 'impose sanctions', 'imposed sanctions'],
 'human_rights': ['human rights', 'rights', 'torture', 'detention', 'detained', 'political prisoners', 'executions',
               'execution', 'disappearances', 'forced labour', 'genocide', 'war crimes', 'civilians', 'free speech',
               'freedom', 'press freedom', 'religious', 'religion', 'assembly', 'privacy', 'fair trial', 'discrimination',
               'refugee', 'refugees', 'asylum', 'asylum seekers', 'migrants', 'humanitarian', 'rapporteur', 'amnesty',
               'human rights watch', 'abuses', 'abuse', 'prisoners', 'jailed', 'dissident', 'dissidents', 'persecution'],
 'diplomacy': ['talks', 'negotiations', 'summit', 'treaty', 'agreement', 'state visit', 'ambassador', 'envoy',
               'foreign minister', 'foreign ministers', 'recognition', 'alliance', 'security council', 'general assembly',
               'mediation', 'peace process', 'peace talks', 'diplomatic', 'diplomats', 'expelled', 'bilateral', 'trade talks'],
}
def lex_terms(tm=None):
    f = tokmap(tm); out = []
    for t in TOPICS:
        s = set()
        for phrase in LEX[t]:
            ws = [w for w in SPLIT.split(phrase.lower()) if len(w) >= 2 and w not in STOP]
            if f: ws = [f(w) for w in ws]
            s.add(' '.join(ws))
        out.append(s)
    return out

def vec_lex(g, tm=None):
    base = vec_base(tm); L = lex_terms(tm)
    def f(k):
        Xtr, Xte, v = base(k)
        ind = np.zeros((len(v.vocab), 3))
        for j in range(3):
            for t in L[j]:
                if t in v.vocab: ind[v.vocab[t], j] = 1
        return sp.hstack([Xtr, g * sp.csr_matrix(Xtr @ ind)]).tocsr(), sp.hstack([Xte, g * sp.csr_matrix(Xte @ ind)]).tocsr(), v
    return f

# ---------------------------------------------------------------- seeds
def seed_rows():
    d = os.path.join(HERE, '../../../shared/seeds'); out = []
    for l in open(d + '/expected.jsonl'):
        e = json.loads(l); c = open(os.path.join(d, e['file']), encoding='utf-8').read().lstrip('\ufeff').replace('\r\n', '\n').strip()
        first, _, rest = c.partition('\n')
        heading = len(first.split()) <= 25 and not first.rstrip().endswith(('.', ':')) and rest.strip()
        out.append({'id': e['file'], 'title': first.strip() if heading else None, 'text': rest.strip() if heading else c,
                    'labels': set(e['labels']), 'may': set(e['may_also'])})
    return out

def seed_check(name, tm=None, comps=(('lr', lr_margins()),), pool_kind=None, pool_a=None, lex_g=None):
    """the whole recipe trained on all 1,140 rows (inner 5-fold CV for Platt and thresholds), scored on the seeds"""
    D = docs_tm(rows, tm); Pd = docs_tm(POOL, tm); S = seed_rows(); Sd = docs_tm(S, tm)
    v = Vectorizer().fit(D, idf_docs=D + Pd); X = v.transform(D); Xs = v.transform(Sd)
    if lex_g is not None:
        L = lex_terms(tm); ind = np.zeros((len(v.vocab), 3))
        for j in range(3):
            for t in L[j]:
                if t in v.vocab: ind[v.vocab[t], j] = 1
        X = sp.hstack([X, lex_g * sp.csr_matrix(X @ ind)]).tocsr(); Xs = sp.hstack([Xs, lex_g * sp.csr_matrix(Xs @ ind)]).tocsr()
    ps = 0; po = []; 
    for ck, comp in comps:
        if pool_kind:
            U, own = unit_matrix(v, rows, pool_kind, tm); Us, owns = unit_matrix(v, S, pool_kind, tm)
            fi = strat_folds(Y, 5, 1); oof = np.zeros((len(Y), 3))
            for ik in range(5):
                a, b = fi != ik, fi == ik; m = comp(X[a], Y[a]); idx = np.where(b)[0]
                remap = -np.ones(len(Y), int); remap[idx] = np.arange(len(idx)); sel = np.isin(own, idx)
                oof[b] = m(X[b]) + pool_a * max_by_owner(m(U[sel]), remap[own[sel]], len(idx))
            m = comp(X, Y); sm = m(Xs) + pool_a * max_by_owner(m(Us), owns, len(S))
        else:
            oof = inner_oof(X, Y, comp); sm = comp(X, Y)(Xs)
        po.append((oof, sm))
    for i, s in enumerate(S):
        parts = []
        ok = True; got = set()
        for j, t in enumerate(TOPICS):
            so = 0; ss = 0
            for oof, sm in po:
                a, b = platt_fit(oof[:, j], Y[:, j]); so = so + sigmoid(a * oof[:, j] + b) / len(po); ss = ss + sigmoid(a * sm[i, j] + b) / len(po)
            th = best_threshold(so, Y[:, j]); parts.append(f'{t} {ss:.3f}/{th:.2f}')
            if ss >= th: got.add(t)
        ok = s['labels'] <= got <= (s['labels'] | s['may'])
        print(f'  seed {s["id"][:3]} {name}: {"OK " if ok else "BAD"} ' + ', '.join(parts), flush=True)

# ---------------------------------------------------------------- groups
def g_base():
    evaluate('corpus IDF baseline (LR C=16)', margins('b', vec_base(), 'lr16', lr_margins()))

def g_stem():
    g_base()
    for tm in ['sfold', 'porter2']:
        evaluate(f'corpus IDF + {tm} tokens', margins(tm, vec_base(tm), 'lr16', lr_margins()))
    for tm in ['sfold', 'porter2']:
        evaluate(f'corpus IDF + {tm} tokens, C=8', margins(tm, vec_base(tm), 'lr8', lr_margins((8, 8, 8))))

def g_ens():
    V = vec_base(); lr16 = margins('b', V, 'lr16', lr_margins())
    lr8 = margins('b', V, 'lr8', lr_margins((8, 8, 8))); lr32 = margins('b', V, 'lr32', lr_margins((32, 32, 32)))
    lr4 = margins('b', V, 'lr4', lr_margins((4, 4, 4)))
    nb = margins('b', V, 'nb05', nb_margins(beta=0.5))
    evaluate('corpus IDF, LR C=4', [lr4])
    evaluate('corpus IDF + NB-LR ratio^0.5 (re-run)', [nb])
    evaluate('avg prob LR C=16 + NB-LR ratio^0.5', [lr16, nb])
    evaluate('avg prob LR C=8 + C=16 + C=32', [lr8, lr16, lr32])
    evaluate('avg prob LR C=4 + C=16', [lr4, lr16])
    for C in [0.5, 1, 2, 4]:
        s = margins('b', V, f'svm{C}', svm_margins(C)); evaluate(f'L2-loss linear SVM C={C} + Platt', [s])
    s1 = margins('b', V, 'svm1', svm_margins(1)); evaluate('avg prob LR C=16 + SVM C=1', [lr16, s1])
    evaluate('avg prob LR C=16 + NB-LR 0.5 + SVM C=1', [lr16, nb, s1])

def g_pool():
    V = vec_base(); base = margins('b', V, 'lr16', lr_margins())
    for kind in ['para', 'sent', 'sent2']:
        pm = pooled('b', V, kind, lr_margins(), 'lr16')
        for a in [0.25, 0.5, 1.0]:
            evaluate(f'pool {kind}: article + {a} * max unit margin', pool_sets(pm, a))
        P, ch = pool_tuned(pm, [0, 0.25, 0.5, 1.0]); report(f'pool {kind}: a per topic tuned inside folds', Y, P)
        print('    chosen a per fold (s, hr, d):', ch)

def g_chain():
    V = vec_base(); D_, S_, H_ = 2, 0, 1
    for order, on in [((D_, S_, H_), 'd>s>hr'), ((H_, S_, D_), 'hr>s>d')]:
        for mode in ['oof', 'true']:
            evaluate(f'chain {on}, {mode} labels at training', margins('b', V, f'chain_{on}_{mode}', chain_margins(order, mode=mode)))
    evaluate('chain d>s>hr, soft oof probabilities', margins('b', V, 'chain_dsh_soft', chain_margins((D_, S_, H_), mode='oof', soft=True)))

def g_title():
    for b in [0.5, 1.0]:
        evaluate(f'title namespace, weight {b}', margins(f't{b}', vec_title_ns(b), 'lr16', lr_margins()))

def g_lex():
    for g in [0.5, 1.0, 2.0]:
        evaluate(f'lexicon score feature, scale {g}', margins(f'lex{g}', vec_lex(g), 'lr16', lr_margins()))

# ---------------------------------------------------------------- round 2: training-side and calibration-side ideas
def lede_doc(r, kind):
    us = units_of(r, 'sent' if kind == 'sent' else 'para')
    return {'title': r.get('title'), 'text': us[0] if us else ''}

def vec_lede(kind, tm=None):
    """columns [article vector | lede vector]; the lede (title + first sentence or paragraph) is a zero row when it
    is (nearly) the whole article. Vocabulary and IDF exactly as the baseline (articles + corpora)."""
    D = docs_tm(rows, tm); Pd = docs_tm(POOL, tm); L = docs_tm([lede_doc(r, kind) for r in rows], tm)
    keep = np.array([len(l) < 0.8 * len(d) for l, d in zip(L, D)])
    print(f'  lede {kind}: {keep.sum()} of {len(D)} rows get a lede copy', file=sys.stderr)
    def f(k):
        tr = np.where(F != k)[0]; te = np.where(F == k)[0]; trd = [D[i] for i in tr]
        v = Vectorizer().fit(trd, idf_docs=trd + Pd)
        Lm = v.transform(L); Lm = sp.csr_matrix(sp.diags(keep.astype(float)) @ Lm)
        return (sp.hstack([v.transform(trd), Lm[tr]]).tocsr(), sp.hstack([v.transform([D[i] for i in te]), Lm[te]]).tocsr(), v)
    return f

def lede_aug_margins(C=16.0, w=1.0, base='lr', beta=0.5):
    """train on the articles plus their ledes (same labels, weight w); score the article columns only"""
    def fit(X, Yt):
        V = X.shape[1] // 2; A = X[:, :V]; L = X[:, V:]; has = L.getnnz(1) > 0
        Xt = sp.vstack([A, L[has]]).tocsr(); Ya = np.vstack([Yt, Yt[has]]); sw = np.r_[np.ones(len(Yt)), w * np.ones(has.sum())]
        if base == 'lr':
            ws = [lr_fit(Xt, Ya[:, j], C, sw) for j in range(3)]
            return lambda Z: np.column_stack([lr_margin(wj, Z[:, :V]) for wj in ws])
        # NB-LR, ratios from the articles only
        B = (A > 0).astype(float); models = []
        for j in range(3):
            p = 1 + B[Yt[:, j]].sum(0).A1; q = 1 + B[~Yt[:, j]].sum(0).A1
            r = np.log((p / p.sum()) / (q / q.sum())); r = np.abs(r) ** beta * np.sign(r)
            models.append((r, lr_fit(nb_scale(Xt, r), Ya[:, j], C, sw)))
        return lambda Z: np.column_stack([lr_margin(wj, nb_scale(Z[:, :V], r)) for r, wj in models])
    return fit

def nb_scale(X, r):
    Xr = X @ sp.diags(r); n = np.sqrt(np.asarray(Xr.multiply(Xr).sum(1))).ravel(); n[n == 0] = 1
    return sp.csr_matrix(sp.diags(1 / n) @ Xr)

def g_lede():
    for kind in ['sent', 'para']:
        V = vec_lede(kind)
        for w in [0.5, 1.0]:
            evaluate(f'lede copies ({kind}) as extra training rows, weight {w}', margins(f'lede_{kind}', V, f'aug{w}', lede_aug_margins(w=w)))

def vec_idfpow(p):
    D = docs_tm(rows); Pd = docs_tm(POOL)
    def f(k):
        tr = np.where(F != k)[0]; te = np.where(F == k)[0]; trd = [D[i] for i in tr]
        v = Vectorizer().fit(trd, idf_docs=trd + Pd); v.idf = v.idf ** p
        return v.transform(trd), v.transform([D[i] for i in te]), v
    return f

def g_idfpow():
    for p in [0.5, 1.5, 2.0]:
        evaluate(f'corpus IDF ^ {p}', margins(f'idfp{p}', vec_idfpow(p), 'lr16', lr_margins()))

def margins_multi(vkey, vec_fn, ckey, comp, seeds=(1, 2, 3)):
    """inner OOF margins from several inner fold splits (stacked), for Platt and thresholds"""
    path = f'{CDIR}/{vkey}__{ckey}__multi{len(seeds)}.pkl'
    if os.path.exists(path): return pickle.load(open(path, 'rb'))
    out = []; base = margins(vkey, vec_fn, ckey, comp)
    for k in range(5):
        Xtr, Xte, _ = fold_data(k, vkey, vec_fn); Ytr = Y[F != k]; oofs = [base[k][0]]
        for sd in seeds[1:]:
            fi = strat_folds(Ytr, 5, sd); o = np.zeros((len(Ytr), 3))
            for ik in range(5):
                o[fi == ik] = comp(Xtr[fi != ik], Ytr[fi != ik])(Xtr[fi == ik])
            oofs.append(o)
        out.append((np.vstack(oofs), base[k][1]))
    pickle.dump(out, open(path, 'wb')); return out

def evaluate_multi(name, ms, reps):
    P = np.zeros_like(Y)
    for k in range(5):
        te = F == k; Ytr = np.vstack([Y[F != k]] * reps); oof, test = ms[k]
        for j in range(3):
            a, b = platt_fit(oof[:, j], Ytr[:, j]); th = best_threshold(sigmoid(a * oof[:, j] + b), Ytr[:, j])
            P[te, j] = sigmoid(a * test[:, j] + b) >= th
    return report(name, Y, P)

def platt_len_fit(m, l, t):
    P = t.sum(); N = len(t) - P; T = np.where(t, (P + 1) / (P + 2), 1 / (N + 2)); Z = np.column_stack([m, l, np.ones(len(m))])
    def f(p):
        z = Z @ p
        return np.sum(np.maximum(z, 0) - z * T + np.log1p(np.exp(-np.abs(z)))), Z.T @ (sigmoid(z) - T)
    return minimize(f, np.array([1.0, 0.0, 0.0]), jac=True, method='BFGS').x

def g_cal():
    V = vec_base(); lr16 = margins('b', V, 'lr16', lr_margins())
    evaluate_multi('inner CV repeated 3x (3 splits) for Platt + thresholds', margins_multi('b', V, 'lr16', lr_margins()), 3)
    nb = margins('b', V, 'nb05', nb_margins(beta=0.5))
    evaluate_multi('NB-LR 0.5, inner CV repeated 3x', margins_multi('b', V, 'nb05', nb_margins(beta=0.5)), 3)
    ntok = np.log1p(np.array([len(words(r['title'], r['text'])) for r in rows]))
    P = np.zeros_like(Y)
    for k in range(5):
        te = F == k; tr = F != k; Ytr = Y[tr]; oof, test = lr16[k]
        for j in range(3):
            p = platt_len_fit(oof[:, j], ntok[tr], Ytr[:, j]); so = sigmoid(np.column_stack([oof[:, j], ntok[tr], np.ones(tr.sum())]) @ p)
            th = best_threshold(so, Ytr[:, j]); P[te, j] = sigmoid(np.column_stack([test[:, j], ntok[te], np.ones(te.sum())]) @ p) >= th
    report('length-aware Platt (margin, log tokens, bias)', Y, P)

KW = {0: re.compile(r'\bsanction(s|ed)?\b|\bembargo|\basset freeze|\bblacklist'),
      1: re.compile(r'human rights|\brefugee|\basylum|\btorture|\bgenocide|war crime|political prisoner|\brapporteur|'
                    r'\bdiscriminat|press freedom|free speech|amnesty international')}
CUR = {}
def vec_kw():
    """baseline vectors; extra = per-topic matrices of corpus articles whose TITLE carries a LABELLING.md keyword"""
    D = docs_tm(rows); Pd = docs_tm(POOL)
    hits = {j: [i for i, r in enumerate(POOL) if rx.search((r.get('title') or '').lower())] for j, rx in KW.items()}
    print('  keyword-title pseudo-positives:', {TOPICS[j]: len(h) for j, h in hits.items()}, file=sys.stderr)
    for j, h in hits.items(): print('   e.g.', TOPICS[j], [POOL[i].get('title') for i in h[:8]], file=sys.stderr)
    def f(k):
        tr = np.where(F != k)[0]; te = np.where(F == k)[0]; trd = [D[i] for i in tr]
        v = Vectorizer().fit(trd, idf_docs=trd + Pd)
        return v.transform(trd), v.transform([D[i] for i in te]), {j: v.transform([Pd[i] for i in h]) for j, h in hits.items()}
    return f

def kw_margins(w, C=16.0):
    def fit(X, Yt):
        ws = []
        for j in range(3):
            if j in CUR['pp']:
                Q = CUR['pp'][j]; Xa = sp.vstack([X, Q]).tocsr(); ya = np.r_[Yt[:, j], np.ones(Q.shape[0], bool)]
                ws.append(lr_fit(Xa, ya, C, np.r_[np.ones(len(Yt)), w * np.ones(Q.shape[0])]))
            else: ws.append(lr_fit(X, Yt[:, j], C))
        return lambda Z: np.column_stack([lr_margin(wj, Z) for wj in ws])
    return fit

def margins_kw(vkey, vec_fn, ckey, comp):
    path = f'{CDIR}/{vkey}__{ckey}.pkl'
    if os.path.exists(path): return pickle.load(open(path, 'rb'))
    out = []
    for k in range(5):
        Xtr, Xte, pp = fold_data(k, vkey, vec_fn); Ytr = Y[F != k]; CUR['pp'] = pp
        out.append((inner_oof(Xtr, Ytr, comp), comp(Xtr, Ytr)(Xte)))
    pickle.dump(out, open(path, 'wb')); return out

def g_kw():
    V = vec_kw()
    for w in [0.2, 0.5, 1.0]:
        evaluate(f'keyword-title corpus pseudo-positives (s, hr), weight {w}', margins_kw('kw', V, f'kw{w}', kw_margins(w)))

def g_seeds():
    seed_check('baseline LR C=16')
    seed_check('NB-LR 0.5', comps=(('nb', nb_margins(beta=0.5)),))
    seed_check('avg LR + NB-LR 0.5', comps=(('lr', lr_margins()), ('nb', nb_margins(beta=0.5))))

def nbkw_margins(w, C=16.0, beta=0.5):
    """NB-LR ratio^beta (ratios from the labelled rows) + keyword-title pseudo-positives for s and hr"""
    def fit(X, Yt):
        B = (X > 0).astype(float); models = []
        for j in range(3):
            p = 1 + B[Yt[:, j]].sum(0).A1; q = 1 + B[~Yt[:, j]].sum(0).A1
            r = np.log((p / p.sum()) / (q / q.sum())); r = np.abs(r) ** beta * np.sign(r)
            if j in CUR['pp']:
                Q = CUR['pp'][j]; Xa = sp.vstack([X, Q]).tocsr(); ya = np.r_[Yt[:, j], np.ones(Q.shape[0], bool)]
                models.append((r, lr_fit(nb_scale(Xa, r), ya, C, np.r_[np.ones(len(Yt)), w * np.ones(Q.shape[0])])))
            else: models.append((r, lr_fit(nb_scale(X, r), Yt[:, j], C)))
        return lambda Z: np.column_stack([lr_margin(wj, nb_scale(Z, r)) for r, wj in models])
    return fit

def g_combo():
    evaluate('NB-LR 0.5 + keyword-title pseudo-positives, weight 0.2', margins_kw('kw', vec_kw(), 'nbkw0.2', nbkw_margins(0.2)))

def g_splits():
    """paired comparison on 4 other outer fold splits (replica's strat_folds, seeds 11-14): how much of a
    difference survives a different split"""
    global F
    F0 = F; out = {}
    for sd in [11, 12, 13, 14]:
        F = strat_folds(Y, 5, sd); print(f'-- outer split seed {sd}')
        V = vec_base(); Vk = vec_kw()
        out.setdefault('base', []).append(evaluate('  baseline LR C=16', margins(f'b{sd}', V, 'lr16', lr_margins())))
        nb = margins(f'b{sd}', V, 'nb05', nb_margins(beta=0.5))
        out.setdefault('nb', []).append(evaluate('  NB-LR 0.5', nb))
        out.setdefault('avg', []).append(evaluate('  avg LR + NB-LR 0.5', [margins(f'b{sd}', V, 'lr16', lr_margins()), nb]))
        out.setdefault('kw', []).append(evaluate('  keyword-title pseudo-positives 0.2', margins_kw(f'kw{sd}', Vk, 'kw0.2', kw_margins(0.2))))
    F = F0
    for k, v in out.items(): print(f'{k:5s} macro per split', ' '.join(f'{x:.3f}' for x in v), f'mean {np.mean(v):.3f}', 'diff vs base', ' '.join(f'{a - b:+.3f}' for a, b in zip(v, out['base'])))

def nb_norenorm_margins(C=16.0, beta=0.5):
    """NB-LR ratio^beta WITHOUT re-normalising the scaled vector: margin = (w o r).x + b, so the ratios fold into
    one linear model's term weights"""
    def fit(X, Yt):
        B = (X > 0).astype(float); models = []
        for j in range(3):
            p = 1 + B[Yt[:, j]].sum(0).A1; q = 1 + B[~Yt[:, j]].sum(0).A1
            r = np.log((p / p.sum()) / (q / q.sum())); r = np.abs(r) ** beta * np.sign(r)
            models.append((r, lr_fit(sp.csr_matrix(X @ sp.diags(r)), Yt[:, j], C)))
        return lambda Z: np.column_stack([lr_margin(wj, sp.csr_matrix(Z @ sp.diags(r))) for r, wj in models])
    return fit

def g_nbfold():
    global F
    F0 = F; res = []
    for sd in [None, 11, 12, 13, 14]:
        if sd is not None: F = strat_folds(Y, 5, sd)
        tag = 'b' if sd is None else f'b{sd}'; V = vec_base()
        print(f'-- outer split {"product (seed 20261122)" if sd is None else sd}')
        res.append((evaluate('  NB-LR 0.5, no re-normalisation (foldable)', margins(tag, V, 'nbnr05', nb_norenorm_margins())),
                    evaluate('  NB-LR 0.5 (re-normalised)', margins(tag, V, 'nb05', nb_margins(beta=0.5))),
                    evaluate('  baseline', margins(tag, V, 'lr16', lr_margins()))))
    F = F0
    print('no-renorm minus base:', ' '.join(f'{a - c:+.3f}' for a, b, c in res), '| renorm minus base:', ' '.join(f'{b - c:+.3f}' for a, b, c in res))

if __name__ == '__main__':
    for g in sys.argv[1:]:
        t = time.time(); globals()['g_' + g](); print(f'  ({g}: {time.time() - t:.0f}s)', file=sys.stderr, flush=True)
