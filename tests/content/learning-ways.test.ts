import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksText } from '../../electron/api/library';
import { LANGUAGES } from '../../electron/api/languages';
import { LEARNING_METHODS } from '../../electron/api/strategy';
import { ContentLibrary } from '../../electron/core/library/library';
import { loadLanguage, loadStructure } from '../../electron/core/library/load';
import { reportCaptions } from '../../electron/core/pdf/captions';

const CONTENT = path.resolve('content');
const s = loadStructure(CONTENT);
const en = loadLanguage(CONTENT, 'en', s);

describe('the ways of learning', () => {
  it('are the methods the action plan stores, plus "other", with the codes stored before still valid', () => {
    expect(LEARNING_METHODS).toEqual([...s.learningWays.map((w) => w.stored), 'other']);
    for (const old of ['on_the_job', 'mentoring', 'course', 'self_study', 'peer', 'other']) expect(LEARNING_METHODS).toContain(old);
    for (const added of ['job_rotation', 'internal_training']) expect(LEARNING_METHODS).toContain(added);
  });

  it('are the options of the workshop 4 worksheets, with the same names as the guides', () => {
    const ids = s.learningWays.map((w) => w.id);
    const needs = s.worksheets.find((w) => w.id === 'ws4-learning-needs')!.fields[0]!.columns!.find((c) => c.id === 'how')!;
    const today = s.worksheets.find((w) => w.id === 'ws4-learning-today')!.fields[0]!.columns!.find((c) => c.id === 'method')!;
    expect(needs.options).toEqual(ids);
    expect(today.options).toEqual([...ids, 'other']);
    const library = new ContentLibrary(CONTENT);
    const view = library.worksheet('en', 'ws4-learning-needs').fields[0]!.columns!.find((c) => c.id === 'how')!;
    expect(view.options!.map((o) => o.label)).toEqual(ids.map((id) => en.learningWays.ways[id]!.name));
    for (const doc of ['learning-focus', 'w4']) {
      const text = blocksText(library.document('en', doc).blocks);
      for (const id of ids) expect(text, `${doc}: ${id}`).toContain(en.learningWays.ways[id]!.name);
    }
    library.close();
  });

  it('have a label in every interface language and in the PDF captions', () => {
    for (const lng of LANGUAGES) {
      const ui = JSON.parse(fs.readFileSync(path.resolve('locales', lng, 'translation.json'), 'utf8')) as { strategy: { learningHow: Record<string, string> } };
      expect(Object.keys(ui.strategy.learningHow).sort(), lng).toEqual([...LEARNING_METHODS].sort());
      const pdf = reportCaptions(lng).learningMethod;
      for (const m of LEARNING_METHODS) expect(pdf[m], `${lng} ${m}`).toBeTruthy();
    }
  });
});
