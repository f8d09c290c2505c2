"""The shared part of the later screening rounds (what-lifts-the-corpus-idf-recipe, sentence-embeddings, more-labels):
the unlabelled corpus articles (POOL), token maps (stemmers), the corpus-IDF vectoriser per outer fold, and the margins
of a model per outer fold (cached under $REPLICA_WORK/margin-cache) with their evaluation by averaged Platt-calibrated
probabilities. Snowball needs Debian's python3-snowballstemmer (pure Python), imported from /usr/lib/python3/dist-packages."""
from crossval import *
import sys, time, pickle
sys.path.append('/usr/lib/python3/dist-packages')
WORK = os.environ.get('REPLICA_WORK', '/tmp/recipe-replica'); CDIR = WORK + '/margin-cache'; os.makedirs(CDIR, exist_ok=True)
POOL = pool_rows()

# ---------------------------------------------------------------- token maps
_memo = {}
def tokmap(name):
    if name is None: return None
    if name not in _memo:
        cache = {}
        if name == 'porter2':
            import snowballstemmer; st = snowballstemmer.stemmer('english')
            def f(t):
                r = cache.get(t)
                if r is None: r = cache[t] = st.stemWord(t)
                return r
        elif name == 'sfold':   # Harman's S-stemmer: plural folding only
            def f(t):
                r = cache.get(t)
                if r is None:
                    r = t
                    if len(t) > 3 and t.endswith('ies') and not t.endswith(('eies', 'aies')): r = t[:-3] + 'y'
                    elif len(t) > 3 and t.endswith('es') and not t.endswith(('aes', 'ees', 'oes')): r = t[:-1]
                    elif len(t) > 3 and t.endswith('s') and not t.endswith(('us', 'ss')): r = t[:-1]
                    cache[t] = r
                return r
        _memo[name] = f
    return _memo[name]

def docs_tm(rs, tm=None, tw=1):
    f = tokmap(tm); out = []
    for r in rs:
        ws = words(r.get('title'), r.get('text'), tw)
        if f: ws = [f(t) for t in ws]
        out.append(terms_of(ws))
    return out

# ---------------------------------------------------------------- vectorisers (extra = fitted Vectorizer)
def vec_base(tm=None):
    D = docs_tm(rows, tm); Pd = docs_tm(POOL, tm)
    def f(k):
        tr = np.where(F != k)[0]; te = np.where(F == k)[0]; trd = [D[i] for i in tr]
        v = Vectorizer().fit(trd, idf_docs=trd + Pd)
        return v.transform(trd), v.transform([D[i] for i in te]), v
    return f

# ---------------------------------------------------------------- margins cache and evaluation
MC = {}
def margins(vkey, vec_fn, ckey, comp):
    key = (vkey, ckey); path = f'{CDIR}/{vkey}__{ckey}.pkl'
    if key in MC: return MC[key]
    if os.path.exists(path): MC[key] = pickle.load(open(path, 'rb')); return MC[key]
    t = time.time(); out = []
    for k in range(5):
        Xtr, Xte, _ = fold_data(k, vkey, vec_fn); Ytr = Y[F != k]
        out.append((inner_oof(Xtr, Ytr, comp), comp(Xtr, Ytr)(Xte)))
    print(f'  [{vkey}/{ckey} {time.time() - t:.0f}s]', file=sys.stderr, flush=True)
    pickle.dump(out, open(path, 'wb')); MC[key] = out; return out

RESULTS = []
def evaluate(name, sets):
    """average of the Platt-calibrated probabilities of each set; threshold grid on the averaged inner-OOF scores"""
    if isinstance(sets[0], tuple): sets = [sets]
    P = np.zeros_like(Y)
    for k in range(5):
        te = F == k; Ytr = Y[F != k]
        for j in range(3):
            po = 0; pt = 0
            for ms in sets:
                oof, test = ms[k][0], ms[k][1]
                a, b = platt_fit(oof[:, j], Ytr[:, j])
                po = po + sigmoid(a * oof[:, j] + b) / len(sets); pt = pt + sigmoid(a * test[:, j] + b) / len(sets)
            th = best_threshold(po, Ytr[:, j]); P[te, j] = pt >= th
    m = report(name, Y, P); RESULTS.append((name, P)); return m
