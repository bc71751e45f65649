import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../electron/api/library';
import { markdownToBlocks } from '../../../electron/core/library/markdown';
import { PackageSearch, snippet } from '../../../electron/core/library/search';

describe('markdownToBlocks', () => {
  it('turns headings, emphasis, lists and tables into blocks with unique anchors', () => {
    const blocks = markdownToBlocks(
      '## Why it matters\n\nA **bakery** can *start* small.\n\n- one\n- two\n\n## Why it matters\n\n| A | B |\n|---|---|\n| 1 | 2 |\n',
      'setup',
    );
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, text: 'Why it matters', anchor: 'setup-why-it-matters' });
    expect(blocks[1]).toEqual({ type: 'paragraph', inlines: [{ text: 'A ' }, { text: 'bakery', bold: true }, { text: ' can ' }, { text: 'start', italic: true }, { text: ' small.' }] });
    expect(blocks[2]).toEqual({ type: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 'two' }]] });
    expect(blocks[3]).toMatchObject({ type: 'heading', anchor: 'setup-why-it-matters-2' });
    expect(blocks[4]).toEqual({ type: 'table', header: [[{ text: 'A' }], [{ text: 'B' }]], rows: [[[{ text: '1' }], [{ text: '2' }]]] });
  });

  it('keeps non-Latin headings readable in anchors', () => {
    expect(markdownToBlocks('## Κοινωνική ευθύνη', 'x')[0]).toMatchObject({ anchor: 'x-κοινωνικη-ευθυνη' });
  });
});

describe('package search', () => {
  const doc = (id: string, body: string): DocumentModel => ({
    id, kind: 'document', language: 'lt', title: id.toUpperCase(), packageTitle: 'P',
    blocks: markdownToBlocks(body, id),
  });
  const search = new PackageSearch([
    doc('one', '## Mokymasis darbo vietoje\n\nŠiaulių kepykla moko naujus darbuotojus per mentorystę.\n\n## Kita\n\nNieko bendro.'),
    doc('two', '## Ευθύνη\n\nΗ κοινωνική ευθύνη αρχίζει από τους εργαζόμενους.'),
  ]);

  it('finds words ignoring case and diacritics, as prefixes, and points at the section', () => {
    const hits = search.search('siauliu kepykl');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ documentId: 'one', anchor: 'one-mokymasis-darbo-vietoje', heading: 'Mokymasis darbo vietoje' });
    expect(hits[0]!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Šiaulių', 'kepykla']);
  });

  it('folds Greek accents and final sigma', () => {
    expect(search.search('ΚΟΙΝΩΝΙΚΗ')[0]).toMatchObject({ documentId: 'two' });
    expect(search.search('ευθυνη')[0]!.snippet.some((s) => s.match && s.text === 'ευθύνη')).toBe(true);
  });

  it('treats query syntax as plain words', () => {
    expect(search.search('"mentor* OR NOT')).toEqual([]);
    expect(search.search('mentor')[0]).toMatchObject({ documentId: 'one' });
    expect(search.search('   ')).toEqual([]);
  });
});

describe('snippet', () => {
  it('cuts a window around the first match and marks every matched word', () => {
    const text = `${'Lorem ipsum dolor '.repeat(20)}Family hotel staff learn languages. ${'More words here '.repeat(20)}`;
    const parts = snippet(text, ['hotel', 'learn']);
    expect(parts[0]!.text).toBe('… ');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['hotel', 'learn']);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(300);
  });
});
