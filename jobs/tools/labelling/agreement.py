"""How well the project's annotators agree with the labelled set: the check rows (rows of ../shared/labels/topics.jsonl
that were mixed, unmarked, into the annotators' batches) against their labels there.
Usage: python3 jobs/tools/labelling/agreement.py [--rounds 2,3] [data/labels/topics-extra-check.jsonl]"""
import json, os, sys
root = os.path.abspath(os.path.join(os.path.dirname(__file__), '../../..'))
TOPICS = ['sanctions', 'human_rights', 'diplomacy']
args = sys.argv[1:]
rounds = None
if args[:1] == ['--rounds']: rounds, args = set(args[1].split(',')), args[2:]
check = [json.loads(l) for l in open(args[0] if args else f'{root}/data/labels/topics-extra-check.jsonl')]
if rounds: check = [r for r in check if str(r.get('round')) in rounds]
gold = {r['id']: set(r['labels']) for r in map(json.loads, open(f'{root}/../shared/labels/topics.jsonl'))}
ours = {r['id']: set(r['labels']) for r in check}
print(f'{len(ours)} check rows; the same label set on {sum(ours[i] == gold[i] for i in ours)}')
print('| topic | labelled set positives | ours agree | ours add | ours miss | F1 of ours against the labelled set |')
print('|---|---:|---:|---:|---:|---:|')
for t in TOPICS:
    tp = sum(t in gold[i] and t in ours[i] for i in ours); fp = sum(t not in gold[i] and t in ours[i] for i in ours)
    fn = sum(t in gold[i] and t not in ours[i] for i in ours)
    print(f'| {t} | {tp + fn} | {tp} | {fp} | {fn} | {2 * tp / (2 * tp + fp + fn):.3f} |')
for r in check:
    if ours[r['id']] != gold[r['id']]:
        print(f"differs: {r['id']} labelled set {sorted(gold[r['id']])}, ours {sorted(ours[r['id']])} ({r.get('note', '')})")
