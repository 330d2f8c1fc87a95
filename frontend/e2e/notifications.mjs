// The notification bell, walked inside the consultation scenario: the
// consulted unit is told of the request (badge, list in Chinese, opening it
// goes to the case and marks it read), and the handler of the answer.
import { join } from 'node:path';
import { RESULTS } from './harness.mjs';
import { T, assert, graphql } from './helpers.mjs';

const unread = async (page) => Number(await page.getByTestId('notification-bell').getAttribute('data-unread'));

/** The consulted unit's bell shows the request; opening it leads to the case. */
export async function unitIsNotified({ page, base, runner, caseID }) {
  return runner.step('notifications: the consulted unit is told, and the bell leads to the case', page, async () => {
    const bell = page.getByTestId('notification-bell');
    await page.locator('[data-testid=notification-bell]:not([data-unread="0"])').waitFor({ timeout: T });
    const before = await unread(page);
    await bell.click();
    const item = page.getByTestId('notification-item').filter({ hasText: '收到征求意见' }).first();
    await item.waitFor({ timeout: T });
    assert((await item.innerText()).includes('e2e 征求意见测试'), 'the notification names the case');
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(RESULTS, 'notification-bell.png') });
    await item.click();
    await page.waitForURL(`${base}/cases/${caseID}`, { timeout: T });
    await page.locator(`[data-testid=notification-bell][data-unread="${before - 1}"]`).waitFor({ timeout: T });
  });
}

/** The mutation's request carries the operation's name (graphql-codegen documents). */
const isMarkAll = (r) => r.url().endsWith('/query') && (r.request().postData() ?? '').includes('MarkAllNotificationsRead');

/**
 * markAll presses "mark all read" and returns the server's answer. One CI run
 * saw all five notifications stay unread after the press and no error on
 * screen, and could not tell a lost press from a refused one: now a refusal
 * fails the step with the server's errors, and a press that sends nothing
 * (the popover realigns as its list grows, so a click can miss) is pressed
 * once more, as a person would, and fails the step if it sends nothing again.
 */
async function markAll(page) {
  const button = page.getByTestId('notifications-mark-all');
  for (let press = 1; ; press++) {
    // Settled without rejecting, so that nothing is left unhandled while the
    // click runs: an answer that is not JSON becomes an error to show.
    const answered = page.waitForResponse(isMarkAll, { timeout: press === 1 ? 5_000 : T }).then(
      (r) => r.json().catch(() => ({ errors: [{ message: `HTTP ${r.status()}, not a GraphQL answer` }] })),
      (err) => err,
    );
    await button.click({ timeout: T });
    const got = await answered;
    if (!(got instanceof Error)) return got;
    if (press === 2 || (await button.isDisabled())) {
      throw new Error(`"mark all read" sent no request that was seen after ${press} press(es): ${got.message}`);
    }
  }
}

/**
 * The handler's bell shows the answer; "mark all read" reads everything that
 * was unread when it was pressed, and the badge follows the server. A job
 * may tell the handler something new meanwhile (a due-soon reminder): that
 * one stays unread, so the check is against the click's time, not zero.
 */
export async function handlerIsNotified({ page, runner }) {
  return runner.step('notifications: the handler is told of the answer', page, async () => {
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-item').filter({ hasText: '征求意见已答复' }).first().waitFor({ timeout: T });
    assert((await unread(page)) > 0, 'the badge counts the unread answer');
    const pressedAt = Date.now();
    const answer = await markAll(page);
    assert(!answer.errors, `"mark all read" was refused: ${JSON.stringify(answer.errors)}`);
    const deadline = Date.now() + T;
    for (;;) {
      const res = await graphql(page, '{ unreadNotificationCount notifications(first: 50, unreadOnly: true) { edges { node { titleZh createdAt } } } }');
      assert(!res.errors, JSON.stringify(res.errors));
      const left = res.data.notifications.edges.map((e) => e.node).filter((n) => Date.parse(n.createdAt) < pressedAt);
      const shown = await unread(page);
      if (left.length === 0 && shown <= res.data.unreadNotificationCount) return;
      if (Date.now() > deadline) {
        throw new Error(`after "mark all read": still unread from before ${JSON.stringify(left)}; badge ${shown}, server ${res.data.unreadNotificationCount}`);
      }
      await page.waitForTimeout(200);
    }
  });
}
