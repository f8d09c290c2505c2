"""Do per-topic costs, oversampling sanctions, NB-LR or stacking beat the topics-v2 recipe? (replica, product folds)
Usage: research/topic-recipe-replica/run.sh research/unlabelled-news-or-classifier-settings/classifier_settings.py"""
from crossval import *
base = std_vec()
run('base C16', base, 'base', lr_margins())
for C in [(16, 4, 16), (16, 8, 16), (16, 32, 16), (32, 16, 8), (8,16,16)]:
    run(f'C={C}', base, 'base', lr_margins(C))
run('sanctions pos weight 3', base, 'base', lr_margins(weights=lambda y, j: np.where(y & (j == 0), 3.0, 1.0)))
run('nb-lr a=1', base, 'base', nb_margins())
run('nb-lr a=1 C4', base, 'base', nb_margins(C=(4,4,4)))
run('nb-lr a=1 beta .5', base, 'base', nb_margins(beta=0.5))
run('stacked lr', base, 'base', stacked(lr_margins()))
