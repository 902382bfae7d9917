import { lexiconOf, type LoadedDossier } from '../dossier/load.js';
import { UserError } from '../errors.js';
import { explainExtraction } from '../extract/explain.js';
import { extract } from '../extract/index.js';
import { canonicalUrl } from '../feeds/index.js';
import type { ExplainResult } from '../schemas.js';
import type { Db } from '../store/db.js';
import { createItemReads, type ItemRow } from '../store/reads/items.js';
import type { SqlClient } from '../store/sql.js';
import type { KnowledgeWriter } from '../store/knowledge.js';
import { explainReading } from '../reader/explain.js';
import { createModelReads } from '../store/model-reads.js';
import { cleanArg } from './common.js';

/**
 * `parley explain <item-url-or-id>`: re-reads one stored item as ingest did (same lexicon, the
 * knowledge base's sides) and says, sentence by sentence, whom it found, which rule proposed whom
 * for which side with what score, what became a fact, and why nothing did where people were named.
 */
export function createExplain(sql: SqlClient, db: Db, dossier: LoadedDossier, writer: Pick<KnowledgeWriter, 'knownParty'>) {
  // Relevant means relevant to this dossier: an item another negotiation's reports brought in is read here only if it is this one's too.
  const items = createItemReads(sql);
  // The model's readings are the write side's store (store/model-reads.ts), still on the SQLite handle.
  const modelReads = createModelReads(db);
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
      knownParty: writer.knownParty,
      trace: true,
    });
    const stored = modelReads.factsOfItem(row.id);
    const model = explainReading(modelReads.forItem(row.id, row.content_hash), { ...row, sentences: x.sentences });
    return {
      item: { id: row.id, title: row.title, url: row.url, published: row.published, relevant: row.relevant === 1 },
      sentences: explainExtraction(x),
      ...(stored.length ? { stored } : {}),
      ...(model ? { model } : {}),
    };
  };
}
