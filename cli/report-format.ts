// How `scan` prints its results: one JSON object per input per line (--format json), or a short
// human table (default).
import type { InputReport } from './scan-page';

export function jsonLine(report: InputReport): string {
  return JSON.stringify(report);
}

const VERDICT_WIDTH = 'republishes'.length;
const MAX_INPUT_WIDTH = 60;

/** The table's header line, sized for the inputs to come. */
export function tableHeader(inputs: readonly string[]): string {
  return row('VERDICT', 'INPUT', 'DETAILS', inputWidth(inputs));
}

export function tableRow(report: InputReport, inputs: readonly string[]): string {
  return row(report.verdict, report.input, details(report), inputWidth(inputs));
}

/** Per leak: its verdict, how many passages, which documents. */
function details(report: InputReport): string {
  return report.leaks
    .map((leak) => {
      const parts = [`${leak.id}: ${leak.verdict}`, plural(leak.passages.length, 'passage')];
      if (leak.documents.length > 0) parts.push(leak.documents.join(', '));
      return parts.join(' · ');
    })
    .join('; ');
}

function row(verdict: string, input: string, detail: string, width: number): string {
  return `${verdict.padEnd(VERDICT_WIDTH)}  ${shorten(input, width).padEnd(width)}  ${detail}`.trimEnd();
}

function inputWidth(inputs: readonly string[]): number {
  return Math.min(MAX_INPUT_WIDTH, Math.max('INPUT'.length, ...inputs.map((i) => i.length)));
}

function shorten(s: string, width: number): string {
  return s.length <= width ? s : `…${s.slice(s.length - width + 1)}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
