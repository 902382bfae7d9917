import { PUBLISHED_IN_FUTURE } from '../knowledge.js';
import type { SqlClient } from '../sql.js';
import { flag } from './dialect.js';

export interface SourceRow {
  id: number;
  title: string;
  url: string | null;
  published: string;
  /** 1 when the feed dated the item in the future and its fetch time stands in. */
  future: number;
  outlet: string;
  feed_url: string;
}

/** A SourceRow's columns and the FROM they are read from (items `i`, feeds `f`); a read may join more to it. */
export const SOURCE_COLUMNS = `i.id, i.title, i.url, i.published, ${flag(`i.published_estimated = ${PUBLISHED_IN_FUTURE}`)} AS future, f.name AS outlet, f.url AS feed_url
       FROM items i JOIN feeds f ON f.id = i.feed_id`;

/** Items as their sources are cited: title, link, date, outlet. */
export function createSourceReads(sql: SqlClient) {
  const columns = SOURCE_COLUMNS;
  return {
    /** One item, or undefined when it was removed. */
    one: (itemId: number) => sql.get<SourceRow>(`SELECT ${columns} WHERE i.id = ?`, [itemId]),
    /** Several items in one read (any order; missing ones absent). */
    many: (ids: readonly number[]) =>
      ids.length === 0 ? Promise.resolve([]) : sql.all<SourceRow>(`SELECT ${columns} WHERE i.id IN (${ids.map(() => '?').join(',')})`, [...ids]),
  };
}
