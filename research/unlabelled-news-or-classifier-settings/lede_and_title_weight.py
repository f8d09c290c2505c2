"""Does counting the lede (first words) or the title more often lift the topics-v2 recipe?
Usage: research/topic-recipe-replica/run.sh research/unlabelled-news-or-classifier-settings/lede_and_title_weight.py"""
from crossval import *
for n, w in [(40, 1), (60, 1), (40, 2)]:
    run(f'lede {n} words x{w} extra', std_vec(lede_n=n, lede_w=w), f'lede{n}{w}', lr_margins())
run('title weight 3', std_vec(tw=3), 'tw3', lr_margins())
