// The CLI's "bad input" error: reported as one line on stderr with exit code 2, never a stack.

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One line from any error message: node's own messages sometimes span several lines. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
