import { lexiconOf, loadDossier } from '/work/read/src/core/dossier/load.js';
import { extract } from '/work/read/src/core/extract/index.js';
import { parseFeed } from '/work/read/src/core/feeds/index.js';
import { generateCorpus } from '/work/read/bench/corpus.js';
const lexicon = lexiconOf(loadDossier());
const corpus = generateCorpus({ seed: 20250311, items: 600, relevantShare: 1, duplicateShare: 0 });
const items: any[] = [];
for (const f of corpus.feeds) for (const it of (await parseFeed(f.xml, { fetchedAt: new Date('2025-03-08T12:00:00Z') })).items) items.push(it);
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  for (const it of items) extract({ title: it.title, text: it.text, published: new Date(it.published), lexicon });
  console.log(((performance.now() - t) / items.length).toFixed(3), 'ms/item', items.length);
}
