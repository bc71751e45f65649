import { expect, test } from './fixtures';
import { smeWithProcess } from './steps';

// A new empty row (contact, participant, task) says nothing until something is typed into it;
// then it is checked like any other row.

for (const c of [
  { language: 'English', required: 'Please fill this in.', addContact: 'Add contact', role: 'Role, contact 1', addTask: 'Add a task', owner: 'Task 1 by when', addPerson: 'Add another person', saved: 'All changes saved' },
  { language: 'Lietuvių', required: 'Užpildykite šį lauką.', addContact: 'Pridėti kontaktą', role: 'Pareigos, kontaktas 1', addTask: 'Pridėti užduotį', owner: 'Iki kada atlikti užduotį Nr. 1', addPerson: 'Pridėti kitą asmenį', saved: 'Visi pakeitimai išsaugoti' },
]) {
  test(`${c.language}: no "please fill this in" on a new empty contact, participant or task row before typing`, async ({ app: page }) => {
    const processId = await smeWithProcess(page, 'Šiaulių duona', { type: 'Lith', pick: 'Lithuania' });
    if (c.language !== 'English') {
      await page.getByRole('textbox', { name: 'Language' }).click();
      await page.getByRole('option', { name: c.language }).click();
    }
    await page.getByRole('link', { name: /^Workshop 1/ }).click();
    await page.getByRole('button', { name: c.addPerson }).click();
    await page.getByRole('button', { name: c.addTask }).click();
    await expect(page.getByText(c.required)).toHaveCount(0);
    // Typed into, the task is checked: it needs its task text.
    await page.getByLabel(c.owner, { exact: true }).fill('2030-01-15');
    await expect(page.getByText(c.required)).toHaveCount(1);

    await page.goto(page.url().replace(/#.*$/, `#/processes/${processId}`));
    await page.getByRole('link', { name: /^Atgal|^Back to/ }).first().click();
    await page.getByRole('button', { name: c.addContact }).click();
    await expect(page.getByText(c.required)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: c.saved })).toBeVisible();
    await page.getByRole('textbox', { name: c.role }).fill('Baker');
    await expect(page.getByText(c.required)).toHaveCount(1);
  });
}
