import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksText } from '../../electron/api/library';
import { indicatorStatus, scoreEvaluation } from '../../electron/api/scoring';
import { RELATIONSHIPS } from '../../electron/api/strategy';
import { sharedItems } from '../../electron/core/library/checks';
import { ContentLibrary } from '../../electron/core/library/library';
import { loadLanguage, loadStructure } from '../../electron/core/library/load';
import { exampleScores } from '../../electron/core/library/worked-examples';

const CONTENT = path.resolve('content');
const s = loadStructure(CONTENT);
const se = s.selfEvaluation;
const en = loadLanguage(CONTENT, 'en', s);
const flat = (t: string) => t.replace(/\s+/g, ' ');

describe('the self-evaluation statements', () => {
  it('each have one perspective and at most one relationship, and each relationship has at least six', () => {
    for (const i of se.items) {
      expect(se.perspectives, i.id).toContain(i.perspective);
      expect(i.relationship === undefined || RELATIONSHIPS.includes(i.relationship), i.id).toBe(true);
    }
    for (const r of RELATIONSHIPS) expect(se.items.filter((i) => i.relationship === r).length, r).toBeGreaterThanOrEqual(6);
    expect(se.items.some((i) => i.perspective === 'stakeholders' && i.relationship === 'environment')).toBe(true);
  });

  it('keep the first edition whole, word for word, for the records scored with it', () => {
    const first = [...se.items, ...se.retired].filter((i) => i.editions.includes(1));
    const expected = se.perspectives.flatMap((p) => Array.from({ length: 10 }, (_, n) => `se-${p}-${n + 1}`));
    expect(first.map((i) => i.id).sort()).toEqual(expected.sort());
    for (const i of se.retired) expect(en.selfEvaluation.retired[i.id], i.id).toBeTruthy();
    // A statement shared by both editions is asked today, so a comparison has its current text.
    for (const i of sharedItems(se, 1, se.edition)) expect(se.items.map((x) => x.id), i.id).toContain(i.id);
    expect(sharedItems(se, 1, se.edition).length).toBeGreaterThanOrEqual(12);
  });

  it('mark the statements on legal duties, and the guides say what a low score on them means', () => {
    const legal = se.items.filter((i) => i.legal).map((i) => en.selfEvaluation.items[i.id]!);
    expect(legal.length).toBeGreaterThanOrEqual(8);
    for (const topic of [/wage/, /[Ww]orking hours/, /health and safety/, /personal data/, /safe before/, /bribes/, /report wrongdoing/]) {
      expect(legal.some((t) => topic.test(t)), String(topic)).toBe(true);
    }
    expect(flat(en.selfEvaluation.intro)).toMatch(/compliance gap/);
  });

  it('cover the topics SMEs are asked about today', () => {
    const text = se.items.map((i) => en.selfEvaluation.items[i.id]!).join(' ');
    for (const topic of [/paid/, /[Ww]orking hours/, /same criteria for every person/, /rights of their workers/, /bribes/, /personal data/, /safe/, /energy/, /greenhouse gases/, /waste/, /report wrongdoing/]) {
      expect(text, String(topic)).toMatch(topic);
    }
  });
});

describe('worked examples', () => {
  const library = new ContentLibrary(CONTENT);
  const text = (id: string) => flat(blocksText(library.document('en', id).blocks));
  const one = (n: number) => n.toFixed(1);

  it.each(Object.keys(s.workedExamples.evaluations))('%s is a complete evaluation whose means the app computes as the text quotes them', (id) => {
    const example = s.workedExamples.evaluations[id]!;
    const scores = exampleScores(s.workedExamples, id);
    const items = [...se.items, ...se.retired].filter((i) => i.editions.includes(example.edition));
    const result = scoreEvaluation(items, scores);
    expect(result.rated).toBe(items.length);
    const quoted = [text('self-evaluation'), text('w6'), text('worksheets')].join(' ');
    for (const [group, mean] of [...Object.entries(result.perspectives), ...Object.entries(result.relationships)]) {
      // Wherever the text quotes this mean, it is the app's mean to one decimal.
      const placeholder = `{{example.${id}.${group}}}`;
      const raw = fs.readFileSync(path.join(CONTENT, 'en', 'self-evaluation.yaml'), 'utf8') + fs.readFileSync(path.join(CONTENT, 'en', 'workshops', 'w6.yaml'), 'utf8');
      if (raw.includes(placeholder)) expect(quoted, `${id} ${group}`).toContain(one(mean!));
    }
  });

  it('quote no mean by hand where the self-evaluation is explained', () => {
    for (const file of ['self-evaluation.yaml', 'workshops/w1.yaml', 'workshops/w6.yaml', 'worksheets/ws6-next-cycle.yaml']) {
      const raw = fs
        .readFileSync(path.join(CONTENT, 'en', file), 'utf8')
        .replace(/\{\{[^}]*\}\}/g, '')
        // Not results of an example: the arithmetic of one mean, and the reading threshold of a gap.
        .replace('24 ÷ 8 = 3.0', '')
        .replace('below 2.5', '');
      expect(raw.match(/\b[1-5]\.\d\d?\b/g) ?? [], file).toEqual([]);
    }
  });

  it('put the learning statements of the hotel under learning and growth, where the app puts them', () => {
    expect(se.items.find((i) => i.id === 'se-learning-11')!.perspective).toBe('learning');
    expect(text('w6')).toContain(`learning and growth rose from`);
    expect(text('w6')).toContain(en.selfEvaluation.items['se-learning-11']!);
  });

  it.each(Object.keys(s.workedExamples.indicators))('the traffic-light reading %s shows the colour the text describes', (id) => {
    const ind = s.workedExamples.indicators[id]!;
    const light = indicatorStatus(ind, ind.measurements.map(([measuredOn, value]) => ({ measuredOn, value })), ind.today);
    expect(light).toBe(ind.shows);
    const label = { green: en.labels.lightGreen, amber: en.labels.lightAmber, red: en.labels.lightRed, none: en.labels.lightNone }[light];
    expect(text('setup')).toContain(label);
  });

  it('never turn an indicator red on a single measurement the wrong way', () => {
    const single = s.workedExamples.indicators['complaints-one-bad-month']!;
    expect(single.measurements.at(-1)![1]).toBeGreaterThan(single.baseline);
    expect(single.shows).toBe('amber');
  });
});
