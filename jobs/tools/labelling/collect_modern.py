"""Collects the modern labelling (issue #13) into data/labels/topics-modern.jsonl and reports the agreement of the
independent second labelling: per topic, Cohen's kappa and the counts, and every disagreement (for the third reading).
The folder holds items.json (each chosen article's id, the pool that chose it and its date), batch-K.jsonl and
labels-K.jsonl (the first labelling), second.jsonl and labels-second.jsonl (the second), and, once the disagreements
have had their third reading, labels-third.jsonl ({id, labels, note}), whose labels then replace the first's.
Rows: {id, labels, date, chosen, note}; date is the article's publication date (YYYY-MM-DD), or the year 2022 for
semeval23 (the corpus has no dates; its articles are mostly from 2022).
Usage: python3 jobs/tools/labelling/collect_modern.py FOLDER [--agreement-only]"""
import json, os, sys
root = os.path.abspath(os.path.join(os.path.dirname(__file__), '../../..'))
folder = sys.argv[1]
TOPICS = ['sanctions', 'human_rights', 'diplomacy']

def answers(name, batch):
    asked = [json.loads(l)['id'] for l in open(f'{folder}/{batch}')]
    got = [json.loads(l) for l in open(f'{folder}/{name}')]
    if [a['id'] for a in got] != asked: sys.exit(f'{name} does not answer {batch} line for line')
    for a in got:
        if not set(a['labels']) <= set(TOPICS): sys.exit(f"{a['id']}: unknown label in {a['labels']}")
    return {a['id']: a for a in got}

first = {}
k = 0
while os.path.exists(f'{folder}/batch-{k}.jsonl'):
    first.update(answers(f'labels-{k}.jsonl', f'batch-{k}.jsonl')); k += 1
second = answers('labels-second.jsonl', 'second.jsonl')

def kappa(a, b):
    n = len(a); po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n; pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0

ids = list(second)
print(f'second labelling: {len(ids)} articles labelled by both annotators alone')
print('| topic | both | first only | second only | neither | Cohen\'s kappa |')
print('|---|---:|---:|---:|---:|---:|')
for t in TOPICS:
    a = [t in first[i]['labels'] for i in ids]; b = [t in second[i]['labels'] for i in ids]
    c = lambda x, y: sum(p == x and q == y for p, q in zip(a, b))
    print(f'| {t} | {c(True, True)} | {c(True, False)} | {c(False, True)} | {c(False, False)} | {kappa(a, b):.3f} |')
differ = [i for i in ids if set(first[i]['labels']) != set(second[i]['labels'])]
print(f'the same label set on {len(ids) - len(differ)} of {len(ids)}; {len(differ)} disagreements')
with open(f'{folder}/disagreements.json', 'w') as f:
    json.dump(differ, f)
if '--agreement-only' in sys.argv: sys.exit(0)

third = {}
if os.path.exists(f'{folder}/labels-third.jsonl'):
    third = {a['id']: a for a in map(json.loads, open(f'{folder}/labels-third.jsonl'))}
    missing = [i for i in differ if i not in third]
    if missing: sys.exit(f'labels-third.jsonl lacks {len(missing)} disagreements, e.g. {missing[0]}')
    changed = sum(set(third[i]['labels']) != set(first[i]['labels']) for i in differ)
    print(f'third reading: {len(third)} disagreements settled, {changed} of them against the first labelling')
items = {i['id']: i for i in json.load(open(f'{folder}/items.json'))}
rows = []
for i, a in first.items():
    final = third.get(i, a)
    date = items[i]['date'] or ''
    date = date[:10] if len(date) >= 10 else ('2022' if i.startswith('semeval23/') else None)
    rows.append({'id': i, 'labels': [t for t in TOPICS if t in final['labels']], 'date': date,
                 'chosen': items[i]['chosen'], 'note': final.get('note', ''),
                 'read': 'first, second agreed' if i in second and i not in differ else ('third reading' if i in third else 'first')})
rows.sort(key=lambda r: r['id'])
with open(f'{root}/data/labels/topics-modern.jsonl', 'w') as f:
    for r in rows: f.write(json.dumps(r) + '\n')
counts = {t: sum(t in r['labels'] for r in rows) for t in TOPICS}
print(f"topics-modern.jsonl: {len(rows)} rows, {counts}, none {sum(not r['labels'] for r in rows)}")
