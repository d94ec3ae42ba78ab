import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test.describe('without JavaScript', () => {
  test('a source page reads completely', async ({ page }) => {
    await page.goto('/sources/sciencepost-consortium-musk-openai/');
    await expect(page.locator('.capture-text')).toContainText('Lundi 10 février 2025, l’avocat de Musk, Marc Toberoff');
    await expect(page.locator('.capture-text')).toContainText('une bataille pour le contrôle de l’entreprise s’engagera.');
  });

  test('the search box says that search needs JavaScript', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Rechercher dans le dossier' });
    await expect(box).toBeDisabled();
    await expect(box).toHaveAttribute('placeholder', /nécessite JavaScript/u);
    await expect(page.getByRole('button', { name: 'Rechercher' })).toBeHidden();
  });

  test('the search page explains what to do instead', async ({ page }) => {
    await page.goto('/recherche/');
    await expect(page.locator('main')).toContainText('La recherche plein texte nécessite JavaScript');
    await expect(page.locator('main').getByRole('link', { name: 'la liste des sources' })).toBeVisible();
  });
});
