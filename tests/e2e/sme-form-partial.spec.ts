import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newSme } from './steps';

// One field being corrected does not hold back the rest of the SME form: the other fields are
// stored, the invalid one stays as typed with its message, and the size badge says what the hint says.

interface Words {
  language: string | null;
  city: string;
  employees: string;
  contactName: string;
  contactEmail: string;
  addContact: string;
  saved: string;
  partial: string;
  wholeNumber: string;
  badEmail: string;
  small: [badge: string, hint: RegExp];
  medium: [badge: string, hint: RegExp];
  fraction: string;
}

const english: Words = {
  language: null,
  city: 'City',
  employees: 'Employees',
  contactName: 'Name, contact 1',
  contactEmail: 'Email, contact 1',
  addContact: 'Add contact',
  saved: 'All changes saved',
  partial: 'Not saved yet: correct the marked fields. Everything else is saved.',
  wholeNumber: 'Please enter a whole number.',
  badEmail: 'Please enter an email address like name@example.com.',
  small: ['Small', /^Small by headcount/],
  medium: ['Medium-sized', /^Medium-sized by headcount/],
  fraction: '12.5',
};

const lithuanian: Words = {
  language: 'Lietuvių',
  city: 'Miestas',
  employees: 'Darbuotojai',
  contactName: 'Vardas ir pavardė, kontaktas 1',
  contactEmail: 'El. paštas, kontaktas 1',
  addContact: 'Pridėti kontaktą',
  saved: 'Visi pakeitimai išsaugoti',
  partial: 'Dar neišsaugota: pataisykite pažymėtus laukus. Visa kita išsaugota.',
  wholeNumber: 'Įveskite sveikąjį skaičių.',
  badEmail: 'Įveskite el. pašto adresą, pvz., vardas@example.com.',
  small: ['Maža', /^Maža įmonė pagal darbuotojų skaičių/],
  medium: ['Vidutinė', /^Vidutinė įmonė pagal darbuotojų skaičių/],
  fraction: '12,5',
};

async function interfaceLanguage(page: Page, language: string) {
  await page.getByRole('textbox', { name: 'Language' }).click();
  await page.getByRole('option', { name: language }).click();
}

/** The badge under the SME's name and the hint under Employees name the same size class. */
async function sizeShown(page: Page, [badge, hint]: [string, RegExp]) {
  await expect(page.locator('[data-size-class]')).toHaveText(badge);
  await expect(page.getByText(hint)).toBeVisible();
}

for (const words of [english, lithuanian]) {
  test(`SME form (${words.language ?? 'English'}): an invalid field keeps its text and message while the other fields are stored`, async ({ app: page }) => {
    await newSme(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
    if (words.language) await interfaceLanguage(page, words.language);
    const status = page.getByRole('status').filter({ hasText: words.saved.slice(0, 8) }).or(page.getByRole('status').filter({ hasText: words.partial.slice(0, 8) }));
    const employees = page.getByRole('textbox', { name: words.employees, exact: true });
    await employees.fill('12');
    await expect(status).toHaveText(words.saved);
    await sizeShown(page, words.small);

    // A fraction of a person: refused at the field, while the city typed after it is stored.
    await employees.fill(words.fraction);
    await expect(page.getByText(words.wholeNumber)).toBeVisible();
    await page.getByRole('textbox', { name: words.city }).fill('Kaunas');
    await page.getByRole('button', { name: words.addContact }).click();
    await page.getByRole('textbox', { name: words.contactName }).fill('Rūta Petrauskienė');
    await expect(status).toHaveText(words.partial);
    // What cannot be read keeps the stored class on the badge and in the hint alike.
    await sizeShown(page, words.small);

    // Now the employees are fine and the contact's email is not: the size follows what was typed, badge and hint together.
    await page.getByRole('textbox', { name: words.contactEmail }).fill('ruta@duona');
    await employees.fill('60');
    await expect(page.getByText(words.badEmail)).toBeVisible();
    await sizeShown(page, words.medium);
    await expect(status).toHaveText(words.partial);

    // Reloaded: everything typed is back, the invalid email with its message.
    await page.reload();
    await expect(employees).toHaveValue('60');
    await expect(page.getByRole('textbox', { name: words.city })).toHaveValue('Kaunas');
    await expect(page.getByRole('textbox', { name: words.contactEmail })).toHaveValue('ruta@duona');
    await expect(page.getByText(words.badEmail)).toBeVisible();
    await sizeShown(page, words.medium);
    await expect(status).toHaveText(words.partial);

    // What the app itself stored (the copy kept on this computer set aside): all but the invalid email.
    const kept = await page.evaluate(() => {
      const all = Object.entries(localStorage);
      localStorage.clear();
      return all;
    });
    await page.reload();
    await expect(page.getByRole('textbox', { name: words.city })).toHaveValue('Kaunas');
    await expect(employees).toHaveValue('60');
    await sizeShown(page, words.medium);
    await expect(page.getByRole('textbox', { name: words.contactName })).toHaveValue('Rūta Petrauskienė');
    await expect(page.getByRole('textbox', { name: words.contactEmail })).toHaveValue('');

    // Back to what was typed, then corrected: everything stored, nothing kept waiting.
    await page.evaluate((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), kept);
    await page.reload();
    await expect(page.getByRole('textbox', { name: words.contactEmail })).toHaveValue('ruta@duona');
    await page.getByRole('textbox', { name: words.contactEmail }).fill('ruta@duona.lt');
    await expect(status).toHaveText(words.saved);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('socialsme.draft.')))).toEqual([]);
  });
}
