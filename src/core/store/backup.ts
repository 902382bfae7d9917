import type { Db } from './db.js';

/**
 * Copies the live database with SQLite's online backup API: readers and the writer carry on,
 * and the copy is a consistent snapshot that passes `PRAGMA integrity_check`.
 */
export async function backupDb(db: Db, target: string): Promise<number> {
  const result = await db.backup(target);
  return result.totalPages;
}
