"""With the corpus IDF: does self-training on confident margins, or a title counted twice, do better?
Usage: research/topic-recipe-replica/run.sh research/unlabelled-news-or-classifier-settings/corpus_idf_self_training_and_title_weight.py"""
from crossval import *
import sys
def vec_pool_st(tw=1):
    D = docs(rows, tw); Pd = docs(pool_rows(), tw)
    def f(k):
        tr = np.where(F != k)[0]; te = np.where(F == k)[0]; trd = [D[i] for i in tr]
        v = Vectorizer().fit(trd, idf_docs=trd + Pd)
        return v.transform(trd), v.transform([D[i] for i in te]), v.transform(Pd)
    return f
def st_margin(t=2.0, only_pos=False):
    def f(X, Yt, pool, fit_margins):
        M = fit_margins(X, Yt)(pool)
        keep = np.all(np.abs(M) > t, 1); Yp = M > 0
        if only_pos: keep &= Yp.any(1)
        print('  st adds', keep.sum(), Yp[keep].sum(0), file=sys.stderr)
        return sp.vstack([X, pool[keep]]).tocsr(), np.vstack([Yt, Yp[keep]])
    return f
v = vec_pool_st()
run('idf pool + self-train |m|>1 positives only', v, 'ps', lr_margins(), selftrain=st_margin(1.0, True))
run('idf pool + title weight 2', vec_pool_st(2), 'ps2', lr_margins())
