import { lexiconOf, type LoadedDossier } from '../dossier/load.js';
import { UserError } from '../errors.js';
import { explainExtraction } from '../extract/explain.js';
import { extract } from '../extract/index.js';
import { canonicalUrl } from '../feeds/index.js';
import type { ExplainResult } from '../schemas.js';
import { createItemReads, type ItemRow } from '../store/reads/items.js';
import type { SqlClient } from '../store/sql.js';
import { knownParties } from '../knowledge-writer.js';
import { explainReading } from '../reader/explain.js';
import { createModelReads, type ItemFactRows } from '../store/model-reads.js';
import { cleanArg } from './common.js';

/** The facts stored from an item as `parley explain` lists them, each with its readers. */
function factLines(f: ItemFactRows): NonNullable<ExplainResult['stored']> {
  return [
    ...f.members.map((m) => ({ kind: 'delegation' as const, fact: `${m.party}: ${m.role} ${m.name}`, readers: m.readers, rule: m.rule })),
    ...f.rounds.map((r) => ({ kind: 'round' as const, fact: `${r.place ?? '(no place)'} ${r.date ?? '(no date)'} ${r.status}`, readers: r.readers, rule: r.rule })),
    ...f.roles.map((r) => ({ kind: 'role' as const, fact: `${r.name}: ${r.title}${r.party ? ` [${r.party}]` : ''}`, readers: r.readers, rule: null })),
  ];
}

/**
 * `parley explain <item-url-or-id>`: re-reads one stored item as ingest did (same lexicon, the
 * knowledge base's sides) and says, sentence by sentence, whom it found, which rule proposed whom
 * for which side with what score, what became a fact, and why nothing did where people were named.
 */
export function createExplain(sql: SqlClient, dossier: LoadedDossier) {
  // Relevant means relevant to this dossier: an item another negotiation's reports brought in is read here only if it is this one's too.
  const items = createItemReads(sql);
  // The model's readings are the write side's store (store/model-reads.ts).
  const modelReads = createModelReads(sql);
  const lexicon = lexiconOf(dossier);
  return async function explain(ref: string): Promise<ExplainResult> {
    const r = cleanArg(ref, 'item', 'parley explain 42 (an item id) or parley explain https://…', 2_000);
    let row: ItemRow | undefined;
    if (/^\d+$/.test(r)) row = await items.byId(Number(r), dossier.id);
    else if (/^https?:\/\//i.test(r)) row = (await items.byUrl(canonicalUrl(r) ?? r, dossier.id)) ?? (await items.byUrl(r, dossier.id));
    if (!row) throw new UserError(`No stored item "${r.slice(0, 80)}". Try: parley explain <item id or its URL> (see the sources of /timeline).`);
    const x = extract({
      title: row.title,
      text: row.text,
      published: new Date(row.published),
      publishedCertain: row.published_estimated === 0,
      lexicon,
      // The sides the knowledge base holds now, as an ingest reads them before extracting.
      knownParty: await knownParties(sql),
      trace: true,
    });
    const stored = factLines(await modelReads.factsOfItem(row.id));
    const model = explainReading(await modelReads.forItem(row.id, row.content_hash), { ...row, sentences: x.sentences });
    return {
      item: { id: row.id, title: row.title, url: row.url, published: row.published, relevant: row.relevant === 1 },
      sentences: explainExtraction(x),
      ...(stored.length ? { stored } : {}),
      ...(model ? { model } : {}),
    };
  };
}
