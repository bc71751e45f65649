import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreEvaluation } from '../../../electron/api/scoring';
import { ContentLibrary } from '../../../electron/core/library/library';
import { objectiveTitle, readSheet } from '../../../renderer/src/strategy/evaluation/statements';

const library = new ContentLibrary(path.resolve('content'));

describe('the self-evaluation sheet the strategy screen reads from the document', () => {
  it.each(library.languages())('scores like the stored result in %s (same statements, perspectives and relationships)', (language) => {
    const sheet = readSheet(library.document(language, 'self-evaluation'));
    const structure = library.getStructure().selfEvaluation.items.map((i) => ({ id: i.id, perspective: i.perspective, relationship: i.relationship ?? null }));
    expect(sheet.statements.map(({ id, perspective, relationship }) => ({ id, perspective, relationship }))).toEqual(structure);
    expect(sheet.statements.map((s) => s.n)).toEqual(structure.map((_, i) => i + 1));
    expect(sheet.scale.map((p) => p.value)).toEqual([1, 2, 3, 4, 5]);
    const scores = Object.fromEntries(structure.map((s, i) => [s.id, (i % 5) + 1]));
    expect(scoreEvaluation(sheet.statements, scores)).toEqual(scoreEvaluation(structure, scores));
  });

  it('makes an objective title of at most 200 characters from a statement', () => {
    expect(objectiveTitle('  We train every new baker.  ')).toBe('We train every new baker.');
    const long = objectiveTitle('word '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('…')).toBe(true);
  });
});
