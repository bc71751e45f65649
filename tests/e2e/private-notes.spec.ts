import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { smeWithProcess } from './steps';

// A workshop has two kinds of notes, and each field says where it goes: the facilitator's own,
// which never reach the SME, and the notes printed in the minutes. (The minutes PDF itself is
// read back in the unit tests.)

async function interfaceLanguage(page: Page, language: string) {
  await page.getByRole('textbox', { name: 'Language' }).click();
  await page.getByRole('option', { name: language }).click();
}

const cases = [
  {
    language: 'English',
    workshop: /^Workshop 1/,
    saved: 'All changes saved',
    private: { label: 'Private notes', hint: 'Only for you: never printed in the minutes or in any document for the SME.' },
    minutes: { label: 'Notes for the minutes', hint: 'Printed in the minutes the SME receives.' },
  },
  {
    language: 'Lietuvių',
    workshop: /^Workshop 1/,
    saved: 'Visi pakeitimai išsaugoti',
    private: { label: 'Asmeninės pastabos', hint: 'Tik jums: niekada nespausdinamos protokole ar kitame MVĮ skirtame dokumente.' },
    minutes: { label: 'Pastabos protokolui', hint: 'Spausdinamos protokole, kurį gauna MVĮ.' },
  },
];

for (const c of cases) {
  test(`${c.language}: private notes and notes for the minutes are separate fields that say where they go`, async ({ app: page }) => {
    // The workshops are held in English whatever the interface language, so their titles are stable.
    const processId = await smeWithProcess(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' }, 'English');
    if (c.language !== 'English') await interfaceLanguage(page, c.language);
    await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}`));
    await page.getByRole('link', { name: c.workshop }).click();
    const own = page.getByRole('textbox', { name: c.private.label });
    const minutes = page.getByRole('textbox', { name: c.minutes.label });
    await expect(own).toHaveAccessibleDescription(c.private.hint);
    await expect(minutes).toHaveAccessibleDescription(c.minutes.hint);
    await own.fill('Tomas sceptical at first');
    await minutes.fill('The team chose staff turnover as the first starting point.');
    await minutes.blur();
    await expect(page.getByRole('status').filter({ hasText: c.saved })).toBeVisible();
    await page.reload();
    await expect(own).toHaveValue('Tomas sceptical at first');
    await expect(minutes).toHaveValue('The team chose staff turnover as the first starting point.');
  });
}
