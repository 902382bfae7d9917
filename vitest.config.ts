import { defineConfig } from 'vitest/config';

/**
 * The slow end: files that start processes (the bot, the CLI, killed ingests, racing schedulers)
 * or drive the real Bolt and discord.js over loopback fakes, and the fault-injection suite.
 * `npm test` runs both projects; `npm run test:unit` only the fast in-process one.
 */
const E2E = [
  'tests/e2e/**/*.test.ts',
  'tests/faults/**/*.test.ts',
  'tests/cli.test.ts',
  'tests/adapters/main.test.ts',
  'tests/adapters/shell.test.ts',
  'tests/adapters/slack.test.ts',
  'tests/adapters/discord.test.ts',
  'tests/adapters/discord-shards.test.ts',
  'tests/adapters/parity.test.ts',
  'tests/adapters/posters.test.ts',
  'tests/adapters/rate-limited-fakes.test.ts',
  'tests/adapters/subscriptions.e2e.test.ts',
  'tests/adapters/dossiers.e2e.test.ts',
  'tests/schedule/processes.test.ts',
  'tests/schedule/kill-replica.test.ts',
  'tests/schedule/post-due-cli.test.ts',
  'tests/reader/cli.e2e.test.ts',
  // Runs the CLI as processes (a read-only database, as another user).
  'tests/core/db-errors.test.ts',
];

export default defineConfig({
  test: {
    // Two cores: forks keep better-sqlite3 and sockets isolated per file without oversubscribing.
    pool: 'forks',
    // Generous: a test that waits on a child process or a socket must not fail because another
    // process holds both cores. Only a timeout firing is bounded; nothing asserts elapsed time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // CI reads the counts from the JSON report for its closing "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results.json' },
    projects: [
      {
        extends: true,
        // The unit files share one process per worker (half the time: modules load and JIT-warm
        // once), so a unit test must not mock modules, fake timers or change process.env; such a
        // test belongs in E2E, whose files each get a fresh process.
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: E2E, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E,
          // A test here runs processes one after another (tsx compiles each cold: 1 s idle, 6 s
          // with both cores taken); ten of them overran 30 s in CI beside a busy machine. The bound
          // only catches a hang.
          testTimeout: 180_000,
          // Prints the fault-injection totals (faults, items, duplicates, mentions) as the run's last line.
          globalSetup: ['tests/faults/global-setup.ts'],
        },
      },
    ],
  },
});
