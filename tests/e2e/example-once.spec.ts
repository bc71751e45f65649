import { expect, test } from './fixtures';

// The example is marked as such, loaded once, and can be removed without touching clients' SMEs.

for (const c of [
  { language: 'English', load: 'Load example', marked: 'The example', remove: 'Remove the example', confirmTitle: 'Remove the example?' },
  { language: 'Lietuvių', load: 'Įkelti pavyzdį', marked: 'Pavyzdys', remove: 'Pašalinti pavyzdį', confirmTitle: 'Pašalinti pavyzdį?' },
]) {
  test(`${c.language}: Load example twice opens the same example, marked, and it can be removed`, async ({ app: page }) => {
    test.setTimeout(90_000); // the example is loaded twice
    if (c.language !== 'English') {
      await page.getByRole('textbox', { name: 'Language' }).click();
      await page.getByRole('option', { name: c.language }).click();
    }
    await page.getByRole('button', { name: c.load }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Example: Šilo duona family bakery' });
    await expect(heading).toBeVisible({ timeout: 30_000 });
    const first = page.url();
    await expect(page.getByRole('alert').filter({ hasText: c.marked })).toBeVisible();

    await page.goto(first.replace(/#.*$/, '#/smes'));
    await page.getByRole('button', { name: c.load }).click();
    await expect(heading).toBeVisible({ timeout: 30_000 });
    expect(page.url()).toBe(first);
    await page.goto(first.replace(/#.*$/, '#/smes'));
    await expect(page.getByRole('button', { name: 'Example: Šilo duona family bakery', exact: true })).toHaveCount(1);

    await page.goto(first);
    await page.getByRole('button', { name: c.remove }).click();
    await page.getByRole('dialog', { name: c.confirmTitle }).getByRole('button', { name: c.remove }).click();
    await expect(page).toHaveURL(/#\/smes$/);
    await expect(page.getByRole('button', { name: 'Example: Šilo duona family bakery', exact: true })).toHaveCount(0);
  });
}
