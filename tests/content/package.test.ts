import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksText } from '../../electron/api/library';
import { LANGUAGES } from '../../electron/api/languages';
import { ContentLibrary } from '../../electron/core/library/library';
import { loadLanguage, loadStructure, WORKSHOP_MINUTES } from '../../electron/core/library/load';

const CONTENT = path.resolve('content');
const present = LANGUAGES.filter((l) => fs.existsSync(path.join(CONTENT, l)));
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('structure of the methodology package', () => {
  const s = loadStructure(CONTENT); // throws a ContentError listing every problem

  it('has six workshops whose agendas add up to 180 minutes each', () => {
    expect(s.workshops.map((w) => w.id)).toEqual(['w1', 'w2', 'w3', 'w4', 'w5', 'w6']);
    for (const w of s.workshops) expect(w.blocks.reduce((n, b) => n + b.minutes, 0), w.id).toBe(WORKSHOP_MINUTES);
  });

  it('has at least one worksheet per workshop and every referenced worksheet exists', () => {
    const ids = new Set(s.worksheets.map((w) => w.id));
    for (const w of s.workshops) {
      expect(s.worksheets.some((ws) => ws.workshop === w.id), w.id).toBe(true);
      for (const b of w.blocks) if (b.worksheet && b.worksheet !== 'self-evaluation') expect(ids.has(b.worksheet), b.id).toBe(true);
    }
  });

  it('has a balanced-scorecard self-evaluation of at least 32 statements and a glossary of at least 30 terms', () => {
    expect(s.selfEvaluation.items.length).toBeGreaterThanOrEqual(32);
    expect(new Set(s.selfEvaluation.items.map((i) => i.perspective)).size).toBe(4);
    expect(s.glossary.length).toBeGreaterThanOrEqual(30);
  });

  it('uses the baseline self-evaluation in workshop 1 and the follow-up in workshop 6', () => {
    expect(s.workshops[0]!.blocks.some((b) => b.worksheet === 'self-evaluation')).toBe(true);
    expect(s.workshops[5]!.blocks.some((b) => b.worksheet === 'self-evaluation')).toBe(true);
  });
});

describe.each(present)('text of the package in %s', (lng) => {
  const s = loadStructure(CONTENT);

  it('has every document, block, field, statement and term, and nothing unknown', () => {
    expect(() => loadLanguage(CONTENT, lng, s)).not.toThrow();
  });

  it('builds every document with no empty section', () => {
    const library = new ContentLibrary(CONTENT);
    for (const doc of library.documents(lng)) {
      expect(doc.blocks.length, doc.id).toBeGreaterThan(0);
      doc.blocks.forEach((b, i) => {
        if (b.type !== 'heading') return;
        const next = doc.blocks[i + 1];
        expect(next && !(next.type === 'heading' && next.level <= b.level), `${doc.id}: "${b.text}" is empty`).toBe(true);
      });
    }
    library.close();
  });
});

describe('the English master', () => {
  const library = new ContentLibrary(CONTENT);
  const count = (id: string) => words(blocksText(library.document('en', id).blocks));

  it('has facilitator guides of 1,500 to 3,000 words', () => {
    for (const w of ['w1', 'w2', 'w3', 'w4', 'w5', 'w6']) {
      expect(count(w), w).toBeGreaterThanOrEqual(1500);
      expect(count(w), w).toBeLessThanOrEqual(3600); // the agenda table adds labels around the guide text
    }
  });

  it('is a complete package of about 20,000 words', () => {
    const total = library.documents('en').reduce((n, d) => n + words(blocksText(d.blocks)), 0);
    expect(total).toBeGreaterThanOrEqual(18_000);
  });

  it('has a one-page introduction for owners', () => {
    expect(count('owner-intro')).toBeGreaterThan(250);
    expect(count('owner-intro')).toBeLessThan(600);
  });
});
