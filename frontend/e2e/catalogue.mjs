// The catalogue and the calendar as their administrator edits them: a
// material added to a service item's checklist, a holiday added and removed.
import { join } from 'node:path';
import { RESULTS } from './harness.mjs';
import { T, assert, dialogReady, graphql, login } from './helpers.mjs';

export async function catalogueScenario({ browser, base, runner }) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const admin = await ctx.newPage();
  try {
    const ok = await runner.step('catalogue: admin adds a material to a service item', admin, async () => {
      await login(admin, base, 'admin');
      await admin.waitForURL((u) => u.pathname !== '/login', { timeout: T });
      // The platform view lists every county's catalogue: act in Deqing, as
      // the header's switcher does, to edit its own.
      const ds = await graphql(admin, '{ domains(first: 50) { edges { node { id code } } } }');
      const deqing = ds.data.domains.edges.find((e) => e.node.code === '330521').node.id;
      const acted = await graphql(admin, 'mutation($id: ID) { actInDomain(id: $id) { id } }', { id: deqing });
      assert(!acted.errors, `acting in Deqing: ${JSON.stringify(acted.errors)}`);
      await admin.goto(`${base}/admin/service-items`);
      const row = admin.getByTestId('service-items').locator('tr', { hasText: 'BRAND_AWARD' });
      await row.waitFor({ timeout: T });
      await row.getByRole('button', { name: /材料清单/ }).click();
      const save = admin.getByTestId('materials-save');
      await dialogReady(save);
      const before = await admin.getByTestId('material-row').count();
      await admin.getByRole('button', { name: /添加材料/ }).click();
      const added = admin.getByTestId('material-row').nth(before);
      await added.getByLabel('代码').fill('media');
      await added.getByLabel('名称').fill('媒体报道');
      await save.click();
      await save.waitFor({ state: 'detached', timeout: T });
      await row.getByText('媒体报道').waitFor({ timeout: T });
      const res = await graphql(admin, '{ serviceItems(first: 1, where: {code: "BRAND_AWARD"}) { edges { node { materials { key core category } } } } }');
      const m = res.data.serviceItems.edges[0].node.materials.find((x) => x.key === 'media');
      assert(m && m.core === false && m.category === 'OTHER', `the new material is saved: ${JSON.stringify(m)}`);
      await admin.screenshot({ path: join(RESULTS, 'service-items.png'), fullPage: true });
    });
    if (!ok) return;

    await runner.step('catalogue: admin adds and removes a holiday', admin, async () => {
      await admin.goto(`${base}/admin/calendar`);
      await admin.getByTestId('calendar-table').waitFor({ timeout: T });
      await admin.getByLabel('年份').fill('2027');
      await admin.getByLabel('年份').press('Enter');
      await admin.getByRole('button', { name: /添\s*加/ }).click();
      const name = admin.getByPlaceholder('如：国庆节');
      await dialogReady(name);
      const date = admin.locator('.ant-modal').getByPlaceholder('请选择日期');
      await date.fill('2027-12-31');
      await date.press('Enter');
      await name.fill('e2e 假日');
      await admin.locator('.ant-modal').getByRole('button', { name: /保\s*存/ }).click();
      const row = admin.getByTestId('calendar-table').locator('tr', { hasText: 'e2e 假日' });
      await row.waitFor({ timeout: T });
      assert((await row.innerText()).includes('2027年12月31日'), `the holiday shows on its own day: ${await row.innerText()}`);
      await row.getByRole('button', { name: /删\s*除/ }).click();
      await admin.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定/ }).click();
      await row.waitFor({ state: 'detached', timeout: T });
    });
  } finally {
    await ctx.close();
  }
}
