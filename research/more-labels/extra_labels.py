"""Screening round 8 (exploratory replica, not the product): labels the project gave to corpus articles
(EXTRA, JSONL of id and labels), as rows that only fit the models: they join the training rows of every outer and
inner fold but are never held out, and calibration and thresholds are fitted on the labelled rows' scores alone.
Same folds as the product (seed 20261122). Usage: EXTRA=data/labels/topics-extra.jsonl [ROUNDS=1,2] research/topic-recipe-replica/run.sh
research/more-labels/extra_labels.py [sweep]"""
from screening import *
# a relative EXTRA is taken from the project root
EXTRA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../..', os.environ['EXTRA'])
ROUNDS = os.environ.get('ROUNDS')  # e.g. "1,2": only the rows of those labelling rounds
ex = [json.loads(l) for l in open(EXTRA) if l.strip()]
if ROUNDS: ex = [e for e in ex if str(e.get('round')) in ROUNDS.split(',')]
byid = {r['id']: r for r in POOL}
XR = [byid[e['id']] for e in ex]
YX = np.array([[t in e['labels'] for t in TOPICS] for e in ex], dtype=bool).reshape(-1, 3)
exids = {e['id'] for e in ex}

def run_extra(name, comp, use):
    D = docs_tm(rows); DX = docs_tm(XR); Pd = docs_tm([r for r in POOL if r['id'] not in exids])
    P = np.zeros_like(Y)
    for k in range(5):
        tr = np.where(F != k)[0]; te = np.where(F == k)[0]; trd = [D[i] for i in tr]
        xd = [DX[i] for i in range(len(DX)) if use[i]]; yx = YX[use]
        v = Vectorizer().fit(trd + xd, idf_docs=trd + xd + Pd)
        Xtr, Xte = v.transform(trd), v.transform([D[i] for i in te]); Xx = v.transform(xd) if xd else None
        Ytr = Y[tr]
        def fit_with(Xa, Ya):
            if Xx is None: return comp(Xa, Ya)
            return comp(sp.vstack([Xa, Xx]).tocsr(), np.vstack([Ya, yx]))
        fi = strat_folds(Ytr, 5, 1); oof = np.zeros((Xtr.shape[0], 3))
        for ik in range(5):
            a, b = fi != ik, fi == ik
            oof[b] = fit_with(Xtr[a], Ytr[a])(Xtr[b])
        test = fit_with(Xtr, Ytr)(Xte)
        P[te], _ = calibrate_and_threshold(oof, Ytr, test)
    return report(name, Y, P)

if __name__ == '__main__' and sys.argv[1:] == ['sweep']:
    for C, beta in [(16, 0.5), (32, 0.5), (8, 0.5), (16, 0.75), (16, 1.0), (16, 0.25), (32, 0.75)]:
        run_extra(f'NB-LR beta {beta} C={C} + {len(ex)} extra rows', nb_margins(C=(C, C, C), alpha=1.0, beta=beta), np.ones(len(ex), bool))
elif __name__ == '__main__':
    nb = nb_margins(alpha=1.0, beta=0.5)
    allx = np.ones(len(ex), bool)
    print(f'{len(ex)} extra rows: ' + ', '.join(f'{t} {int(YX[:, j].sum())}' for j, t in enumerate(TOPICS)) + f', none {int((~YX.any(1)).sum())}')
    run_extra('NB-LR 0.5, no extra rows', nb, np.zeros(len(ex), bool))
    run_extra('NB-LR 0.5 + all extra rows (fit only)', nb, allx)
    half = np.random.RandomState(3).rand(len(ex)) < 0.5
    run_extra('NB-LR 0.5 + half the extra rows', nb, half)
    run_extra('LR C=16 + all extra rows', lr_margins(), allx)
