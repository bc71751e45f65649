import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../electron/api/languages';
import { PERSPECTIVES } from '../../../electron/api/strategy';
import { EMOJI_PLACEHOLDER } from '../../../electron/core/pdf/glyphs';
import { localeStrings } from '../../../electron/core/locales';
import { coreForEachTest } from '../../helpers/core';
import { pdfText, squash } from '../../helpers/pdf-text';

const cores = coreForEachTest();
const call = cores.call;

/** The PDF's bytes, its page sizes in points, and its text read back. */
async function pdfOf(channel: 'strategy.pdf' | 'strategy.summaryPdf' | 'strategy.progressPdf', processId: string) {
  const file = channel === 'strategy.progressPdf' ? await call(channel, { processId, from: '2020-01-01', to: '2030-12-31' }) : await call(channel, { processId });
  const bytes = Buffer.from(file.base64, 'base64');
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const sizes: number[][] = [];
  for (let n = 1; n <= doc.numPages; n++) sizes.push((await doc.getPage(n)).view.slice(2).map(Math.round));
  await doc.destroy();
  return { bytes, sizes, ...(await pdfText(bytes)) };
}

/** The example bakery with its process held in `language`. */
async function exampleIn(language: Language) {
  cores.start();
  const { processId } = await call('examples.load', {});
  const p = await call('processes.get', { id: processId });
  await call('processes.update', { id: processId, data: { title: p.title, language, startDate: p.startDate, facilitator: p.facilitator, status: p.status } });
  return processId;
}

describe('the one-page summary', () => {
  for (const language of ['lt', 'el'] as const) {
    it(`is one A4 page holding every section whole, in ${language}`, async () => {
      const processId = await exampleIn(language);
      const strategy = await call('strategy.get', { processId });
      const pdf = await pdfOf('strategy.summaryPdf', processId);
      expect(pdf.sizes).toEqual([[595, 842]]);
      const ui = localeStrings(language, 'translation').strategy;
      // The vision whole (it used to be cut with "…"), each perspective, the next activities and what is learnt.
      expect(pdf.text).toContain(squash(strategy.vision));
      for (const p of PERSPECTIVES) expect(pdf.text).toContain(squash(ui.perspective[p]));
      const open = strategy.activities.filter((a) => a.status === 'planned' || a.status === 'running');
      for (const a of open.sort((x, y) => (x.dueDate ?? '9999').localeCompare(y.dueDate ?? '9999')).slice(0, 5)) expect(pdf.text).toContain(squash(a.title));
      for (const a of open.filter((x) => x.learning).slice(0, 3)) expect(pdf.text).toContain(squash(a.learningWhat || a.title));
      const { report } = localeStrings(language, 'documents');
      for (const heading of [report.whereWeStand, report.whatNext, report.whatWeLearn, report.nextReview]) expect(pdf.text).toContain(squash(heading));
    }, 60_000);
  }

  it('stays one A4 page when every field is filled to its limit with long Lithuanian words', async () => {
    cores.start();
    const sme = await call('smes.create', { name: 'Uždaroji akcinė bendrovė „Šiaulių kepyklų ir konditerijos gamyklų susivienijimas“ '.repeat(3).slice(0, 200).trim(), country: 'LT' });
    const { id: processId } = await call('processes.create', { smeId: sme.id, title: 'Socialinės atsakomybės strategija '.repeat(5).trim(), language: 'lt', startDate: '2026-01-10' });
    const words = 'Nepriklausomybės konkurencingumas darbuotojų kvalifikacijos tobulinimas bendruomenės įsitraukimas ';
    await call('strategy.update', { processId, data: { vision: words.repeat(60).slice(0, 5_000).trim(), reviewRoutine: '' } });
    for (let i = 0; i < 8; i++) {
      await call('activities.save', { processId, data: { title: `${i + 1}. ${words.repeat(3)}`.slice(0, 200).trim(), owner: words.slice(0, 120).trim(), dueDate: `2027-0${1 + (i % 9)}-15`, learning: true, learners: words.repeat(6).slice(0, 500).trim(), learningWhat: words.repeat(25).slice(0, 2_000).trim(), learningHow: 'course' } });
    }
    const pdf = await pdfOf('strategy.summaryPdf', processId);
    expect(pdf.sizes).toEqual([[595, 842]]);
  }, 60_000);
});

/** Per page: its text, and how far down the page its body text reaches (0 top, 1 bottom), the footer left out. */
async function pagesOf(bytes: Buffer) {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: { text: string; reach: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.view[3]!;
    const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim() && i.transform[5]! > 50) as { str: string; transform: number[] }[];
    pages.push({ text: squash(items.map((i) => i.str).join(' ')), reach: 1 - Math.min(...items.map((i) => i.transform[5]!)) / height });
  }
  await doc.destroy();
  return pages;
}

describe('the strategy PDF’s pages', () => {
  it('repeats a table’s header on the page it runs onto, and leaves no page before the last mostly empty', async () => {
    const processId = await exampleIn('en');
    const pages = await pagesOf((await pdfOf('strategy.pdf', processId)).bytes);
    const { report } = localeStrings('en', 'documents');
    // The stakeholder table of the example runs over a page break: both pages start their part with the header.
    const withRows = pages.filter((p) => p.text.includes('State Food and Veterinary Service') || p.text.includes('Night-shift bakers'));
    expect(withRows.length).toBeGreaterThan(0);
    for (const page of withRows) expect(page.text).toContain(`${report.group} ${report.name} ${report.influence} ${report.impact} ${report.expectations}`);
    // Nothing pushed to a new page without need: each page but the last is at least half full.
    for (const [i, page] of pages.slice(0, -1).entries()) expect(page.reach, `page ${i + 1}`).toBeGreaterThan(0.5);
    // No heading closes a page: the last line of a page is never a section title.
    const titles = [report.stakeholderMap, report.strategyMap, report.objectives, report.actionPlan, report.learningPlan, report.indicators, report.selfEvaluation, report.reviews, report.reviewRoutine];
    for (const page of pages.slice(0, -1)) for (const title of titles) expect(page.text.endsWith(squash(title)), `${page.text.slice(-120)}`).toBe(false);
  }, 60_000);
});

describe('the strategy PDF’s first page', () => {
  for (const language of ['en', 'el'] as const) {
    it(`goes on from the vision into the stakeholder table instead of leaving half the page empty, in ${language}`, async () => {
      const processId = await exampleIn(language);
      const strategy = await call('strategy.get', { processId });
      const [first] = await pagesOf((await pdfOf('strategy.pdf', processId)).bytes);
      const { report } = localeStrings(language, 'documents');
      expect(first!.text).toContain(squash(report.stakeholderMap));
      expect(first!.text).toContain(squash(strategy.stakeholders[0]!.name));
      expect(first!.reach).toBeGreaterThan(0.8);
    }, 60_000);
  }
});

describe('fonts and symbols in the reports', () => {
  it('embeds every font it uses: no bare Helvetica or other standard font', async () => {
    const processId = await exampleIn('el');
    for (const channel of ['strategy.pdf', 'strategy.summaryPdf', 'strategy.progressPdf'] as const) {
      const raw = (await pdfOf(channel, processId)).bytes.toString('latin1');
      const fonts = [...raw.matchAll(/\/BaseFont \/([^\s/>]+)/g)].map((m) => m[1]!);
      expect(fonts.length, channel).toBeGreaterThan(0);
      // An embedded subset's name starts with six capitals and "+"; a standard font's is bare.
      expect(fonts.filter((f) => !/^[A-Z]{6}\+/.test(f)), channel).toEqual([]);
      expect(raw.match(/\/FontFile2 /g)?.length ?? 0, channel).toBeGreaterThanOrEqual(new Set(fonts).size);
    }
  }, 90_000);

  it('prints each emoji as one visible placeholder and the words around it intact', async () => {
    cores.start();
    const sme = await call('smes.create', { name: 'Kepykla 🥖 Duona', country: 'LT' });
    const { id: processId } = await call('processes.create', { smeId: sme.id, title: 'SR 2026 🚀', language: 'en', startDate: '2026-01-10' });
    await call('strategy.update', { processId, data: { vision: 'We bake 👩🏽‍🍳 together 🇱🇹 for the town ❤️ and its people.', reviewRoutine: 'Every quarter ✅ with the team.' } });
    const p = EMOJI_PLACEHOLDER;
    for (const channel of ['strategy.pdf', 'strategy.summaryPdf'] as const) {
      const pdf = await pdfOf(channel, processId);
      expect(pdf.text, channel).toContain(`Kepykla ${p} Duona`);
      expect(pdf.text, channel).toContain(`We bake ${p} together ${p} for the town ${p} and its people.`);
    }
    expect((await pdfOf('strategy.pdf', processId)).text).toContain(`Every quarter ${p} with the team.`);
  }, 60_000);
});
