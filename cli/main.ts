// Entry point of `npm run leaklens`: dispatches to a command and turns every failure into one line
// on stderr with exit code 2 (DESIGN.md "Command line"); a stack trace is never shown.
import { CompileError } from '../compiler/compile-error';
import { buildBundleCommand } from './build-bundle-command';
import { scanCommand } from './scan-command';
import { USAGE } from './usage';
import { oneLine, UsageError } from './usage-error';

const EXIT_BAD_INPUT = 2;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined)
    throw new UsageError('missing command: build-bundle or scan (try --help)');
  if (command === '--help' || command === '-h' || command === 'help' || rest.includes('--help')) {
    process.stdout.write(USAGE);
    return;
  }
  if (command === 'build-bundle') return buildBundleCommand(rest);
  if (command === 'scan') return scanCommand(rest);
  throw new UsageError(
    `unknown command ${JSON.stringify(command)}: expected build-bundle or scan (try --help)`,
  );
}

function fail(e: unknown): void {
  // Expected failures carry their own message; anything else is a bug, still shown on one line.
  const message =
    e instanceof UsageError || e instanceof CompileError
      ? e.message
      : `internal error: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`leaklens: ${oneLine(message)}\n`);
  process.exitCode = EXIT_BAD_INPUT;
}

main(process.argv.slice(2)).catch(fail);
