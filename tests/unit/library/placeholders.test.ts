import { describe, expect, it } from 'vitest';
import { resolveAll, resolvePlaceholders, ruleValues } from '../../../electron/core/library/placeholders';

describe('placeholders in the package text', () => {
  const values = new Map([...ruleValues({ objectivesMin: 5, objectivesMax: 8 }), ['glossary.range', 'from {{rules.objectivesMin}} to {{rules.objectivesMax}}'], ['glossary.loop', '{{glossary.loop}}']]);

  it('fill in rules and definitions, also a definition that quotes a rule', () => {
    const problems: string[] = [];
    expect(resolvePlaceholders('Write {{rules.objectivesMin}} to {{ rules.objectivesMax }} objectives.', values, 'w3', problems)).toBe('Write 5 to 8 objectives.');
    expect(resolvePlaceholders('Objectives: {{glossary.range}}.', values, 'setup', problems)).toBe('Objectives: from 5 to 8.');
    expect(problems).toEqual([]);
  });

  it('report an unknown name or a loop as a content error and leave the text visible', () => {
    const problems: string[] = [];
    expect(resolvePlaceholders('Every {{rules.reviewMonths}} months.', values, 'w6', problems)).toBe('Every {{rules.reviewMonths}} months.');
    resolvePlaceholders('{{glossary.loop}}', values, 'glossary', problems);
    resolvePlaceholders('A broken {{rules.objectivesMin} brace.', values, 'w1', problems);
    expect(problems).toEqual([
      'w6: unknown placeholder {{rules.reviewMonths}}',
      expect.stringContaining('refers to itself'),
      'w1: unmatched braces of a placeholder',
    ]);
  });

  it('walk every string of a parsed file and leave other values alone', () => {
    const problems: string[] = [];
    expect(resolveAll({ a: ['{{rules.objectivesMax}}', 3], b: { c: 'x {{rules.objectivesMin}}' }, d: null }, values, 'f', problems)).toEqual({ a: ['8', 3], b: { c: 'x 5' }, d: null });
    expect(problems).toEqual([]);
  });
});
