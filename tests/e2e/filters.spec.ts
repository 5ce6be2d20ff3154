import { expect, test } from './fixtures';

test.describe('filtering the link list', () => {
  test('Strongest first puts the early content links on top, footer and hidden links below', async ({ inspect }) => {
    const { report } = await inspect('blog-post.html');
    await report.page.getByRole('combobox', { name: 'Order' }).selectOption('strength');
    const labels = await report.rowLabels();
    expect(labels.slice(0, 3)).toEqual(['the placement checker', 'a rival tool', 'our sponsor’s crawler']);
    // The list is virtualised: only the rows in view exist, so look at the top of it.
    for (const weak of ['Privacy', 'Partner', 'white on white link', 'display none link']) expect(labels.slice(0, 8)).not.toContain(weak);
  });

  test('External only, rel, Hidden, placement and search narrow the list', async ({ inspect }) => {
    const { report } = await inspect('blog-post.html');
    await expect(report.shownCount).toHaveText('16 of 16 links');

    await report.filter('External only').check();
    await expect(report.shownCount).toHaveText('10 of 16 links');
    await expect(report.rows).toHaveCount(10);
    for (const row of await report.rows.all()) await expect(row).toContainText('external');
    await report.filter('External only').uncheck();
    await expect(report.shownCount).toHaveText('16 of 16 links');

    await report.filter('nofollow').check();
    await expect(report.shownCount).toHaveText('2 of 16 links');
    expect(await report.rowLabels()).toEqual(['a rival tool', 'my site']);
    // Rel filters combine as "any of": nofollow or ugc.
    await report.filter('ugc').check();
    await expect(report.shownCount).toHaveText('3 of 16 links');
    expect(await report.rowLabels()).toEqual(['a rival tool', 'a community list', 'my site']);
    await report.clearFilters.click();
    await expect(report.shownCount).toHaveText('16 of 16 links');
    await expect(report.filter('nofollow')).not.toBeChecked();

    await report.filter('Hidden').check();
    await expect(report.shownCount).toHaveText('2 of 16 links');
    expect(await report.rowLabels()).toEqual(['white on white link', 'display none link']);
    await report.filter('Hidden').uncheck();

    await report.placementSelect.selectOption({ label: 'Footer' });
    await expect(report.shownCount).toHaveText('2 of 16 links');
    expect(await report.rowLabels()).toEqual(['Privacy', 'Partner']);
    // Filters combine: footer links that are external.
    await report.filter('External only').check();
    await expect(report.shownCount).toHaveText('1 of 16 links');
    expect(await report.rowLabels()).toEqual(['Partner']);
    await report.clearFilters.click();

    // Search matches anchor text and URL, case-insensitively.
    await report.search.fill('RESEARCH paper');
    await expect(report.shownCount).toHaveText('1 of 16 links');
    expect(await report.rowLabels()).toEqual(['a research paper on link value']);
    await report.search.fill('sponsor.example.io');
    await expect(report.shownCount).toHaveText('1 of 16 links');
    expect(await report.rowLabels()).toEqual(['our sponsor’s crawler']);
    await report.search.fill('popular-');
    await expect(report.shownCount).toHaveText('2 of 16 links');

    await report.search.fill('no such link anywhere');
    await expect(report.shownCount).toHaveText('0 of 16 links');
    await expect(report.byTestId('state-no-match')).toBeVisible();
    await expect(report.rows).toHaveCount(0);
    await report.clearFilters.click();
    await expect(report.search).toHaveValue('');
    await expect(report.shownCount).toHaveText('16 of 16 links');
  });

  test('clicking a placement in the summary filters the list to it', async ({ inspect }) => {
    const { report } = await inspect('blog-post.html');
    await report.placementChip('footer').click();
    await expect(report.placementSelect).toHaveValue('footer');
    await expect(report.shownCount).toHaveText('2 of 16 links');
    expect(await report.rowLabels()).toEqual(['Privacy', 'Partner']);
  });
});
