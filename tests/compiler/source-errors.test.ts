// Every kind of bad source gives a one-line CompileError naming the file, the line, the field and
// what was expected (fixtures in tests/fixtures/rules-bad/, one folder per case).
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompileError } from '../../compiler/compile-error';
import { compileRules } from '../../compiler/compile-rules';

const BAD = 'tests/fixtures/rules-bad';
const DOCS = 'demo/docs';

interface Case {
  dir: string;
  file: string;
  line?: number;
  field?: string;
  detail: RegExp;
}

const CASES: Case[] = [
  {
    dir: 'duplicate-key',
    file: 'leak.yaml',
    line: 3,
    detail: /^not valid YAML: Map keys must be unique/,
  },
  {
    dir: 'missing-field',
    file: 'leak.yaml',
    line: 1,
    field: 'title',
    detail: /^missing required field: expected text$/,
  },
  {
    dir: 'duplicate-leak-id',
    file: 'b-leak.yaml',
    line: 1,
    field: 'id',
    detail: /^duplicate leak id "fixture" \(also used in .*a-leak\.yaml\)/,
  },
  {
    dir: 'duplicate-document-id',
    file: 'leak.yaml',
    line: 10,
    field: 'documents[1].id',
    detail: /^duplicate document id "memo" \(first at line 6\)/,
  },
  {
    dir: 'unknown-party',
    file: 'leak.yaml',
    line: 11,
    field: 'statements[0].party',
    detail:
      /^unknown party "press": expected one of campaign, outlet, government, accused, platform, publisher, researcher$/,
  },
  {
    dir: 'bad-date',
    file: 'leak.yaml',
    line: 14,
    field: 'statements[0].date',
    detail: /^expected a real date YYYY-MM-DD \(or YYYY-MM\), found "2030-02-30"$/,
  },
  {
    dir: 'non-https-url',
    file: 'leak.yaml',
    line: 16,
    field: 'statements[0].url',
    detail: /^expected an https:\/\/ URL, found "http:\/\/example\.org\/statement"$/,
  },
  {
    dir: 'unknown-field',
    file: 'leak.yaml',
    line: 8,
    field: 'documents[0].aliasses',
    detail: /^unknown field "aliasses"/,
  },
  {
    dir: 'whole-site-prefix',
    file: 'leak.yaml',
    line: 9,
    field: 'documents[0].urls[0]',
    detail: /not a whole site, found "https:\/\/copies\.example\/"$/,
  },
  {
    dir: 'bad-id',
    file: 'leak.yaml',
    line: 1,
    field: 'id',
    detail: /^expected a kebab-case id .*found "Fixture Leak"$/,
  },
  {
    dir: 'no-documents',
    file: 'leak.yaml',
    line: 5,
    field: 'documents',
    detail: /^expected at least one document$/,
  },
  {
    dir: 'missing-source',
    file: 'leak.yaml',
    line: 8,
    field: 'documents[0].source',
    detail: /^cannot read "not-there\.txt" in the --docs folder demo\/docs$/,
  },
  {
    dir: 'escaping-source',
    file: 'leak.yaml',
    line: 8,
    field: 'documents[0].source',
    detail: /^expected a file name inside the --docs folder/,
  },
  {
    dir: 'bad-manifest',
    file: 'bundle.yaml',
    line: 2,
    field: 'version',
    detail: /^expected a whole number .*found "one"$/,
  },
  { dir: 'no-manifest', file: 'bundle.yaml', detail: /^missing bundle manifest/ },
];

function compileError(dir: string): CompileError {
  try {
    compileRules({ rulesDir: join(BAD, dir), docsDir: DOCS, env: {} });
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error(`${dir} compiled without error`);
}

describe('bad rules sources', () => {
  it.each(CASES)('$dir: names the file, line and field', ({ dir, file, line, field, detail }) => {
    const error = compileError(dir);
    expect(error.location.file).toBe(`${BAD}/${dir}/${file}`);
    expect(error.location.line).toBe(line);
    expect(error.location.field).toBe(field);
    expect(error.detail).toMatch(detail);
    expect(error.message).not.toContain('\n');
    const where = line === undefined ? `${BAD}/${dir}/${file}` : `${BAD}/${dir}/${file}:${line}`;
    expect(error.message.startsWith(`${where}: ${field ? `${field}: ` : ''}`)).toBe(true);
  });

  // Written at run time: a YAML syntax error cannot live in the repository, where prettier parses it.
  it('bad YAML: names the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leaklens-bad-yaml-'));
    try {
      copyFileSync(join(BAD, 'unknown-party/bundle.yaml'), join(dir, 'bundle.yaml'));
      writeFileSync(
        join(dir, 'leak.yaml'),
        'id: fixture\ntitle: [an unclosed list\ndisclosed: 2030-01-02\n',
      );
      expect(() => compileRules({ rulesDir: dir, env: {} })).toThrow(
        new RegExp(`^${join(dir, 'leak.yaml')}:\\d+: not valid YAML: `),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a malformed SOURCE_DATE_EPOCH instead of ignoring it', () => {
    expect(() =>
      compileRules({ rulesDir: 'demo/rules', env: { SOURCE_DATE_EPOCH: 'yesterday' } }),
    ).toThrow(/^SOURCE_DATE_EPOCH: expected whole seconds/);
  });

  it('reports a missing rules folder in one line', () => {
    expect(() => compileRules({ rulesDir: join(BAD, 'no-such-folder'), env: {} })).toThrow(
      /no-such-folder: cannot read the rules folder$/,
    );
  });
});
