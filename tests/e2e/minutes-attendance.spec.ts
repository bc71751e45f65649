import type { Page } from '@playwright/test';
import { pdfText } from '../helpers/pdf-text';
import { expect, test } from './fixtures';
import { smeWithProcess } from './steps';

// What reaches the SME's minutes, read back from the PDF the Minutes button makes: the notes for
// the minutes, never the facilitator's private notes; attendance as ticked (someone invited who is
// not one of the SME's contacts was invited, not "joined on the day").

const cases = [
  {
    language: 'English', workshops: 'English', saved: 'All changes saved', addPerson: 'Add another person', personName: (n: number) => `Name of participant ${n}`,
    invited: (name: string) => `${name} invited`, present: (name: string) => `${name} present`,
    privateNotes: 'Private notes', minutesNotes: 'Notes for the minutes', minutesPdf: 'Minutes (PDF)',
    presentWord: 'present', joined: 'joined on the day',
  },
  {
    language: 'Lietuvių', workshops: 'Lietuvių', saved: 'Visi pakeitimai išsaugoti', addPerson: 'Pridėti kitą asmenį', personName: (n: number) => `Dalyvio Nr. ${n} vardas ir pavardė`,
    invited: (name: string) => `${name}: pakvietimas`, present: (name: string) => `${name}: dalyvavimas`,
    privateNotes: 'Asmeninės pastabos', minutesNotes: 'Pastabos protokolui', minutesPdf: 'Protokolas (PDF)',
    presentWord: 'dalyvavo', joined: 'prisijungė vietoje',
  },
];

async function interfaceLanguage(page: Page, language: string) {
  await page.getByRole('textbox', { name: 'Language' }).click();
  await page.getByRole('option', { name: language }).click();
}

for (const c of cases) {
  test(`${c.language}: the minutes print the notes for the minutes, never the private notes, and attendance as ticked`, async ({ app: page }) => {
    await smeWithProcess(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' }, c.workshops);
    if (c.language !== 'English') await interfaceLanguage(page, c.language);
    await page.locator('a[href*="#/workshops/"]').first().click();

    // Jonas was invited and came; Ona was not invited and came anyway. Neither is a contact of the SME.
    const person = async (n: number, name: string, invited: boolean) => {
      await page.getByRole('button', { name: c.addPerson }).click();
      await page.getByRole('textbox', { name: c.personName(n) }).fill(name);
      const invite = page.getByRole('checkbox', { name: c.invited(name) });
      if ((await invite.isChecked()) !== invited) await invite.click();
      await page.getByRole('checkbox', { name: c.present(name) }).check();
    };
    await person(1, 'Jonas Petraitis', true);
    await person(2, 'Ona Kazlauskienė', false);

    await page.getByRole('textbox', { name: c.privateNotes }).fill('Tomas sceptical at first, watch him next time');
    await page.getByRole('textbox', { name: c.minutesNotes }).fill('The team chose staff turnover as the first starting point.');
    await page.getByRole('textbox', { name: c.minutesNotes }).blur();
    await expect(page.locator('[data-save-state="saving"], [data-save-state="invalid"], [data-save-state="failed"]')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: c.saved }).first()).toBeVisible();

    const made = page.waitForResponse((r) => r.url().includes('workshops.minutesPdf'));
    await page.getByRole('button', { name: c.minutesPdf }).click();
    const reply = (await (await made).json()) as { ok: boolean; value: { base64: string } };
    expect(reply.ok).toBe(true);
    const { text } = await pdfText(Buffer.from(reply.value.base64, 'base64'));

    expect(text).toContain('The team chose staff turnover as the first starting point.');
    expect(text).not.toContain('Tomas sceptical');
    expect(text).not.toContain('watch him');
    expect(text).toContain(`Jonas Petraitis – ${c.presentWord} •`);
    expect(text).not.toContain(`Jonas Petraitis – ${c.presentWord}, ${c.joined}`);
    expect(text).toContain(`Ona Kazlauskienė – ${c.presentWord}, ${c.joined}`);
  });
}
