"""Does self-training on the unlabelled corpora (confident pseudo-labels) lift the topics-v2 recipe?
Usage: research/topic-recipe-replica/run.sh research/unlabelled-news-or-classifier-settings/self_training.py"""
from crossval import *
import sys
def st(hi=0.9, lo=0.1, weight=1.0, max_pos=None):
    def f(X, Yt, pool, fit_margins):
        M = fit_margins(X, Yt)(pool); p = sigmoid(M)
        conf = np.all((p > hi) | (p < lo), 1)
        Yp = p > hi
        keep = conf & Yp.any(1)  # only docs with some pseudo-positive topic (negatives are plentiful already)
        print('  self-training adds', keep.sum(), Yp[keep].sum(0), file=sys.stderr)
        return sp.vstack([X, pool[keep]]).tocsr(), np.vstack([Yt, Yp[keep]])
    return f
v = std_vec(pool=True)
run('self-train .9/.1', v, 'pool', lr_margins(), selftrain=st())
run('self-train .95/.05', v, 'pool', lr_margins(), selftrain=st(.95, .05))
