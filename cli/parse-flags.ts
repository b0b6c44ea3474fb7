// node:util parseArgs with the CLI's conventions: unknown flags, missing values and stray
// arguments become one-line UsageErrors instead of node's multi-line TypeErrors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { oneLine, UsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseFlags<O extends Options>(
  command: string,
  args: string[],
  options: O,
  allowPositionals: boolean,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Keep node's first sentence ("Unknown option '--x'"); drop its advice about "--".
    throw new UsageError(
      `${command}: ${oneLine(message).split(/\.\s/)[0]?.replace(/\.$/, '')} (try --help)`,
    );
  }
}

/** A flag that must be present. */
export function required(command: string, name: string, value: string | undefined): string {
  if (value === undefined || value === '')
    throw new UsageError(`${command}: missing --${name} (try --help)`);
  return value;
}
