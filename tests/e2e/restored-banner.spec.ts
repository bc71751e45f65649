import { expect, test } from './fixtures';
import { newSme } from './steps';

// "Changes were restored" is about changes not saved yet: once they are saved, it goes.

for (const c of [
  { language: 'English', employees: 'Employees', restored: 'Changes you had not saved yet were restored. Correct the marked fields to save them.', saved: 'All changes saved' },
  { language: 'Lietuvių', employees: 'Darbuotojai', restored: 'Atkurti dar neišsaugoti pakeitimai. Norėdami juos išsaugoti, pataisykite pažymėtus laukus.', saved: 'Visi pakeitimai išsaugoti' },
]) {
  test(`${c.language}: the restored-changes banner leaves when the changes are saved`, async ({ app: page }) => {
    await newSme(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
    if (c.language !== 'English') {
      await page.getByRole('textbox', { name: 'Language' }).click();
      await page.getByRole('option', { name: c.language }).click();
    }
    const employees = page.getByRole('textbox', { name: c.employees });
    await employees.fill('12.5'); // a fraction of a person: refused, kept on this computer
    await page.reload();
    await expect(page.getByText(c.restored)).toBeVisible();
    await expect(employees).toHaveValue('12.5');
    await employees.fill('12');
    await expect(page.getByRole('status').filter({ hasText: c.saved })).toBeVisible();
    await expect(page.getByText(c.restored)).toHaveCount(0);
  });
}
