import type { SqlClient } from '../sql.js';
import { ftsIds, flag } from './dialect.js';

export interface ItemRow {
  id: number;
  title: string;
  url: string | null;
  published: string;
  published_estimated: number;
  text: string;
  /** 1 when the item was read for the dossier asked. */
  relevant: number;
  content_hash: string;
}

/** Stored items: by id or URL, by the words they contain, and the version of a dossier's reports. */
export function createItemReads(sql: SqlClient) {
  const columns = (dossier: string) => ({
    text: `id, title, url, published, published_estimated, text, content_hash,
      ${flag('EXISTS (SELECT 1 FROM item_dossiers d WHERE d.item_id = items.id AND d.dossier = ?)')} AS relevant FROM items`,
    values: [dossier],
  });
  return {
    byId: (id: number, dossier: string) => {
      const c = columns(dossier);
      return sql.get<ItemRow>(`SELECT ${c.text} WHERE id = ?`, [...c.values, id]);
    },
    byUrl: (url: string, dossier: string) => {
      const c = columns(dossier);
      return sql.get<ItemRow>(`SELECT ${c.text} WHERE url = ?`, [...c.values, url]);
    },
    /**
     * A dossier's newest reports matching every group of phrases (a group: any of its phrases),
     * among the newest `matches` full-text hits, newest first.
     */
    matching: (dossier: string, groups: readonly (readonly string[])[], opts: { matches: number; limit: number }) => {
      const ids = ftsIds(sql, 'items', groups, { newestFirst: true, limit: opts.matches });
      return sql.all<{ id: number; title: string; text: string }>(
        `SELECT i.id, i.title, i.text FROM items i JOIN item_dossiers d ON d.item_id = i.id AND d.dossier = ?
          WHERE i.id IN (${ids.text}) ORDER BY i.published DESC, i.id DESC LIMIT ${opts.limit}`,
        [dossier, ...ids.values],
      );
    },
    /** Changes when an item is read for the dossier or an event is stored. */
    version: async (dossier: string): Promise<string> => {
      const r = await sql.get<{ a: number | null; b: number | null }>(
        'SELECT (SELECT max(item_id) FROM item_dossiers WHERE dossier = ?) AS a, (SELECT max(id) FROM events) AS b',
        [dossier],
      );
      return `${r?.a ?? 0}|${r?.b ?? 0}`;
    },
  };
}
