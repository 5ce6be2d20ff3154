import { expect, test } from './fixtures';

test('the popup says what kind of page it is, and why', async ({ inspect }) => {
  const { report } = await inspect('page-type/resource-page.html');
  const line = report.byTestId('page-type');
  await expect(line).toContainText('Resource page');
  await expect(line).toContainText(/title says “resources”/);
  await expect(line).toContainText(/% sure/);
});
