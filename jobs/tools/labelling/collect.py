"""Collects annotated rounds into the project's extra labels. Each round folder holds items.json (the ids and whether
each is a check row from the labelled set), batch-K.jsonl (what the annotators read) and labels-K.jsonl (their answers,
one line per batch line, same order). Writes data/labels/topics-extra.jsonl (corpus articles: id, labels, note, round)
and data/labels/topics-extra-check.jsonl (the check rows, for agreement.py).
Usage: python3 jobs/tools/labelling/collect.py ROUND_DIR [ROUND_DIR...]"""
import json, os, sys
root = os.path.abspath(os.path.join(os.path.dirname(__file__), '../../..'))
TOPICS = ['sanctions', 'human_rights', 'diplomacy']
extra, check = [], []
for n, folder in enumerate(sys.argv[1:], 1):
    items = json.load(open(f'{folder}/items.json')); is_check = {i['id']: i['gold'] for i in items}
    k = 0
    while os.path.exists(f'{folder}/batch-{k}.jsonl'):
        asked = [json.loads(l)['id'] for l in open(f'{folder}/batch-{k}.jsonl')]
        answers = [json.loads(l) for l in open(f'{folder}/labels-{k}.jsonl')]
        if [a['id'] for a in answers] != asked: sys.exit(f'{folder}/labels-{k}.jsonl does not answer batch {k} line for line')
        for a in answers:
            if not set(a['labels']) <= set(TOPICS): sys.exit(f"{a['id']}: unknown label in {a['labels']}")
            row = {'id': a['id'], 'labels': [t for t in TOPICS if t in a['labels']], 'note': a.get('note', ''), 'round': n}
            (check if is_check[a['id']] else extra).append(row)
        k += 1
for rows, name in [(extra, 'topics-extra.jsonl'), (check, 'topics-extra-check.jsonl')]:
    if len({r['id'] for r in rows}) != len(rows): sys.exit(f'{name}: an id was annotated twice')
    rows.sort(key=lambda r: r['id'])
    with open(f'{root}/data/labels/{name}', 'w') as f:
        for r in rows: f.write(json.dumps(r) + '\n')
    print(f'{name}: {len(rows)} rows')
