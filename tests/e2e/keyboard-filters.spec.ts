import { expect, test } from './fixtures';
import { pickByTyping } from './steps';

// The SME list's filters work from the keyboard, the Country field takes "Lith" + Enter, and an
// empty list says which view is empty.

for (const c of [
  {
    language: 'English', nav: 'SMEs', newSme: 'New SME', name: 'Name', country: 'Country', create: 'Create', lithuania: 'Lithuania', latvia: 'Latvia', any: 'Any country',
    noMatch: 'No SME matches your search and filters.', archive: 'Archive', show: 'Show', archived: 'Archived', active: 'Active',
    noneArchived: 'No archived SMEs.', noneActive: 'No active SMEs — 1 archived (see “Archived”).',
  },
  {
    language: 'Lietuvių', nav: 'MVĮ', newSme: 'Nauja MVĮ', name: 'Pavadinimas', country: 'Šalis', create: 'Sukurti', lithuania: 'Lietuva', latvia: 'Latvija', any: 'Bet kuri šalis',
    noMatch: 'Nė viena MVĮ neatitinka paieškos ir filtrų.', archive: 'Archyvuoti', show: 'Rodyti', archived: 'Archyvuotos', active: 'Aktyvios',
    noneArchived: 'Archyvuotų MVĮ nėra.', noneActive: 'Aktyvių MVĮ nėra — 1 archyvuota (žr. „Archyvuotos“).',
  },
]) {
  test(`${c.language}: country by "Lith" + Enter, filters cleared from the keyboard, and empty views named`, async ({ app: page }) => {
    if (c.language !== 'English') {
      await page.getByRole('textbox', { name: 'Language' }).click();
      await page.getByRole('option', { name: c.language }).click();
    }
    await page.getByRole('button', { name: c.newSme }).click();
    const dialog = page.getByRole('dialog', { name: c.newSme });
    await dialog.getByRole('textbox', { name: c.name }).fill('Šiaulių duona');
    const country = dialog.getByRole('textbox', { name: c.country });
    await pickByTyping(page, country, c.lithuania.slice(0, 4), c.lithuania);
    await dialog.getByRole('button', { name: c.create }).click();
    await expect(dialog).toHaveCount(0);
    // The SME screen opens once it is stored; leaving earlier races the dialog's closing.
    await expect(page.getByRole('heading', { name: 'Šiaulių duona' })).toBeVisible();
    await page.getByRole('link', { name: c.nav, exact: true }).click();

    const filter = page.getByRole('textbox', { name: c.country, exact: true });
    await pickByTyping(page, filter, c.latvia.slice(0, 4), c.latvia);
    await expect(page.getByText(c.noMatch)).toBeVisible();
    // Back to every country without the mouse: "Any country" is an option.
    await filter.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(c.any.slice(0, 6));
    await expect(page.getByRole('option', { name: c.any })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(filter).toHaveValue('');
    await expect(filter).toHaveAttribute('placeholder', c.any);
    await expect(page.getByRole('button', { name: 'Šiaulių duona', exact: true })).toBeVisible();

    const show = page.getByRole('radiogroup', { name: c.show });
    await show.getByText(c.archived, { exact: true }).click();
    await expect(page.getByText(c.noneArchived)).toBeVisible();
    await show.getByText(c.active, { exact: true }).click();
    await page.getByRole('button', { name: 'Šiaulių duona', exact: true }).click();
    await page.getByRole('button', { name: c.archive, exact: true }).click();
    await page.getByRole('link', { name: c.nav, exact: true }).click();
    await expect(page.getByText(c.noneActive)).toBeVisible();
  });
}
