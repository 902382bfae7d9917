import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Prints the fault-injection totals (faults, items, duplicates, mentions) as the run's last line.
    globalSetup: ['tests/faults/global-setup.ts'],
    // Two cores: forks keep better-sqlite3 and sockets isolated per file without oversubscribing.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // CI reads the counts from the JSON report for its closing "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results.json' },
  },
});
