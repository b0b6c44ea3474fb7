// Entry point of `npm run leaklens`: dispatches to a command and turns every failure into one line
// on stderr with exit code 2 (DESIGN.md "Command line"); a stack trace is never shown.
import { CompileError } from '../compiler/compile-error';
import { buildBundleCommand } from './build-bundle-command';
import { keygenCommand } from './keygen-command';
import { scanCommand } from './scan-command';
import { signCommand } from './sign-command';
import { verifyCommand } from './verify-command';
import { USAGE } from './usage';
import { oneLine, UsageError } from './usage-error';

const EXIT_BAD_INPUT = 2;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined)
    throw new UsageError(
      'missing command: build-bundle, scan, keygen, sign or verify (try --help)',
    );
  if (command === '--help' || command === '-h' || command === 'help' || rest.includes('--help')) {
    process.stdout.write(USAGE);
    return;
  }
  if (command === 'build-bundle') return buildBundleCommand(rest);
  if (command === 'scan') return scanCommand(rest);
  if (command === 'keygen') return keygenCommand(rest);
  if (command === 'sign') return signCommand(rest);
  if (command === 'verify') return verifyCommand(rest);
  throw new UsageError(
    `unknown command ${JSON.stringify(command)}: expected build-bundle, scan, keygen, sign or verify (try --help)`,
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

/** A closed pipe (`leaklens scan … | head`) ends the run quietly: the reader has what it wanted. */
function exitOnClosedPipe(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(0);
  fail(e);
}

process.stdout.on('error', exitOnClosedPipe);
main(process.argv.slice(2)).catch(fail);
