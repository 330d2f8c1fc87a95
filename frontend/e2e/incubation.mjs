// The hatch rule in the browser: staff see a not-ready tenant's missing
// list with the button disabled, graduate the ready tenant (彩虹桥, room
// 103); the head of the waitlist (ngo-wait) logs in, sees the offer of room
// 103 and accepts it; the space board shows the new occupant.
import { join } from 'node:path';
import { RESULTS } from './harness.mjs';
import { T, assert, login } from './helpers.mjs';

const READY = '德清县彩虹桥社会工作服务中心';
const NOT_READY = '莫干山镇民宿行业协会';
const HEAD = '德清县银龄乐享养老服务中心';

export async function incubationScenario({ browser, base, runner }) {
  const staffCtx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const ngoCtx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const staff = await staffCtx.newPage();
  const ngo = await ngoCtx.newPage();
  try {
    const board = await runner.step('incubation: staff read the space board', staff, async () => {
      await login(staff, base, 'staff');
      await staff.waitForURL((u) => u.pathname !== '/login', { timeout: T });
      await staff.goto(`${base}/incubation`);
      const room = staff.locator('[data-testid=space-tile][data-code="103"]');
      await room.waitFor({ timeout: T });
      assert((await room.innerText()).includes(READY), `room 103 is ${READY}'s: ${await room.innerText()}`);
      assert((await room.getAttribute('data-status')) === 'OCCUPIED', 'room 103 is full');
      await staff.screenshot({ path: join(RESULTS, 'incubation-space-board.png'), fullPage: true });
    });
    if (!board) return;

    await runner.step('incubation: a tenant not ready shows what is missing, the button disabled', staff, async () => {
      await staff.goto(`${base}/incubation/tenancies`);
      await staff.getByTestId('tenant-list').getByRole('link', { name: NOT_READY }).click();
      const panel = staff.getByTestId('graduation-panel');
      await panel.waitFor({ timeout: T });
      assert((await panel.getAttribute('data-ready')) === 'false', 'not ready');
      const missing = await staff.getByTestId('graduation-missing').innerText();
      assert(missing.includes('实现党的组织和工作覆盖'), `the missing list names party-building coverage: ${missing}`);
      assert(await staff.getByTestId('graduate').isDisabled(), 'the graduate button is disabled');
    });

    const graduated = await runner.step('incubation: staff graduate the ready tenant', staff, async () => {
      await staff.goto(`${base}/incubation/tenancies`);
      await staff.getByTestId('tenant-list').getByRole('link', { name: READY }).click();
      const panel = staff.locator('[data-testid=graduation-panel][data-ready="true"]');
      await panel.waitFor({ timeout: T });
      await staff.screenshot({ path: join(RESULTS, 'incubation-tenant-page.png'), fullPage: true });
      await staff.getByTestId('graduate').click();
      await staff.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
      const cert = staff.getByTestId('certificate');
      await cert.waitFor({ timeout: T });
      const text = await cert.innerText();
      assert(/德清孵证〔\d{4}〕\d+号/.test(text), `a certificate number is shown: ${text}`);
      assert((await staff.getByTestId('tenancy-status').innerText()).includes('已出壳'), 'status graduated');
    });
    if (!graduated) return;

    const accepted = await runner.step('incubation: the waitlist head sees the offer of room 103 and accepts', ngo, async () => {
      await login(ngo, base, 'ngo-wait');
      await ngo.waitForURL((u) => u.pathname !== '/login', { timeout: T });
      await ngo.goto(`${base}/incubation/my`);
      const offer = ngo.getByTestId('offer').filter({ hasText: '103' });
      await offer.waitFor({ timeout: T });
      assert((await offer.innerText()).includes(HEAD), `the offer is to ${HEAD}: ${await offer.innerText()}`);
      await ngo.screenshot({ path: join(RESULTS, 'incubation-my-offer.png'), fullPage: true });
      await offer.getByTestId('accept-offer').click();
      await ngo.getByTestId('my-tenancy').filter({ hasText: '103' }).waitFor({ timeout: T });
      assert((await ngo.getByTestId('offer').count()) === 0, 'the offer is no longer open');
    });
    if (!accepted) return;

    await runner.step('incubation: the space board shows the new occupant', staff, async () => {
      await staff.goto(`${base}/incubation`);
      const room = staff.locator('[data-testid=space-tile][data-code="103"]');
      await room.getByTestId('occupant').filter({ hasText: HEAD }).waitFor({ timeout: T });
      assert(!(await room.innerText()).includes(READY), 'the graduate has left room 103');
      assert((await room.getAttribute('data-status')) === 'OCCUPIED', 'room 103 is full again');
    });
  } finally {
    await staffCtx.close();
    await ngoCtx.close();
  }
}
