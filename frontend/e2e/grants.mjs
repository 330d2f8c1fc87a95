// Venture grants (公益创投) walked end to end: the demo ngo checks its
// eligibility for this year's open call, starts a proposal, fills the
// proposal form in the browser (the budget total follows the typing),
// attaches the materials and submits; staff accept the case and give it
// reviewers; an expert scores it against the rubric and hands in; staff
// award it from the ranked list (the budget left follows the amount) and
// announce; the public page, without login, shows the award 公示中.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESULTS, log } from './harness.mjs';
import { T, assert, chooseOption, dialogReady, graphql, login, writeTestPdf } from './helpers.mjs';

const YEAR = new Date().getFullYear();
const CALL = `德清县${YEAR}年度社会组织公益创投`;
const CATEGORY = '为老服务';
const REQUESTED = '30000';
const AWARDED = '28000';
/** The VENTURE_GRANT item's checklist: material key and document category. */
const MATERIALS = [
  ['certificate', 'REGISTRATION_CERTIFICATE'],
  ['proposal', 'PROPOSAL'],
  ['budget', 'BUDGET'],
  ['financial', 'FINANCIAL_STATEMENT'],
];
/** The demo rubric's criteria and the scores the expert gives (weights 30/30/20/20, out of 10). */
const SCORES = { need: 9, design: 8, capacity: 8, budget: 7 };
const TOTAL = '81.0';

/** Runs a query or mutation as the page's user and returns its data, failing on errors. */
async function must(page, query, variables) {
  const res = await graphql(page, query, variables);
  assert(!res.errors, `${query.split('(')[0].slice(0, 80)}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** Decimal yuan ("1820000.00") as integer fen. */
function fen(yuan) {
  const [i, f = ''] = String(yuan).replace(/[¥,\s]/g, '').split('.');
  return BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
}

/** Integer fen as the API's decimal yuan ("1792000.00"). */
function yuan(f) {
  const neg = f < 0n;
  const a = neg ? -f : f;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

async function waitForState(page, state) {
  await page.locator(`[data-testid=case-page][data-state="${state}"]`).waitFor({ timeout: T });
}

/** Clicks OK in the antd confirm dialog now opening. */
async function confirmDialog(page) {
  const ok = page.locator('.ant-modal-confirm').getByRole('button', { name: /确\s*定|OK/ });
  await dialogReady(ok);
  await ok.click();
}

/**
 * Before a full-page screenshot: the confirm dialogs and toasts gone (best
 * effort) and the page at its top, so the fixed header stays at the top.
 */
async function settle(page) {
  await page.locator('.ant-modal-confirm').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
  await page.waitForFunction(() => document.querySelectorAll('.ant-message-notice').length === 0, null, { timeout: 5_000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Uploads a PDF for one checklist material through its picker and attaches it (the case page's upload flow). */
async function uploadMaterial(page, dir, key) {
  const row = page.locator(`[data-testid=checklist-row][data-key="${key}"]`);
  await row.getByTestId('checklist-choose').click();
  const picker = page.locator(`[data-testid=material-picker][data-key="${key}"]`);
  await dialogReady(picker);
  await picker.getByTestId('material-upload').click();
  const upload = page.getByTestId('upload-dialog');
  await dialogReady(upload);
  await upload.locator('input[type=file]').setInputFiles(writeTestPdf(dir, 8, `Hatchery e2e grant ${key}`, `grant-${key}-e2e.pdf`));
  await upload.getByTestId('upload-item').waitFor({ timeout: T });
  await page.getByTestId('upload-start').click();
  await upload.waitFor({ state: 'detached', timeout: 30_000 });
  await picker.locator('.ant-select-selection-item').first().waitFor({ timeout: T });
  const saved = page.waitForResponse((r) => r.url().endsWith('/query') && (r.request().postData() ?? '').includes('AttachCaseMaterial'), {
    timeout: T,
  });
  await page.getByTestId('material-save').click();
  const body = await (await saved).json();
  assert(!body.errors, `attachCaseMaterial(${key}) succeeded: ${JSON.stringify(body.errors)}`);
  await picker.waitFor({ state: 'detached', timeout: T });
  await row.getByTestId('case-doc').first().waitFor({ timeout: T });
}

export async function grantsScenario({ browser, base, runner }) {
  const dir = mkdtempSync(join(tmpdir(), 'hatchery-e2e-grants-'));
  const contexts = [];
  const open = async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    contexts.push(ctx);
    return ctx.newPage();
  };
  const signIn = async (page, user) => {
    await login(page, base, user);
    await page.waitForURL((u) => u.pathname !== '/login', { timeout: T });
  };
  const title = `e2e 银龄互助公益创投项目 ${Date.now().toString(36).toUpperCase()}`;
  let caseID = '';
  let orgName = '';
  let callPath = '';
  try {
    const ngo = await open();
    const started = await runner.step('grants: ngo checks eligibility for the open call (资格自查) and starts a proposal', ngo, async () => {
      await signIn(ngo, 'ngo');
      const me = await must(ngo, '{ me { memberships { organization { id name } } } }');
      orgName = me.me.memberships[0].organization.name;
      await ngo.goto(`${base}/grants`);
      const call = ngo.locator('[data-testid=grant-call][data-phase=OPEN]').filter({ hasText: CALL });
      await call.waitFor({ timeout: T });
      assert((await call.getByTestId('start-proposal').count()) === 0, 'no start button before the check');
      await call.getByTestId('check-eligibility').click();
      const ok = call.getByTestId('eligibility-ok');
      await ok.waitFor({ timeout: T });
      assert((await ok.innerText()).includes('符合申报条件'), `the check says eligible: ${await ok.innerText()}`);
      await settle(ngo);
      await ngo.screenshot({ path: join(RESULTS, 'grants-eligibility.png'), fullPage: true });
      await call.getByTestId('start-proposal').click();
      const input = ngo.getByTestId('proposal-title');
      await dialogReady(input);
      await input.fill(title);
      await ngo.getByRole('dialog').getByRole('button', { name: '开始申报' }).click();
      await ngo.waitForURL(/\/cases\/[^/]+$/, { timeout: T });
      caseID = decodeURIComponent(new URL(ngo.url()).pathname.split('/').pop());
      await waitForState(ngo, 'DRAFT');
      await ngo.locator('[data-testid=proposal-panel][data-status=DRAFT]').waitFor({ timeout: T });
      log(`    proposal case ${caseID} for ${orgName}`);
    });
    if (!started) return;

    const materials = await runner.step('grants: the checklist materials are attached (API for documents on file, upload for the rest)', ngo, async () => {
      const keys = await ngo.getByTestId('checklist-row').evaluateAll((els) => els.map((e) => e.dataset.key));
      assert(keys.join() === MATERIALS.map(([k]) => k).join(), `the checklist is the grant item's materials: ${keys}`);
      const me = await must(
        ngo,
        '{ me { memberships { organization { documents(first: 100, where: {deletedAtIsNil: true}) { edges { node { id category } } } } } } }',
      );
      const docs = me.me.memberships[0].organization.documents.edges.map((e) => e.node);
      const toUpload = [];
      for (const [key, category] of MATERIALS) {
        const doc = docs.find((d) => d.category === category);
        if (!doc) {
          toUpload.push(key);
          continue;
        }
        await must(ngo, 'mutation($id: ID!, $k: String!, $d: [ID!]!) { attachCaseMaterial(caseID: $id, key: $k, documentIDs: $d) { id } }', {
          id: caseID,
          k: key,
          d: [doc.id],
        });
      }
      log(`    attached through the API: ${MATERIALS.length - toUpload.length}; uploaded in the page: ${toUpload.join(', ') || 'none'}`);
      await ngo.reload();
      await waitForState(ngo, 'DRAFT');
      for (const key of toUpload) await uploadMaterial(ngo, dir, key);
      for (const [key] of MATERIALS) {
        await ngo.locator(`[data-testid=checklist-row][data-key="${key}"]`).getByTestId('case-doc').first().waitFor({ timeout: T });
      }
    });
    if (!materials) return;

    const filled = await runner.step('grants: ngo fills the proposal form (申报书), the budget total follows the typing, and saves', ngo, async () => {
      const form = ngo.getByTestId('proposal-form');
      await form.waitFor({ timeout: T });
      assert((await form.getByLabel('项目名称', { exact: true }).inputValue()) === title, 'the title typed when starting is in the form');
      await chooseOption(ngo, form.getByRole('combobox', { name: '资助领域' }), CATEGORY);
      await form.getByLabel('项目摘要').fill('为武康街道独居、空巢老人提供助餐、探访和健康讲座等服务，组织低龄老人结对帮扶高龄老人。');
      await form.getByLabel('项目目标').fill('一年内为 150 名独居老人提供每周探访，开展健康讲座 12 场，培育银龄志愿者 30 名。');
      await form.getByLabel('受益群体').fill('独居、空巢老人');
      await form.getByLabel('受益人数').fill('150');
      await form.getByLabel('实施镇（街道）').fill('武康街道');
      for (const [label, day] of [
        ['开始日期', `${YEAR}-09-01`],
        ['结束日期', `${YEAR + 1}-08-31`],
      ]) {
        const picker = form.getByLabel(label, { exact: true });
        await picker.click();
        await picker.fill(day);
        await picker.press('Enter');
        await ngo.waitForFunction(([el, v]) => el.value === v, [await picker.elementHandle(), day], { timeout: T });
      }
      // The budget, line by line: the total follows as the amounts are typed.
      const total = ngo.getByTestId('budget-total');
      for (const [i, [category, description, amount]] of [
        ['人员经费', '社工及志愿者补贴', '18000'],
        ['活动经费', '助餐食材、讲座场地与物资', '12000.00'],
      ].entries()) {
        await ngo.getByTestId('add-budget-line').click();
        const line = ngo.getByTestId('budget-line').nth(i);
        await line.waitFor({ timeout: T });
        await line.getByRole('combobox').fill(category);
        await line.getByLabel('用途说明').fill(description);
        await line.getByTestId('budget-amount').fill(amount);
      }
      await ngo.waitForFunction(() => document.querySelector('[data-testid=budget-total]')?.dataset.total === '30000.00', null, { timeout: T });
      const totalText = await total.innerText();
      assert(totalText.includes('¥30,000.00'), `the live total shows ¥30,000.00: ${totalText}`);
      await ngo.getByTestId('requested').fill(REQUESTED);
      assert((await ngo.getByTestId('budget-differs').count()) === 0, 'the total matches the request: no warning');
      await form.getByLabel('项目团队').fill('项目负责人 1 名（持证社工），专职社工 2 名，银龄志愿者 30 名');
      await form.getByLabel(/计划参与的志愿者人数/).fill('30');
      await form.getByLabel(/合作的村（社区）/).fill('武康街道永安社区、千秋社区');
      const declaration = form.getByRole('checkbox', { name: /本项目未获得其他政府财政资金资助/ });
      await declaration.check();
      assert(await declaration.isChecked(), 'the declaration is ticked');
      await settle(ngo);
      await ngo.screenshot({ path: join(RESULTS, 'grants-proposal-form.png'), fullPage: true });
      const saved = ngo.waitForResponse(
        (r) => r.url().endsWith('/query') && (r.request().postData() ?? '').includes('SaveProposalApplication'),
        { timeout: T },
      );
      await ngo.getByTestId('save-proposal').click();
      const body = await (await saved).json();
      assert(!body.errors, `the proposal saved: ${JSON.stringify(body.errors)}`);
      await ngo.getByText('申报书已保存').waitFor({ timeout: T });
    });
    if (!filled) return;

    const submitted = await runner.step('grants: ngo submits the proposal and the case becomes SUBMITTED', ngo, async () => {
      await ngo.getByTestId('case-submit').click();
      await ngo.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定/ }).click();
      const problems = ngo.getByTestId('application-problems');
      await ngo
        .locator('[data-testid=case-page][data-state="SUBMITTED"], [data-testid=application-problems]')
        .first()
        .waitFor({ timeout: T });
      if (await problems.count()) throw new Error(`the submission was refused: ${await problems.innerText()}`);
      await waitForState(ngo, 'SUBMITTED');
      const view = ngo.getByTestId('proposal-view');
      await view.waitFor({ timeout: T });
      assert((await ngo.getByTestId('budget-view').innerText()).includes('¥30,000.00'), 'the submitted budget adds up to ¥30,000.00');
      await ngo.locator('[data-testid=proposal-panel][data-status=SUBMITTED]').waitFor({ timeout: T });
      log(`    case ${await ngo.getByTestId('case-page').getAttribute('data-number')}`);
    });
    if (!submitted) return;

    const staff = await open();
    const assigned = await runner.step('grants: staff accept the case (API) and auto-assign reviewers on the call page (评审)', staff, async () => {
      await signIn(staff, 'staff');
      await must(staff, 'mutation($id: ID!) { startPreReview(id: $id) { id } }', { id: caseID });
      const findings = MATERIALS.map(([key]) => ({ key, status: 'PRESENT' }));
      const acc = await must(staff, 'mutation($id: ID!, $f: [FindingInput!]!) { acceptCase(id: $id, findings: $f) { state } }', {
        id: caseID,
        f: findings,
      });
      assert(acc.acceptCase.state === 'ACCEPTED', `the case is accepted: ${acc.acceptCase.state}`);
      await staff.goto(`${base}/grants/calls`);
      await staff.getByTestId('calls').getByRole('link', { name: CALL, exact: true }).click();
      await staff.waitForURL(/\/grants\/calls\/[^/?]+/, { timeout: T });
      callPath = new URL(staff.url()).pathname;
      await staff.getByRole('tab', { name: '评审', exact: true }).click();
      const board = staff.getByTestId('assignment-board');
      const row = board.locator('tr.ant-table-row', { hasText: title });
      await row.waitFor({ timeout: T });
      assert((await row.getByTestId('assignment').count()) === 0, 'the new proposal has no reviewers yet');
      const pager = await staff.getByTestId('board-pager').innerText();
      assert(/共 \d+ 条/.test(pager), `the board pages through the call's proposals and says how many: ${pager}`);
      await staff.getByTestId('auto-assign').click();
      await confirmDialog(staff);
      await staff.getByText(/新分配 \d+ 个评审任务/).waitFor({ timeout: T });
      await row.getByTestId('assignment').first().waitFor({ timeout: T });
      const experts = await row.getByTestId('assignment').allInnerTexts();
      assert(experts.some((e) => e.includes('评审专家 周华')), `expert (周华) reviews the proposal: ${experts}`);
      await settle(staff);
      await staff.screenshot({ path: join(RESULTS, 'grants-review-board.png'), fullPage: true });
    });
    if (!assigned) return;

    const expert = await open();
    const scored = await runner.step('grants: expert scores every criterion of the proposal and hands in (提交评分)', expert, async () => {
      await signIn(expert, 'expert');
      await expert.goto(`${base}/reviews`);
      const link = expert.getByTestId('review-queue').getByRole('link', { name: title });
      await link.waitFor({ timeout: T });
      await link.click();
      await expert.waitForURL(/\/reviews\/[^/]+$/, { timeout: T });
      const reader = expert.getByTestId('proposal-reader');
      await reader.waitFor({ timeout: T });
      const text = await reader.innerText();
      for (const part of [orgName, CATEGORY, '¥30,000.00', '武康街道永安社区']) assert(text.includes(part), `the reader shows ${part}`);
      for (const [key, score] of Object.entries(SCORES)) {
        await expert.getByTestId(`score-${key}`).fill(String(score));
      }
      await expert.getByTestId('overall-comment').fill('需求明确，设计可行，建议资助。');
      await expert.locator('[data-testid=live-total]', { hasText: TOTAL }).waitFor({ timeout: T });
      await settle(expert);
      await expert.screenshot({ path: join(RESULTS, 'grants-review.png'), fullPage: true });
      await expert.getByTestId('hand-in').click();
      await confirmDialog(expert);
      await expert.getByText('评分已提交').waitFor({ timeout: T });
      await expert.getByTestId('hand-in').waitFor({ state: 'detached', timeout: T });
      await expert.locator('.ant-tag[data-status=SUBMITTED]').first().waitFor({ timeout: T });
    });
    if (!scored) return;

    const awarded = await runner.step('grants: staff award the proposal from the ranking (排名与决定) and the budget left follows', staff, async () => {
      await staff.goto(`${base}${callPath}`);
      await staff.getByRole('tab', { name: '排名与决定', exact: true }).click();
      const row = staff.getByTestId('ranked').locator('tr.ant-table-row', { hasText: title });
      await row.waitFor({ timeout: T });
      const rowText = await row.innerText();
      assert(rowText.includes(TOTAL), `the ranking shows the expert's ${TOTAL}: ${rowText}`);
      const left = staff.getByTestId('left').locator('.money');
      const before = fen(await left.getAttribute('data-amount'));
      const shows = async (f) => staff.locator(`[data-testid=left] .money[data-amount="${yuan(f)}"]`).waitFor({ timeout: T });
      await row.getByRole('checkbox').check();
      const amount = row.getByTestId('award-amount');
      await amount.waitFor({ timeout: T });
      assert(fen(await amount.inputValue()) === fen(REQUESTED), `the amount starts at the request: ${await amount.inputValue()}`);
      await shows(before - fen(REQUESTED));
      await amount.fill(AWARDED);
      await shows(before - fen(AWARDED));
      assert((await left.innerText()).includes('¥'), 'the budget left is shown in yuan');
      await row.getByLabel('资助条件').fill('按季度报送项目进展，结项时接受终期评估');
      // Wide enough for the whole ranked table: the project and the decision side by side.
      await staff.setViewportSize({ width: 1680, height: 900 });
      await staff.getByTestId('ranked').locator('.ant-table-content, .ant-table-body').first().evaluate((el) => { el.scrollLeft = 0; });
      await settle(staff);
      await staff.screenshot({ path: join(RESULTS, 'grants-ranking.png'), fullPage: true });
      await staff.setViewportSize({ width: 1280, height: 900 });
      await staff.getByTestId('submit-decisions').click();
      await confirmDialog(staff);
      await staff.getByText(/已资助 1 项、不予资助 0 项/).waitFor({ timeout: T });
      await row.locator('.ant-tag[data-status=PROVISIONAL]').waitFor({ timeout: T });
      assert((await row.innerText()).includes('¥28,000.00'), 'the row shows the award');
      // The call's money is committed: the budget left is what it was less the award.
      await shows(before - fen(AWARDED));
      log(`    budget left ${yuan(before)} → ${yuan(before - fen(AWARDED))}`);
    });
    if (!awarded) return;

    const announced = await runner.step('grants: staff start the public announcement (开始公示)', staff, async () => {
      await staff.getByRole('tab', { name: '公示', exact: true }).click();
      const row = staff.getByTestId('awards').locator('tr.ant-table-row', { hasText: title });
      await row.waitFor({ timeout: T });
      assert((await row.innerText()).includes(orgName), 'the award is the ngo’s');
      await staff.getByTestId('announce').click();
      await confirmDialog(staff);
      await staff.getByText(/公示期：/).waitFor({ timeout: T });
      await staff.getByTestId('announce').waitFor({ state: 'detached', timeout: T });
      await settle(staff);
      await staff.screenshot({ path: join(RESULTS, 'grants-announce.png'), fullPage: true });
    });
    if (!announced) return;

    const anonymous = await open();
    await runner.step('grants: the public page (no login) shows the award 公示中', anonymous, async () => {
      await anonymous.goto(`${base}/public/grants`);
      const card = anonymous.getByTestId('public-call').filter({ hasText: CALL });
      await card.first().waitFor({ timeout: T });
      assert(new URL(anonymous.url()).pathname === '/public/grants', `no redirect to login: ${anonymous.url()}`);
      const row = card.getByTestId('public-awards').locator('tr.ant-table-row', { hasText: orgName });
      await row.waitFor({ timeout: T });
      const text = await row.innerText();
      for (const part of [orgName, title, CATEGORY, '¥28,000.00', '公示中']) assert(text.includes(part), `the public row shows ${part}: ${text}`);
      await card.first().scrollIntoViewIfNeeded();
      await anonymous.screenshot({ path: join(RESULTS, 'grants-public.png') });
    });
  } finally {
    for (const ctx of contexts) await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
