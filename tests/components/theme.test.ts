// Both themes of components/styles/base.css meet WCAG AA contrast for every text colour on the
// backgrounds it is used on, and 3:1 for borders of controls.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../components/styles/base.css'), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  );
}

const light = variables(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const darkBlock = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
const dark = { ...light, ...variables(darkBlock.slice(0, darkBlock.indexOf('}\n}'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT = [
  'fg',
  'muted',
  'accent',
  'error',
  'republishes',
  'quotes',
  'links',
  'discusses',
  'none',
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_, theme) => {
  it('defines every colour', () => {
    for (const name of [...TEXT, 'bg', 'surface', 'border']) expect(theme[name]).toMatch(/^#/);
  });

  it.each(TEXT)('--%s text reads at 4.5:1 on the background and on surfaces', (name) => {
    expect(contrast(theme[name]!, theme['bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme[name]!, theme['surface']!)).toBeGreaterThanOrEqual(4.5);
  });

  it('shows a pressed button (background text on accent) at 4.5:1', () => {
    expect(contrast(theme['bg']!, theme['accent']!)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws control borders at 3:1', () => {
    expect(contrast(theme['border']!, theme['bg']!)).toBeGreaterThanOrEqual(3);
  });
});
