"""How the topics-v4 recipe (replica: NB-LR 0.5, corpus IDF) improves with more labelled rows: each outer fold's
training rows subsampled to a fraction (two random draws below 1), same outer folds and held-out rows.
Usage: research/topic-recipe-replica/run.sh research/more-labels/learning_curve.py"""
from screening import *
base = vec_base()
comp = nb_margins(alpha=1.0, beta=0.5)
for frac in [0.5, 0.75, 1.0]:
    for rep in ([0, 1] if frac < 1 else [0]):
        P = np.zeros_like(Y)
        rng = np.random.RandomState(100 + rep)
        for k in range(5):
            Xtr, Xte, _ = fold_data(k, 'b', base); Ytr = Y[F != k]
            keep = rng.rand(len(Ytr)) < frac
            oof = inner_oof(Xtr[keep], Ytr[keep], comp); test = comp(Xtr[keep], Ytr[keep])(Xte)
            P[F == k], _ = calibrate_and_threshold(oof, Ytr[keep], test)
        report(f'NB-LR, {frac:.2f} of the training rows (draw {rep})', Y, P)
