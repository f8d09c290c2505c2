from exp import *
base = std_vec()
run('nb-lr a=1', base, 'base', nb_margins())
run('nb-lr a=1 beta .5', base, 'base', nb_margins(beta=0.5))
run('stacked lr', base, 'base', stacked(lr_margins()))
