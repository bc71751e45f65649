import fs from 'node:fs';
import path from 'node:path';
import { pdfText } from '../helpers/pdf-text';
import { expect, noSeriousViolations, test } from './fixtures';
import { call, caseFile, openRoundFrom, pageWeight, phone, score } from './voting-phones';

const PHONES = 12;
// The statements of the business perspective in the package's current edition, in order.
const BUSINESS = (JSON.parse(fs.readFileSync(path.resolve('content/structure/self-evaluation.json'), 'utf8')) as { items: { id: string; perspective: string }[] })
  .items.filter((i) => i.perspective === 'business').map((i) => i.id);
const STATEMENTS = BUSINESS.length;
/** What phone p scores statement s: varied, so means and spreads differ from statement to statement. */
const planned = (p: number, s: number) => (s === 0 ? (p % 2 ? 1 : 5) : s === 1 ? 4 : ((p * 7 + s * 3) % 5) + 1);

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const spread = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
const two = (n: number) => Math.round(n * 100) / 100;
/** Scores are shown with one decimal everywhere. */
const shown = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

test('a self-evaluation on twelve phones: counts, spreads, stored score sets, minutes, agreed scores and individual scores', async ({ app: page, browser }) => {
  test.setTimeout(240_000);
  const { processId, workshopId } = await caseFile(page);
  const evaluation = await call<{ evaluations: { id: string }[] }>(page, 'evaluations.create', { processId, data: { kind: 'baseline', takenOn: '2027-01-10' } });
  await page.goto(`${page.url().replace(/#.*$/, '')}#/workshops/${workshopId}`);
  const address = await openRoundFrom(page, async () => {
    await page.getByRole('dialog').getByRole('combobox', { name: 'Statements' }).selectOption({ label: 'Business results' });
  });
  await expect(page.getByRole('img', { name: /QR code of the voting page/ })).toBeVisible();
  await noSeriousViolations(page, 'open round');

  const sent = Array.from({ length: PHONES }, (_, p) => Array.from({ length: STATEMENTS }, (_, s) => planned(p, s)));
  const phones = await Promise.all(Array.from({ length: PHONES }, () => phone(browser, address)));
  const weight = await pageWeight(phones[0]!.context, address);
  expect(weight, 'participant page, gzipped').toBeLessThan(150_000);
  console.log(`participant page: ${(weight / 1024).toFixed(1)} kB gzip`);
  await noSeriousViolations(phones[0]!.page, 'phone page');

  await Promise.all(phones.map(async ({ page: p }, i) => {
    for (let s = 0; s < STATEMENTS; s++) {
      // Phone 3 loses the connection half-way and comes back with a new tab: its answers are still there.
      if (i === 3 && s === 5) {
        await phones[3]!.context.setOffline(true);
        await p.getByRole('group').nth(s).getByRole('radio', { name: /^2 / }).click();
        await expect(p.getByRole('alert')).toContainText('No connection');
        await phones[3]!.context.setOffline(false);
        await p.close();
        phones[3]!.page = await phones[3]!.open();
        for (let k = 0; k < 5; k++) await expect(phones[3]!.page.getByRole('group').nth(k).getByRole('radio', { name: new RegExp(`^${sent[3]![k]} `) })).toBeChecked();
      }
      await score(phones[i]!.page, s + 1, sent[i]![s]!);
    }
    await expect(phones[i]!.page.getByText(`${STATEMENTS} of ${STATEMENTS} answered`)).toBeVisible();
  }));
  // Two phones change their minds until the round closes.
  for (const [p, s, value] of [[0, 0, 3], [1, 2, 2]] as const) {
    await score(phones[p]!.page, s + 1, value);
    sent[p]![s] = value;
  }

  const status = page.getByRole('status').filter({ hasText: 'joined' });
  await expect(status).toContainText('12 phones joined');
  await expect(status).toContainText('12 have answered');
  const columns = Array.from({ length: STATEMENTS }, (_, s) => sent.map((row) => row[s]!));
  const bySpread = columns.map((c, s) => ({ s, spread: two(spread(c)), mean: two(mean(c)), exact: { spread: spread(c), mean: mean(c) } })).sort((a, b) => b.spread - a.spread || a.mean - b.mean);
  const rows = page.getByRole('table', { name: 'Results' }).getByRole('row');
  await expect(rows.nth(1)).toHaveAttribute('data-item', BUSINESS[bySpread[0]!.s]!);
  for (const { s, exact } of bySpread) {
    await expect(page.locator(`tr[data-item="${BUSINESS[s]}"]`)).toContainText(`${PHONES}${shown(exact.mean)}${shown(exact.spread)}`);
  }

  await page.getByRole('button', { name: 'Close the round' }).click();
  await expect(page.getByRole('button', { name: /Self-evaluation, .* · 12 phones/ })).toBeVisible();
  const [roundId] = (await call<{ id: string }[]>(page, 'voting.listForWorkshop', { workshopId })).map((r) => r.id);
  const sets = await call<{ scores: Record<string, number> }[]>(page, 'voting.scoreSets', { roundId });
  expect(sets).toHaveLength(PHONES);
  for (let s = 0; s < STATEMENTS; s++) expect(two(mean(sets.map((x) => x.scores[BUSINESS[s]!]!)))).toBe(two(mean(columns[s]!)));
  await phones[5]!.page.getByRole('group').nth(1).getByRole('radio', { name: /^1 / }).click();
  await expect(phones[5]!.page.getByRole('alert')).toBeVisible(); // the server is gone with the round

  const { base64 } = await call<{ base64: string }>(page, 'workshops.minutesPdf', { id: workshopId });
  const { text } = await pdfText(Buffer.from(base64, 'base64'));
  expect(text).toContain('Votes from the room');
  expect(text).toContain('Self-evaluation · Phones: 12');
  expect(text).toContain(`mean ${shown(bySpread[0]!.exact.mean)} · spread ${shown(bySpread[0]!.exact.spread)}`);

  // The means become agreed scores only on the facilitator's click.
  await page.getByRole('button', { name: /Self-evaluation, .* · 12 phones/ }).click();
  await page.getByRole('button', { name: 'Write the means as agreed scores' }).click();
  await expect(page.getByText(`${STATEMENTS} scores written.`)).toBeVisible();
  const agreed = (await call<{ evaluations: { id: string; scores: Record<string, number> }[] }>(page, 'strategy.get', { processId })).evaluations[0]!;
  expect(agreed.id).toBe(evaluation.evaluations[0]!.id);
  expect(agreed.scores[BUSINESS[1]!]).toBe(Math.round(mean(columns[1]!)));

  // Each phone's set, taken from the closed round on a second click, becomes an anonymous participant's own scores.
  await page.getByRole('button', { name: "Take each phone's scores as individual scores" }).click();
  await expect(page.getByText(`Individual score sets added to the self-evaluation: ${PHONES}.`)).toBeVisible();
  const people = (await call<{ evaluations: { participants: { name: string; scores: Record<string, number> }[] }[] }>(page, 'strategy.get', { processId })).evaluations[0]!.participants;
  expect(people.map((p) => p.name)).toEqual(Array.from({ length: PHONES }, () => ''));
  expect(people.map((p) => p.scores).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))).toEqual(sets.map((x) => x.scores).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))));

  await page.goto(`${page.url().replace(/#.*$/, '')}#/processes/${processId}/strategy/evaluation`);
  await expect(page.getByRole('heading', { name: 'Scores from the phones' })).toBeVisible();
  const individual = page.getByRole('region', { name: 'Individual scores (optional)' });
  await expect(individual.getByText(`Participants who scored on their own: ${PHONES}.`)).toBeVisible();
  // Statement 1 split the room (1 against 5) and comes first; statement 2, where every phone said 4, is not listed.
  await expect(individual.locator('[data-widest] li').first()).toHaveAttribute('data-statement', BUSINESS[0]!);
  await expect(individual.locator(`[data-widest] li[data-statement="${BUSINESS[1]}"]`)).toHaveCount(0);

  expect(phones.flatMap((p) => p.foreign), 'requests leaving the voting server').toEqual([]);
  for (const p of phones) await p.context.close();
});
