"""With the corpus IDF: does NB-LR, another cost, an IDF from news corpora only, or another min-df do better?
Usage: research/topic-recipe-replica/run.sh research/unlabelled-news-or-classifier-settings/corpus_idf_variants.py"""
from crossval import *
def vec_pool(min_df=2, src=None, vocab=False, vs=40000):
    D = docs(rows)
    pr = pool_rows() if src is None else [r for r in pool_rows() if r['id'].split('/')[0] in src]
    Pd = docs(pr)
    def f(k):
        tr = np.where(F != k)[0]; te = np.where(F == k)[0]; trd = [D[i] for i in tr]
        v = Vectorizer(min_df=min_df, vocab_size=vs).fit(trd + (Pd if vocab else []), idf_docs=trd + Pd)
        return v.transform(trd), v.transform([D[i] for i in te]), None
    return f
v = vec_pool()
run('idf pool + nb beta .5', v, 'p', nb_margins(beta=0.5))
run('idf pool + nb beta 1', v, 'p', nb_margins())
run('idf pool C32', v, 'p', lr_margins((32, 32, 32)))
run('idf pool C8', v, 'p', lr_margins((8, 8, 8)))
run('idf pool news only (agnews+bbc)', vec_pool(src={'agnews', 'bbc'}), 'pn', lr_margins())
run('idf pool min-df 3', vec_pool(min_df=3), 'p3', lr_margins())
run('idf pool min-df 1', vec_pool(min_df=1), 'p1', lr_margins())
