"""With the corpus IDF: do LSA dimensions of the unlabelled corpora, as extra features folded back into term weights, help?
Usage: research/topic-recipe-replica/run.sh research/unlabelled-news-or-classifier-settings/lsa_features.py K ALPHA[,ALPHA...]   (the figures: K 150, ALPHA 1,3)"""
from crossval import *
from scipy.sparse.linalg import svds
import sys
k_dims = int(sys.argv[1]); alphas = [float(a) for a in sys.argv[2].split(',')]
def vec_pool_lsa(k):
    D = docs(rows); Pd = docs(pool_rows())
    def f(fold):
        tr = np.where(F != fold)[0]; te = np.where(F == fold)[0]; trd = [D[i] for i in tr]
        v = Vectorizer().fit(trd, idf_docs=trd + Pd)
        Xp = v.transform(Pd)
        _, _, Vt = svds(Xp, k=k)
        return v.transform(trd), v.transform([D[i] for i in te]), Vt
    return f
def lsa_margins(alpha, C=16):
    def fit_maker(Vt):
        def fit(X, Yt):
            Xa = sp.hstack([X, alpha * sp.csr_matrix(X @ Vt.T)]).tocsr()
            ws = [lr_fit(Xa, Yt[:, j], C) for j in range(3)]
            # fold the projection into per-term weights: the margin stays linear in the original vector
            folded = [(w[:X.shape[1]] + alpha * Vt.T @ w[X.shape[1]:-1], w[-1]) for w in ws]
            return lambda Z: np.column_stack([Z @ fw + b for fw, b in folded])
        return fit
    return fit_maker
V = vec_pool_lsa(k_dims)
for a in alphas:
    P = np.zeros_like(Y)
    for k in range(5):
        tr, te = F != k, F == k
        Xtr, Xte, Vt = fold_data(k, 'lsa', V)
        fit = lsa_margins(a)(Vt)
        oof = inner_oof(Xtr, Y[tr], fit)
        P[te], _ = calibrate_and_threshold(oof, Y[tr], fit(Xtr, Y[tr])(Xte))
    report(f'idf pool + LSA({k_dims}) of pool, alpha {a}, folded', Y, P)
