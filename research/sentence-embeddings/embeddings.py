"""Screening round 7 (exploratory replica, not the product): sentence embeddings (all-MiniLM-L6-v2, quantised
ONNX) of the title and the first 2000 characters, written by Embed.java (this folder) into $EMB.
Embedding-only logistic regression, its probabilities averaged with the tf-idf models', and tf-idf and embedding
concatenated. Usage: research/sentence-embeddings/run.sh"""
from screening import *
EMB = os.environ.get('EMB', '/tmp/embedding-probe')
def load_emb(name):
    E = np.fromfile(f'{EMB}/{name}.f32', dtype='<f4').reshape(-1, 384).astype(float)
    ids = [l.strip() for l in open(f'{EMB}/{name}.ids')]
    return E, ids
E, eids = load_emb('labels'); idx = {i: k for k, i in enumerate(eids)}
E = E[[idx[r['id']] for r in rows]]
def vec_emb(k):
    tr = np.where(F != k)[0]; te = np.where(F == k)[0]
    return sp.csr_matrix(E[tr]), sp.csr_matrix(E[te]), None
base = vec_base()
def vec_cat(a):
    def f(k):
        Xtr, Xte, v = fold_data(k, 'b', base)
        tr = np.where(F != k)[0]; te = np.where(F == k)[0]
        return sp.hstack([Xtr, a * sp.csr_matrix(E[tr])]).tocsr(), sp.hstack([Xte, a * sp.csr_matrix(E[te])]).tocsr(), None
    return f
if __name__ == '__main__':
    nb = margins('b', base, 'nb05', nb_margins(alpha=1.0, beta=0.5))
    lr = margins('b', base, 'lr16', lr_margins())
    evaluate('NB-LR 0.5 (v4 replica)', nb)
    evaluate('LR C=16 (v3 replica)', lr)
    for C in [1, 4, 16, 64]:
        em = margins('emb', vec_emb, f'lr{C}', lr_margins((C, C, C)))
        evaluate(f'embedding LR C={C}', em)
        evaluate(f'avg(NB-LR, emb C={C})', [nb, em])
        evaluate(f'avg(NB-LR, LR, emb C={C})', [nb, lr, em])
    for a in [0.5, 1.0]:
        evaluate(f'LR on [tf-idf, {a} x embedding]', margins(f'cat{a}', vec_cat(a), 'lr16', lr_margins()))
