// axe-core in the browser for the end-to-end tests: injected as source, run over a document or
// part of one, in the light theme and with the stylesheet's dark-theme rules forced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from './harness';
import type { Tab } from './harness';

const AXE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Applies the stylesheet's dark-theme rules unconditionally, as a dark system theme would. */
const FORCE_DARK = `(() => {
  for (const sheet of document.styleSheets) {
    const dark = [...sheet.cssRules].filter(
      (r) => r instanceof CSSMediaRule && r.conditionText.includes('prefers-color-scheme: dark'));
    for (const media of dark)
      for (const rule of media.cssRules) sheet.insertRule(rule.cssText, sheet.cssRules.length);
  }
  document.documentElement.style.colorScheme = 'dark';
  return getComputedStyle(document.documentElement).backgroundColor;
})()`;

export interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns its violations. `context` is axe's context argument as
 * page-world source (default: the whole document).
 */
export async function axeViolations(tab: Tab, context = 'document'): Promise<AxeViolation[]> {
  if (!(await tab.evaluate<boolean>('typeof axe === "object"'))) {
    await tab.evaluate(`(() => { ${AXE}\n; return true; })()`);
  }
  return tab.evaluate<AxeViolation[]>(`axe.run(${context}, { resultTypes: ['violations'] }).then(
    (r) => r.violations.map((v) => ({ id: v.id, help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')) })))`);
}

/** axe in the light theme, then again with the dark theme forced. */
export async function axeBothThemes(tab: Tab): Promise<Record<string, AxeViolation[]>> {
  const light = await axeViolations(tab);
  const background = await tab.evaluate<string>(FORCE_DARK);
  expect(background).toBe('rgb(28, 29, 33)');
  return { light, dark: await axeViolations(tab) };
}
