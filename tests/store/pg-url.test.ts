/**
 * `PARLEY_DATABASE_URL=postgres://127.0.0.1/test npm start`, as issue 15 and the README write it: a
 * URL with no user connects as the operating-system account, as psql does, even where $USER is
 * unset (containers, CI runners, `env -i`), instead of failing with "no PostgreSQL user name
 * specified in startup packet".
 */
import { userInfo } from 'node:os';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runNode } from '../support/processes.js';
import { contractStores, TEST_PG_URL } from '../support/stores.js';

// contractStores says why PostgreSQL is skipped, and fails instead under PARLEY_REQUIRE_PG=1.
const unreachable = (await contractStores()).find((c) => c.name === 'postgres')?.skip;
const account = userInfo().username;
// The account must be a role on the server for the URL to mean anything; say so when it is not.
const hasRole = unreachable
  ? false
  : await (async () => {
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      try {
        return (await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [account])).rowCount === 1;
      } finally {
        await c.end();
      }
    })();
const why = unreachable ?? (hasRole ? undefined : `the account "${account}" is not a PostgreSQL role here`);
if (why && !unreachable) console.warn(`[pg-url] skipped: ${why}`);

describe('a PostgreSQL URL that names no user', () => {
  it.skipIf(why !== undefined)('connects as the operating-system account with $USER and $PGUSER unset', async () => {
    const url = new URL(TEST_PG_URL);
    url.username = '';
    url.password = '';
    const script = `
      import { createPostgresClient } from './src/core/store/postgres.ts';
      const sql = createPostgresClient(${JSON.stringify(url.toString())});
      console.log(JSON.stringify(await sql.get('SELECT current_user AS who')));
      await sql.close();`;
    // runNode passes PATH and HOME only: no USER, no PGUSER.
    const p = runNode(['--import', 'tsx', '--input-type=module', '-e', script], {});
    expect(await p.exited, p.stderr()).toBe(0);
    expect(JSON.parse(p.stdout())).toEqual({ who: account });
  });
});
