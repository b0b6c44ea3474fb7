// The YAML loader maps a field's path to its line, for values, empty values and absent keys.
import { describe, expect, it } from 'vitest';
import { CompileError } from '../../compiler/compile-error';
import { parseYamlText } from '../../compiler/yaml-source';

const TEXT = [
  'id: x', // 1
  'documents:', // 2
  '  - id: a', // 3
  '    title: A', // 4
  '  - id: b', // 5
  '    aliases:', // 6
  '      - first', // 7
  '      - second', // 8
  '    description:', // 9
  'statements: []', // 10
].join('\n');

describe('parseYamlText', () => {
  const source = parseYamlText(TEXT, 'f.yaml');

  it('returns the plain data', () => {
    expect(source.data).toMatchObject({ id: 'x', documents: [{ id: 'a' }, { id: 'b' }] });
  });

  it('finds the line of a nested value', () => {
    expect(source.lineOf(['id'])).toBe(1);
    expect(source.lineOf(['documents', 1, 'id'])).toBe(5);
    expect(source.lineOf(['documents', 1, 'aliases', 1])).toBe(8);
  });

  it('points at the key when the value is empty, and at the parent when the key is absent', () => {
    expect(source.lineOf(['documents', 1, 'description'])).toBe(9);
    expect(source.lineOf(['documents', 0, 'title'])).toBe(4);
    expect(source.lineOf(['documents', 0, 'urls'])).toBe(3);
  });

  it('throws a located error on bad YAML', () => {
    const bad = () => parseYamlText('a: 1\nb: [unclosed\n', 'bad.yaml');
    expect(bad).toThrow(CompileError);
    expect(bad).toThrow(/^bad\.yaml:\d+: not valid YAML: /);
  });
});
