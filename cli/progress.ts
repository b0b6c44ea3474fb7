// A progress line on stderr while many inputs are scanned, only on a terminal: piped or captured
// output (CI, tests, `> file`) stays clean.

export interface Progress {
  update(done: number, current: string): void;
  clear(): void;
}

export function progressLine(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const active = total > 1 && stream.isTTY === true;
  return {
    update(done, current) {
      if (active) stream.write(`\r\x1b[Kscanning ${done + 1}/${total}: ${current.slice(-60)}`);
    },
    clear() {
      if (active) stream.write('\r\x1b[K');
    },
  };
}
