"""Chooses the modern corpus articles to label (issue #13) and deals them into annotators' batches.
Every article of hrds-attack-train (2019-22) and semeval23-news (2022) is taken. From allsides-news (2012-2020, dated
articles with at least 400 characters of text) it draws, without replacement, POOLS in order: candidates for each
topic found by words (an article that names the topic's words twice or more), the site's foreign-affairs and rights
tags, hard negatives from the tags of US domestic news (elections, Congress, crime, health, economy: where "talks",
"rights" and "sanction" turn up in other senses), and a random draw from everything. Each row keeps the pool that
chose it. A SECOND sample of the chosen articles, drawn evenly from every batch, is dealt to an independent second
annotator. Texts are cut at 3,000 characters (the headline, lede and first paragraphs, where the guide looks first).
Usage: python3 jobs/tools/labelling/choose_modern.py OUT SEED BATCHES SECOND"""
import gzip, json, os, random, re, sys
out, seed, n_batches, n_second = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
corpora = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/corpora')
CUT = 3000
WORDS = {
    'sanctions': r'\bsanction(s|ed|ing)?\b|\bembargo|\btariff|\bblacklist|\basset freeze|\bexport control',
    'human_rights': r'\bhuman rights\b|\btortur|\basylum|\brefugee|\bpolitical prisoner|\bdetain|\bcivil liberties|\bcensor|\bgenocide|\bdissident',
    'diplomacy': r'\bambassador|\bsummit\b|\bdiplomat|\benvoy|\bforeign minister|\bsecretary of state|\bpeace talks|\bnegotiat|\btreaty\b|\bsecurity council',
}
FOREIGN = {'world', 'foreign_policy', 'middle_east', 'north_korea', 'russia', 'china', 'state_department', 'europe',
           'great_britain', 'isis', 'terrorism', 'national_security', 'defense', 'national_defense', 'us_military', 'trade'}
RIGHTS = {'civil_rights', 'immigration', 'free_speech', 'lgbt_rights', 'race_and_racism', 'religion_and_faith', 'justice',
          'nsa', 'criminal_justice'}
DOMESTIC = {'elections', 'politics', 'white_house', 'us_house', 'us_senate', 'us_congress', 'violence_in_america',
            'economy_and_jobs', 'healthcare', 'coronavirus', 'republican_party', 'democratic_party', 'impeachment',
            'supreme_court', 'federal_budget', 'taxes', 'labor', 'banking_and_finance', 'fbi', 'justice_department'}
POOLS = [('words:sanctions', 380), ('words:human_rights', 300), ('words:diplomacy', 300),
         ('tag:foreign', 420), ('tag:rights', 260), ('tag:domestic', 400), ('random', 150)]

def year(d):
    m = re.match(r'(\d{4})-\d\d-\d\d', d or '')
    return int(m.group(1)) if m else None

rng = random.Random(seed)
allsides = []
for line in gzip.open(f'{corpora}/allsides-news.jsonl.gz', 'rt'):
    r = json.loads(line)
    y = year(r.get('date'))
    if y and 2012 <= y <= 2020 and len((r.get('text') or '').strip()) >= 400:
        allsides.append(r)
allsides.sort(key=lambda r: r['id'])

def member(pool, r):
    kind, _, what = pool.partition(':')
    if kind == 'words':
        return len(re.findall(WORDS[what], ((r.get('title') or '') + ' ' + r['text'][:CUT]).lower())) >= 2
    if kind == 'tag':
        return r.get('allsides_topic') in {'foreign': FOREIGN, 'rights': RIGHTS, 'domestic': DOMESTIC}[what]
    return True

chosen, seen = [], set()
for name in ['hrds-attack-train.jsonl', 'semeval23-news.jsonl']:
    for line in open(f'{corpora}/{name}'):
        r = json.loads(line)
        if len((r.get('text') or '').strip()) >= 200:
            chosen.append((r, 'all:' + name.split('-')[0].split('.')[0])); seen.add(r['id'])
for pool, n in POOLS:
    band = [r for r in allsides if r['id'] not in seen and member(pool, r)]
    for r in rng.sample(band, min(n, len(band))):
        chosen.append((r, pool)); seen.add(r['id'])
    print(f'{pool}: {len(band)} candidates, {len(chosen)} chosen so far')
rng.shuffle(chosen)
os.makedirs(out, exist_ok=True)

def item(r):
    text = r.get('text') or ''
    return {'id': r['id'], 'title': r.get('title') or '', 'text': text[:CUT] + (' [...cut]' if len(text) > CUT else '')}

for b in range(n_batches):
    with open(f'{out}/batch-{b}.jsonl', 'w') as f:
        for r, _ in chosen[b::n_batches]:
            f.write(json.dumps(item(r)) + '\n')
second = []
for b in range(n_batches):
    second += rng.sample(chosen[b::n_batches], n_second // n_batches + (b < n_second % n_batches))
rng.shuffle(second)
with open(f'{out}/second.jsonl', 'w') as f:
    for r, _ in second:
        f.write(json.dumps(item(r)) + '\n')
json.dump([{'id': r['id'], 'chosen': pool, 'date': r.get('date')} for r, pool in chosen], open(f'{out}/items.json', 'w'))
print(f'{len(chosen)} articles in {n_batches} batches, {len(second)} for the second annotator, under {out}')
