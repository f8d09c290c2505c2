"""Does an IDF (or a vocabulary and IDF) fitted on the training rows plus the unlabelled corpora lift the topics-v2 recipe?
Usage: research/topic-recipe-replica/run.sh research/unlabelled-news-or-classifier-settings/corpus_idf.py"""
from crossval import *
run('idf on train+pool', std_vec(extra_idf=True), 'idf', lr_margins())
run('vocab+idf on train+pool', std_vec(extra_idf='vocab'), 'vocab', lr_margins())
