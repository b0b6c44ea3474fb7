// Checks that span more than one field or file and that a schema cannot express: leak ids are
// unique across files, document ids unique within a leak.
import { CompileError } from './compile-error';
import type { Loaded } from './rules-folder';
import type { LeakSource } from './source-schema';

export function checkUniqueIds(leaks: readonly Loaded<LeakSource>[]): void {
  const leakFiles = new Map<string, string>();
  for (const { source, value } of leaks) {
    const first = leakFiles.get(value.id);
    if (first !== undefined) {
      throw new CompileError(
        { file: source.file, line: source.lineOf(['id']), field: 'id' },
        `duplicate leak id ${JSON.stringify(value.id)} (also used in ${first}): expected an id unique across all rules files`,
      );
    }
    leakFiles.set(value.id, source.file);
    checkUniqueDocumentIds({ source, value });
  }
}

function checkUniqueDocumentIds({ source, value }: Loaded<LeakSource>): void {
  const firstIndex = new Map<string, number>();
  value.documents.forEach((doc, i) => {
    const first = firstIndex.get(doc.id);
    if (first !== undefined) {
      const path = ['documents', i, 'id'];
      throw new CompileError(
        { file: source.file, line: source.lineOf(path), field: `documents[${i}].id` },
        `duplicate document id ${JSON.stringify(doc.id)} (first at line ${source.lineOf(['documents', first, 'id'])}): expected an id unique within the leak`,
      );
    }
    firstIndex.set(doc.id, i);
  });
}
