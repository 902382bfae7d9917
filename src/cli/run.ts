import { ConfigError, dotEnvLine, loadDotEnv } from '../config.js';
import { runCli } from './main.js';

// The process edge: .env, exit codes, no stack traces (runCli already turned errors into lines).
async function run(argv: string[]): Promise<number> {
  try {
    const dotenv = loadDotEnv();
    // Only post-due uses the platform tokens .env usually holds: say where they came from.
    if (dotenv && argv[0] === 'post-due') process.stderr.write(`parley post-due: ${dotEnvLine(dotenv)}\n`);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`parley: ${err.message}\n`);
    return 2;
  }
  return runCli(argv);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`parley: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 3;
  },
);
