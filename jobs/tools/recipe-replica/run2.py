from exp import *
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
which = sys.argv[1]
if which == 'idf':
    run('idf on train+pool', std_vec(extra_idf=True), 'idf', lr_margins())
    run('vocab+idf on train+pool', std_vec(extra_idf='vocab'), 'vocab', lr_margins())
if which == 'st':
    v = std_vec(pool=True)
    run('self-train .9/.1', v, 'pool', lr_margins(), selftrain=st())
    run('self-train .95/.05', v, 'pool', lr_margins(), selftrain=st(.95, .05))
if which == 'lede':
    for n, w in [(40, 1), (60, 1), (40, 2)]:
        run(f'lede {n} words x{w} extra', std_vec(lede_n=n, lede_w=w), f'lede{n}{w}', lr_margins())
    run('title weight 3', std_vec(tw=3), 'tw3', lr_margins())
