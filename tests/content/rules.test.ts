import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksText } from '../../electron/api/library';
import { RULES } from '../../electron/api/rules';
import { ContentLibrary } from '../../electron/core/library/library';
import { loadStructure, WORKSHOP_MINUTES } from '../../electron/core/library/load';

const CONTENT = path.resolve('content');
const EN = path.join(CONTENT, 'en');
const s = loadStructure(CONTENT);

/** Every English text file, as written (placeholders not yet filled in). */
function rawTexts(): { file: string; text: string }[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  return walk(EN)
    .filter((f) => /\.(md|yaml)$/.test(f))
    .map((f) => ({ file: path.relative(EN, f), text: fs.readFileSync(f, 'utf8') }));
}

const NUM = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)';
/** Sentences that state a rule: a range of weeks, objectives…, a cadence, a length, a horizon, a month of the timeline. */
const RULE_LIKE = [
  `\\b${NUM}(?: to | or |–|-)${NUM} (?:weeks|months|years|objectives|activities|indicators|hours|minutes)\\b`,
  `\\bevery (?:${NUM} )?(?:weeks?|months?)\\b`,
  `\\b${NUM} indicators? (?:per|for each) objective`,
  `\\b(?:under|about|at most|within|up to) ${NUM} (?:minutes|weeks|months|hours|years)\\b`,
  `\\bin ${NUM} years\\b`,
  `\\bMonth ${NUM}\\b`,
  `\\b${NUM} (?:weeks|months) (?:later|apart|after workshop)`,
].map((p) => new RegExp(p, 'gi'));

/**
 * Numbers that look like rules but are not rules of the method, each with the reason. Anything
 * else in a rule-like sentence must come from rules.json, so that no document can drift.
 */
const NOT_RULES: Record<string, string[]> = {
  'legal-floor.yaml': ['within three months' /* the law's deadline to answer a whistle-blower */, 'within 72 hours' /* the GDPR's deadline to report a breach */],
  'documents/learning-focus.md': ['in two years' /* an example: a foreman retires */, 'every month' /* a story: assistants rotate */],
  'documents/setup.md': ['about 40 hours', '1 to 2 hours' /* the facilitator's own time estimate */, 'two or three minutes' /* filling in a feedback row */, 'at most 10 hours' /* a kept indicator in an example */],
  'self-evaluation.yaml': ['every month' /* inside statements, word for word as asked */, 'two or three years' /* a retired statement of edition 1 */],
  'worksheets/ws5-indicators.yaml': ['Every three months' /* an option label for how often to measure */],
  'worksheets/ws6-review-checklist.yaml': ['Every month', 'Every two months', 'Every three months' /* the options the firm chooses from */],
  'worksheets/ws6-next-cycle.yaml': ['in three years' /* an example: developers retire */],
  'workshops/w1.yaml': ['one or two weeks' /* when to call the owner */, 'two or three minutes'],
  'workshops/w4.yaml': ['within six months' /* an example activity */],
  'workshops/w5.yaml': ['every month' /* an example activity */, 'two or three activities' /* the share of one pair */],
  'workshops/w6.yaml': ['every month' /* a pitfall: the facilitator calling */, 'in three years' /* an example */],
};

describe('the rules of the method', () => {
  it('are the values the app computes with', () => {
    expect(s.rules).toEqual(RULES);
    expect(WORKSHOP_MINUTES).toBe(RULES.workshopMinutes);
  });

  it('appear in the English text only through rules.json placeholders', () => {
    const found: string[] = [];
    for (const { file, text } of rawTexts()) {
      text.split('\n').forEach((line, n) => {
        for (const re of RULE_LIKE) {
          for (const m of line.matchAll(re)) {
            const allowed = (NOT_RULES[file] ?? []).some((a) => m[0].toLowerCase().includes(a.toLowerCase()) || a.toLowerCase().includes(m[0].toLowerCase()));
            if (!allowed) found.push(`${file}:${n + 1}: "${m[0]}"`);
          }
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('are each quoted by the text or used by the app, so none is decided but forgotten', () => {
    const text = rawTexts().map((t) => t.text).join('\n');
    const code = ['electron/core/library/load.ts', 'electron/api/scoring.ts', 'electron/api/rules.ts', 'electron/core/examples/calendar.ts']
      .map((f) => fs.readFileSync(path.resolve(f), 'utf8'))
      .join('\n');
    const unused = Object.keys(RULES).filter((k) => !text.includes(`{{rules.${k}}}`) && !code.includes(`RULES.${k}`));
    expect(unused).toEqual([]);
  });

  it('leave no placeholder unresolved in any document the reader, search and PDFs show', () => {
    const library = new ContentLibrary(CONTENT);
    for (const doc of library.documents('en')) expect(blocksText(doc.blocks), doc.id).not.toMatch(/\{\{|\}\}/);
    for (const ws of s.worksheets) expect(JSON.stringify(library.worksheet('en', ws.id)), ws.id).not.toMatch(/\{\{|\}\}/);
    library.close();
  });

  it('put the same values in the sentences that used to disagree', () => {
    const library = new ContentLibrary(CONTENT);
    const text = (id: string) => blocksText(library.document('en', id).blocks).replace(/\s+/g, ' ');
    const gap = `${RULES.workshopGapWeeksMin} to ${RULES.workshopGapWeeksMax} weeks`;
    expect(text('owner-intro')).toContain(`every ${gap}`);
    expect(text('setup')).toContain(`every ${gap}`);
    expect(text('w1')).toContain(`${gap} later`);
    expect(text('setup')).toContain(`${RULES.objectivesMin} to ${RULES.objectivesMax} objectives`);
    expect(text('w3')).toContain(`${RULES.objectivesMin} to ${RULES.objectivesMax} objectives`);
    expect(text('w5')).toContain(`${RULES.activitiesMin} to ${RULES.activitiesMax} activities`);
    for (const id of ['setup', 'w3']) expect(text(id), id).toContain(`${RULES.visionYears} years`);
    expect(text('w6')).toContain(`about ${RULES.reviewMinutes} minutes`);
    expect(text('worksheets')).toContain(`about ${RULES.reviewMinutes} minutes`);
    library.close();
  });
});
