// Parallel consultation (并联审批): the window sends an accepted case to a
// unit, the unit's account finds it in its "征求意见" inbox and answers, and
// the case returns to review. The case is set up through the API (the
// walk in casework.mjs covers applying through the pages).
import { join } from 'node:path';
import { RESULTS } from './harness.mjs';
import { T, assert, chooseOption, dialogReady, graphql, login, navTexts } from './helpers.mjs';
import { handlerIsNotified, unitIsNotified } from './notifications.mjs';

const UNIT = '县文化和广电旅游体育局';

/** Runs a mutation as the page's user and returns its data, failing on errors. */
async function must(page, query, variables) {
  const res = await graphql(page, query, variables);
  assert(!res.errors, `${query.split('(')[0]}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export async function consultationScenario({ browser, base, runner }) {
  const contexts = [];
  const open = async (user) => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    contexts.push(ctx);
    const page = await ctx.newPage();
    await login(page, base, user);
    await page.waitForURL((u) => u.pathname !== '/login', { timeout: T });
    return page;
  };
  try {
    let caseID = '';
    let ngo;
    let staff;
    const ready = await runner.step('consultation: an accepted case (set up through the API)', null, async () => {
      ngo = await open('ngo');
      staff = await open('staff');
      const me = await must(ngo, '{ me { memberships { organization { id documents(first: 50, where: {deletedAtIsNil: true}) { edges { node { id category } } } } } } }');
      const org = me.me.memberships[0].organization;
      const docOf = (cat) => org.documents.edges.find((e) => e.node.category === cat)?.node.id;
      const items = await must(ngo, '{ serviceItems(first: 1, where: {code: "ARTICLES_APPROVAL"}) { edges { node { id } } } }');
      const opened = await must(ngo, 'mutation($in: OpenCaseInput!) { openCase(input: $in) { id } }', {
        in: { serviceItemID: items.serviceItems.edges[0].node.id, organizationID: org.id, title: 'e2e 征求意见测试' },
      });
      caseID = opened.openCase.id;
      for (const [key, cat] of [
        ['certificate', 'REGISTRATION_CERTIFICATE'],
        ['articles', 'ARTICLES_OF_ASSOCIATION'],
        ['budget', 'BUDGET'],
      ]) {
        const doc = docOf(cat);
        assert(doc, `the organisation has a ${cat} document (uploaded by the casework walk)`);
        await must(ngo, 'mutation($id: ID!, $k: String!, $d: [ID!]!) { attachCaseMaterial(caseID: $id, key: $k, documentIDs: $d) { id } }', {
          id: caseID,
          k: key,
          d: [doc],
        });
      }
      await must(ngo, 'mutation($id: ID!) { submitCase(id: $id) { id } }', { id: caseID });
      await must(staff, 'mutation($id: ID!) { startPreReview(id: $id) { id } }', { id: caseID });
      const findings = ['certificate', 'articles', 'budget'].map((key) => ({ key, status: 'PRESENT' }));
      await must(staff, 'mutation($id: ID!, $f: [FindingInput!]!) { acceptCase(id: $id, findings: $f) { state } }', { id: caseID, f: findings });
    });
    if (!ready) return;

    const sent = await runner.step('consultation: staff consults a unit answered by expert', staff, async () => {
      await staff.goto(`${base}/cases/${caseID}`);
      await staff.locator('[data-testid=case-page][data-state="ACCEPTED"]').waitFor({ timeout: T });
      await staff.getByTestId('action-CONSULT').click();
      const unit = staff.getByPlaceholder('如：县文化和广电旅游体育局');
      await dialogReady(unit);
      await unit.fill(UNIT);
      await chooseOption(staff, staff.getByTestId('user-picker'), '评审专家 周华（expert）');
      await staff.getByTestId('consult-ok').click();
      await staff.locator('[data-testid=case-page][data-state="CONSULTING"]').waitFor({ timeout: T });
      const card = staff.getByTestId('consultations-card');
      await card.getByText(UNIT).waitFor({ timeout: T });
      // The answerer column comes from a second query (the case's
      // assignees), so it can render after the unit: wait for it before
      // reading the card.
      await card.getByText('评审专家 周华').waitFor({ timeout: T });
      assert((await card.innerText()).includes('评审专家 周华'), 'staff see who answers for the unit');
    });
    if (!sent) return;

    const expert = await open('expert');
    await unitIsNotified({ page: expert, base, runner, caseID });
    const answered = await runner.step('consultation: the unit answers from its inbox', expert, async () => {
      await expert.getByTestId('main-nav').getByText('征求意见').waitFor({ timeout: T });
      assert((await navTexts(expert)).includes('征求意见'), 'the inbox shows in the menu of a consulted account');
      await expert.goto(`${base}/consultations`);
      const row = expert.getByTestId('consultation-inbox').locator('tr', { hasText: 'e2e 征求意见测试' });
      await row.waitFor({ timeout: T });
      await expert.waitForLoadState('networkidle');
      await expert.screenshot({ path: join(RESULTS, 'consultation-inbox.png'), fullPage: true });
      await row.getByTestId('answer').click();
      await dialogReady(expert.getByTestId('answer-ok'));
      await expert.getByText('不同意', { exact: true }).click();
      await expert.getByTestId('answer-ok').click();
      await expert.getByText('不同意的，请说明理由').waitFor({ timeout: T });
      await expert.getByText('同意', { exact: true }).click();
      await expert.getByLabel('意见或理由').fill('符合文化类社会组织孵化条件。');
      await expert.getByTestId('answer-ok').click();
      await row.waitFor({ state: 'detached', timeout: T });
    });
    if (!answered) return;

    await runner.step('consultation: the case returns to review with the answer', staff, async () => {
      await staff.reload();
      await staff.locator('[data-testid=case-page][data-state="IN_REVIEW"]').waitFor({ timeout: T });
      const text = await staff.getByTestId('consultations-card').innerText();
      assert(text.includes('同意') && text.includes('符合文化类社会组织孵化条件'), `the answer is shown: ${text}`);
      await staff.getByTestId('action-DECIDE').waitFor({ timeout: T });
    });
    await handlerIsNotified({ page: staff, runner });
  } finally {
    for (const ctx of contexts) await ctx.close();
  }
}
