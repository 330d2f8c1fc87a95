// One case walked end to end through the one-window service ("最多跑一次"):
// the NGO applies with two of three materials, the window accepts it with
// deficiencies and issues the one-time notice, the NGO supplies the rest,
// the window confirms, decides and delivers, and the NGO rates the service.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESULTS, log } from './harness.mjs';
import { T, assert, chooseOption, dialogReady, graphql, login, navTexts, writeTestPdf } from './helpers.mjs';

const ITEM_CODE = 'ARTICLES_APPROVAL'; // a plain service: the incubation item needs its programme's form

/** Waits until the case page shows the case in `state` (the page reloads the case after every step). */
async function waitForState(page, state) {
  await page.locator(`[data-testid=case-page][data-state="${state}"]`).waitFor({ timeout: T });
}

/** Opens the picker of one material (or notice item), uploads a PDF as a new document and attaches it. */
async function provide(page, opener, dir, key, label) {
  await opener.click();
  const picker = page.locator(`[data-testid=material-picker][data-key="${key}"]`);
  await dialogReady(picker);
  await picker.getByTestId('material-upload').click();
  const upload = page.getByTestId('upload-dialog');
  await dialogReady(upload);
  await upload.locator('input[type=file]').setInputFiles(writeTestPdf(dir, 8, label, `${key}-e2e.pdf`));
  await upload.getByTestId('upload-item').waitFor({ timeout: T });
  await page.getByTestId('upload-start').click();
  await upload.waitFor({ state: 'detached', timeout: 30_000 });
  // The new document is chosen for the material at once.
  await picker.locator('.ant-select-selection-item').first().waitFor({ timeout: T });
  const saved = page.waitForResponse((r) => r.url().endsWith('/query') && (r.request().postData() ?? '').includes('AttachCaseMaterial'), {
    timeout: T,
  });
  await page.getByTestId('material-save').click();
  const res = await saved;
  const body = await res.json();
  assert(!body.errors, `attachCaseMaterial(${key}) succeeded: ${JSON.stringify(body.errors)}`);
  await picker.waitFor({ state: 'detached', timeout: T });
}

export async function caseworkScenario({ browser, base, runner }) {
  const dir = mkdtempSync(join(tmpdir(), 'hatchery-e2e-case-'));
  const ngoContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const ngo = await ngoContext.newPage();
  const staff = await staffContext.newPage();
  const title = `e2e 章程核准申请 ${Date.now().toString(36).toUpperCase()}`;
  let casePath = '';
  let number = '';

  try {
    const opened = await runner.step('casework: ngo opens an incubation case', ngo, async () => {
      await login(ngo, base, 'ngo');
      await ngo.waitForURL('**/my-organization', { timeout: T });
      const nav = await navTexts(ngo);
      assert(nav.includes('我的办件'), `the NGO member has "my applications": ${nav}`);
      assert(!nav.includes('办件工作台') && !nav.includes('服务事项'), `and no window or admin menus: ${nav}`);
      const items = await graphql(ngo, `{ serviceItems(first: 10, where: {code: "${ITEM_CODE}"}) { edges { node { name delegated } } } }`);
      const item = items.data?.serviceItems.edges[0]?.node;
      assert(item, `the demo catalogue has ${ITEM_CODE}: ${JSON.stringify(items)}`);
      await ngo.goto(`${base}/cases`);
      await ngo.getByTestId('my-cases').waitFor({ timeout: T });
      await ngo.getByTestId('open-case').click();
      const dialog = ngo.getByTestId('open-case-dialog');
      await dialogReady(dialog);
      await chooseOption(ngo, dialog.getByRole('combobox').first(), item.name);
      await dialog.getByLabel('申请标题').fill(title);
      await ngo.getByTestId('open-case-ok').click();
      await ngo.waitForURL(/\/cases\/[^/]+$/, { timeout: T });
      casePath = new URL(ngo.url()).pathname;
      await waitForState(ngo, 'DRAFT');
      const keys = await ngo.getByTestId('checklist-row').evaluateAll((els) => els.map((e) => e.dataset.key));
      assert(keys.join() === 'certificate,articles,budget', `the checklist is the item's materials: ${keys}`);
    });
    if (!opened) return;

    const submitted = await runner.step('casework: ngo uploads certificate and articles, not the budget, and submits', ngo, async () => {
      for (const [key, label] of [
        ['certificate', 'Hatchery e2e certificate'],
        ['articles', 'Hatchery e2e articles'],
      ]) {
        const row = ngo.locator(`[data-testid=checklist-row][data-key="${key}"]`);
        await provide(ngo, row.getByTestId('checklist-choose'), dir, key, label);
        await row.getByTestId('case-doc').first().waitFor({ timeout: T });
      }
      const budget = ngo.locator('[data-testid=checklist-row][data-key="budget"]');
      assert((await budget.getByTestId('case-doc').count()) === 0, 'the budget has no file');
      assert((await ngo.getByTestId('checklist-card').innerText()).includes('项目预算'), 'the missing budget is named before submitting');
      await ngo.screenshot({ path: join(RESULTS, 'case-draft.png'), fullPage: true });
      await ngo.getByTestId('case-submit').click();
      await ngo.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定/ }).click();
      await waitForState(ngo, 'SUBMITTED');
      number = (await ngo.getByTestId('case-number').innerText()).trim();
      assert(/^DQ-\d{4}-\d{6}$/.test(number), `a case number is given on submission: ${number}`);
      log(`    case ${number} at ${casePath}`);
    });
    if (!submitted) return;

    const accepted = await runner.step('casework: staff marks the budget missing and accepts with deficiencies', staff, async () => {
      await login(staff, base, 'staff');
      await staff.waitForURL((u) => u.pathname !== '/login', { timeout: T });
      await staff.goto(`${base}/workbench`);
      const link = staff.getByTestId('workbench-table').getByRole('link', { name: number });
      await link.waitFor({ timeout: T });
      await staff.waitForLoadState('networkidle');
      await staff.screenshot({ path: join(RESULTS, 'workbench.png'), fullPage: true });
      await link.click();
      await waitForState(staff, 'SUBMITTED');
      await staff.getByTestId('action-START_PRE_REVIEW').click();
      await waitForState(staff, 'PRE_REVIEW');
      const budget = staff.locator('[data-testid=review-row][data-key="budget"]');
      await budget.waitFor({ timeout: T });
      await budget.getByText('缺少', { exact: true }).click();
      await budget.getByPlaceholder('存在的问题或补正要求').fill('请补交项目预算表（含资金来源）');
      const outcome = staff.getByTestId('review-outcome');
      assert((await outcome.getAttribute('data-outcome')) === 'ACCEPT_WITH_DEFICIENCIES', 'only a non-core material lacks: accept with deficiencies');
      await staff.getByTestId('action-ACCEPT_WITH_DEFICIENCIES').click();
      const preview = staff.getByTestId('notice-preview');
      await dialogReady(preview);
      const listed = await preview.getByTestId('notice-preview-item').evaluateAll((els) => els.map((e) => e.dataset.key));
      assert(listed.join() === 'budget', `the notice lists the budget only: ${listed}`);
      assert((await preview.innerText()).includes('只能出具一次'), 'the handler is warned the notice is one-time');
      await staff.screenshot({ path: join(RESULTS, 'case-notice-preview.png') });
      await staff.getByTestId('notice-issue').click();
      await waitForState(staff, 'ACCEPTED_WITH_DEFICIENCIES');
      await staff.getByTestId('case-notice').waitFor({ timeout: T });
      await staff.getByTestId('clock-card').waitFor({ timeout: T });
    });
    if (!accepted) return;

    const supplied = await runner.step('casework: ngo reads the notice and supplies the budget', ngo, async () => {
      await ngo.goto(`${base}${casePath}`);
      await waitForState(ngo, 'ACCEPTED_WITH_DEFICIENCIES');
      const notice = ngo.getByTestId('case-notice');
      await notice.waitFor({ timeout: T });
      const text = await notice.innerText();
      for (const part of ['一次性告知书', '项目预算', '请补交项目预算表', '补正期限', '逾期']) {
        assert(text.includes(part), `the notice says ${part}: ${text}`);
      }
      assert(/\d{4}年\d{1,2}月\d{1,2}日/.test(await ngo.getByTestId('notice-deadline').innerText()), 'the deadline is a date');
      await ngo.screenshot({ path: join(RESULTS, 'case-notice.png'), fullPage: true });
      const item = notice.locator('[data-testid=notice-item][data-key="budget"]');
      await provide(ngo, item.getByTestId('notice-supplement'), dir, 'budget', 'Hatchery e2e budget');
      await ngo.locator('[data-testid=notice-item][data-key="budget"][data-status="SUPPLEMENTED"]').waitFor({ timeout: T });
    });
    if (!supplied) return;

    const decided = await runner.step('casework: staff confirms the supplement and approves', staff, async () => {
      await staff.goto(`${base}${casePath}`);
      await staff.locator('[data-testid=review-card][data-mode="confirm"]').waitFor({ timeout: T });
      await staff.getByTestId('action-CONFIRM_SUPPLEMENT').click();
      await staff.locator('[data-testid=case-page][data-state="IN_REVIEW"], [data-testid=case-page][data-state="ACCEPTED"]').waitFor({ timeout: T });
      if ((await staff.getByTestId('case-page').getAttribute('data-state')) === 'ACCEPTED') {
        await staff.getByTestId('action-START_REVIEW').click();
        await waitForState(staff, 'IN_REVIEW');
      }
      await staff.getByTestId('action-DECIDE').click();
      await dialogReady(staff.getByTestId('decide-reason'));
      await staff.getByTestId('decide-reason').fill('材料齐全，章程符合规定，准予核准。');
      await staff.getByTestId('decide-ok').click();
      await waitForState(staff, 'DECIDED');
      await staff.locator('[data-testid=outcome-card][data-decision="APPROVED"]').waitFor({ timeout: T });
    });
    if (!decided) return;

    await runner.step('casework: the decision letter downloads as a PDF', staff, async () => {
      // The server issues the letter while deciding: it is among the case's documents at once.
      const letter = staff.getByTestId('decision-letter');
      await letter.waitFor({ timeout: T });
      const download = staff.waitForEvent('download', { timeout: T });
      await letter.getByTestId('case-doc-download').first().click();
      const file = join(RESULTS, 'decision-letter.pdf');
      await (await download).saveAs(file);
      const head = readFileSync(file).subarray(0, 5).toString('latin1');
      assert(head === '%PDF-', `the letter is a PDF (starts ${JSON.stringify(head)})`);
      log(`    decision letter: ${file}`);
    });

    const delivered = await runner.step('casework: staff delivers online', staff, async () => {
      await staff.getByTestId('action-DELIVER').click();
      await dialogReady(staff.getByTestId('deliver-ONLINE'));
      await staff.getByTestId('deliver-ok').click();
      await waitForState(staff, 'DELIVERED');
    });
    if (!delivered) return;

    await runner.step('casework: ngo rates the service 5 and the case closes', ngo, async () => {
      await ngo.goto(`${base}${casePath}`);
      await waitForState(ngo, 'DELIVERED');
      const card = ngo.getByTestId('rate-card');
      await card.waitFor({ timeout: T });
      await card.locator('.ant-rate-star').nth(4).locator('div').first().click();
      await card.getByLabel('意见建议').fill('一次都没跑，很方便！');
      await card.getByTestId('rate-submit').click();
      await waitForState(ngo, 'CLOSED');
      const stars = await ngo.getByTestId('case-rating').locator('.ant-rate-star-full').count();
      assert(stars === 5, `the rating shows 5 stars, got ${stars}`);
      const events = await ngo.getByTestId('timeline-event').evaluateAll((els) => els.map((e) => e.dataset.action));
      for (const a of ['SUBMIT', 'ACCEPT_WITH_DEFICIENCIES', 'SUPPLEMENT', 'CONFIRM_SUPPLEMENT', 'DECIDE', 'DELIVER', 'RATE']) {
        assert(events.includes(a), `the timeline has ${a}: ${events}`);
      }
      await ngo.screenshot({ path: join(RESULTS, 'case-closed.png'), fullPage: true });
    });

    await runner.step('casework: statistics dashboard shows the figures and charts', staff, async () => {
      await staff.goto(`${base}/statistics`);
      const closed = staff.getByTestId('stat-closed');
      await closed.waitFor({ timeout: T });
      const n = Number((await closed.locator('.ant-statistic-content').innerText()).replace(/[^\d]/g, ''));
      assert(n > 0, `the demo data has closed cases in the last twelve months: ${n}`);
      await staff.locator('[data-testid=chart-days] canvas').waitFor({ timeout: T });
      await staff.locator('[data-testid=chart-rates] canvas').waitFor({ timeout: T });
      await staff.waitForLoadState('networkidle');
      await staff.screenshot({ path: join(RESULTS, 'statistics.png'), fullPage: true });
    });
  } finally {
    await ngoContext.close();
    await staffContext.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
