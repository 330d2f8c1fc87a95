// Party-building liaison (党建联络) walked end to end: the committee
// (`party`) reads the coverage rate on its dashboard, opens the uncovered
// list and assigns the guidance officer 孙红梅 (`guide`, who has room under
// the county's maximum load) to the ngo's 德清县阳光志愿者协会 (uncovered in
// the demo); the rate moves up. The officer logs in, finds the organisation
// among "my NGOs", logs a visit with a follow-up and uploads a photo, and
// records an activity with a party-member volunteer's time (points); the
// ngo, which saw the red "未建立党组织" mark before, sees on "我的党建" its
// officer, the visit with the photo and the activity.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { RESULTS, log } from './harness.mjs';
import { T, assert, dialogReady, login, navTexts, pickOption } from './helpers.mjs';

const ORG = '德清县阳光志愿者协会';
const OFFICER = '孙红梅';
const TOPICS = 'e2e 党建走访：了解党员发展意向，指导建立党建工作制度';
const FOLLOW_UP = 'e2e 协助制定党员发展计划';
const PHOTO = 'party-visit-e2e.png';
const ACTIVITY = 'e2e “守护母亲河”河道清洁志愿服务';

let crcTable;
function crc32(buf) {
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A small valid PNG (a red flag on white), written to dir. */
function writeTestPng(dir, name = PHOTO, width = 96, height = 64) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const flag = x > 16 && x < 72 && y > 12 && y < 48;
      row.set(flag ? [0xcf, 0x13, 0x22] : [0xff, 0xff, 0xff], 1 + x * 3);
    }
    rows.push(row);
  }
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  const file = join(dir, name);
  writeFileSync(file, png);
  return file;
}

/** Today and a day some weeks on, in China, as YYYY-MM-DD. */
function chinaDay(offsetDays = 0) {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** Toasts gone and the page at its top, before a full-page screenshot. */
async function settle(page) {
  await page.waitForFunction(() => document.querySelectorAll('.ant-message-notice').length === 0, null, { timeout: 6_000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The dashboard's figures: covered, total and the rate shown. */
async function dashboardFigures(page, base) {
  await page.goto(`${base}/party`);
  const counts = page.getByTestId('coverage-counts');
  await counts.waitFor({ timeout: T });
  const text = await counts.innerText();
  const [covered, total] = (text.match(/\d+/g) ?? []).map(Number);
  const rate = Number((await page.getByTestId('coverage-rate').innerText()).replace(/[^\d.]/g, ''));
  assert(Number.isFinite(covered) && Number.isFinite(total) && total > 0, `dashboard counts are numbers: ${text}`);
  return { covered, total, rate, text };
}

export async function partyScenario({ browser, base, runner }) {
  const dir = mkdtempSync(join(tmpdir(), 'hatchery-e2e-party-'));
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
  try {
    const ngo = await open();
    await runner.step(`party: the ngo sees ${ORG} marked 未建立党组织 on 我的党建`, ngo, async () => {
      await signIn(ngo, 'ngo');
      const nav = await navTexts(ngo);
      assert(nav.includes('我的党建'), `the ngo's nav: ${nav}`);
      await ngo.goto(`${base}/party/my`);
      const status = ngo.getByTestId('party-status');
      await status.waitFor({ timeout: T });
      assert((await status.getAttribute('data-uncovered')) === 'true', 'uncovered');
      const mark = status.getByTestId('uncovered-risk');
      assert((await mark.innerText()).includes('未建立党组织'), 'the risk mark');
      const colour = await mark.evaluate((el) => getComputedStyle(el).color);
      assert(/rgb\((2[0-5]\d|1[5-9]\d), \d{1,2}, \d{1,2}\)/.test(colour), `the mark is red: ${colour}`);
      assert((await status.getByTestId('status-officer').innerText()) === '未选派', 'no officer yet');
      await settle(ngo);
      await ngo.screenshot({ path: join(RESULTS, 'party-ngo-uncovered.png'), fullPage: true });
    });

    const party = await open();
    let before;
    const dashboard = await runner.step('party: the committee lands on its dashboard and reads the coverage rate', party, async () => {
      await signIn(party, 'party');
      await party.waitForURL('**/party', { timeout: T });
      const nav = await navTexts(party);
      for (const item of ['党建概览', '覆盖台账', '指导员名册', '党组织']) assert(nav.includes(item), `the committee's nav has ${item}: ${nav}`);
      before = await dashboardFigures(party, base);
      assert(before.covered < before.total, `some organisations are uncovered: ${before.text}`);
      log(`    coverage before: ${before.text}, ${before.rate}%`);
      await settle(party);
      await party.screenshot({ path: join(RESULTS, 'party-dashboard.png'), fullPage: true });
    });
    if (!dashboard) return;

    const assigned = await runner.step(`party: the committee assigns ${OFFICER} to ${ORG} from the uncovered list`, party, async () => {
      await party.getByTestId('uncovered-link').click();
      await party.waitForURL(/\/party\/coverage\?form=UNCOVERED/, { timeout: T });
      const row = party.locator('[data-testid=coverage-table] tr.ant-table-row').filter({ hasText: ORG });
      await row.waitFor({ timeout: T });
      assert((await row.getByTestId('uncovered-risk').innerText()).includes('未建立党组织'), 'the row carries the risk mark');
      await settle(party);
      await party.screenshot({ path: join(RESULTS, 'party-uncovered.png'), fullPage: true });
      await row.getByTestId('assign-officer').click();
      const form = party.getByTestId('assign-form');
      await dialogReady(form);
      const filter = form.getByTestId('officer-filter');
      if (await filter.count()) await filter.fill(OFFICER);
      const option = form.getByTestId('officer-option').filter({ hasText: OFFICER });
      await option.waitFor({ timeout: T });
      assert((await option.getAttribute('data-full')) === 'false', `${OFFICER} has room under the maximum load`);
      const load = await option.getByTestId('load-bar').innerText();
      log(`    ${OFFICER}'s load before: ${load}`);
      await option.locator('.ant-radio-wrapper').click();
      await party.screenshot({ path: join(RESULTS, 'party-assign-dialog.png') });
      const modal = party.locator('.ant-modal').filter({ has: form });
      await modal.getByRole('button', { name: /指\s*派/ }).click();
      await party.getByText(`已指派 ${OFFICER} 指导 ${ORG}`).waitFor({ timeout: T });
      await form.waitFor({ state: 'detached', timeout: T });
      await row.waitFor({ state: 'detached', timeout: T });
    });
    if (!assigned) return;

    await runner.step('party: the dashboard’s coverage rate moves up', party, async () => {
      const after = await dashboardFigures(party, base);
      log(`    coverage after: ${after.text}, ${after.rate}%`);
      assert(after.total === before.total, `the same organisations: ${before.text} → ${after.text}`);
      assert(after.covered === before.covered + 1, `one more covered: ${before.text} → ${after.text}`);
      assert(after.rate > before.rate, `the rate rises: ${before.rate} → ${after.rate}`);
    });

    const guide = await open();
    let orgID = '';
    const sees = await runner.step(`party: ${OFFICER} logs in and finds ${ORG} among her organisations`, guide, async () => {
      await signIn(guide, 'guide');
      await guide.waitForURL('**/party/officer', { timeout: T });
      const nav = await navTexts(guide);
      assert(nav.includes('我的指导工作'), `the officer's nav: ${nav}`);
      assert(!nav.includes('覆盖台账'), `no committee pages for the officer: ${nav}`);
      const row = guide.locator(`[data-testid=officer-org][data-org="${ORG}"]`);
      await row.waitFor({ timeout: T });
      assert((await row.getByTestId('last-visit').innerText()).includes('尚未走访'), 'not visited yet');
      const href = await row.getByTestId('log-visit').getAttribute('href');
      orgID = decodeURIComponent(new URL(href, base).searchParams.get('org') ?? '');
      assert(orgID, `the log-visit link names the organisation: ${href}`);
      await settle(guide);
      await guide.screenshot({ path: join(RESULTS, 'party-officer-home.png'), fullPage: true });
    });
    if (!sees) return;

    const logged = await runner.step('party: the officer logs a visit with a follow-up', guide, async () => {
      await guide.locator(`[data-testid=officer-org][data-org="${ORG}"]`).getByTestId('log-visit').click();
      await guide.waitForURL(/\/party\/visits\/new\?org=/, { timeout: T });
      const form = guide.getByTestId('visit-form');
      await form.waitFor({ timeout: T });
      // The organisation of the link is chosen.
      await form.locator(`.ant-select-selection-item[title="${ORG}"]`).waitFor({ timeout: T });
      assert((await form.getByTestId('visit-date').inputValue()) === chinaDay(), 'the visit is today unless changed');
      await form.getByTestId('visit-topics').fill(TOPICS);
      await form.getByTestId('visit-findings').fill('尚无正式党员，党建工作制度待建立');
      await form.getByTestId('add-follow-up').click();
      const rowEl = form.getByTestId('follow-up-row').first();
      await rowEl.getByTestId('follow-up-action').fill(FOLLOW_UP);
      await rowEl.getByTestId('follow-up-due').fill(chinaDay(14));
      await settle(guide);
      await guide.screenshot({ path: join(RESULTS, 'party-visit-form.png'), fullPage: true });
      await form.getByTestId('visit-submit').click();
      const saved = guide.getByTestId('visit-saved');
      await saved.waitFor({ timeout: T });
      assert((await saved.innerText()).includes(ORG), 'the saved visit names the organisation');
      assert((await saved.getByTestId('saved-follow-up').innerText()).includes(FOLLOW_UP), 'with its follow-up');
    });
    if (!logged) return;

    const uploaded = await runner.step('party: the officer uploads a photo of the visit', guide, async () => {
      const uploader = guide.getByTestId('photo-uploader');
      await uploader.locator('input[type=file]').setInputFiles(writeTestPng(dir));
      const photo = uploader.locator(`[data-testid=party-photo][data-name="${PHOTO}"]`);
      const failed = uploader.locator('[data-testid=upload-item][data-status=failed]');
      await photo.or(failed).first().waitFor({ timeout: 30_000 });
      if (await failed.count()) throw new Error(`the upload failed: ${await failed.first().innerText()}`);
      await uploader.locator(`[data-testid=party-photo][data-name="${PHOTO}"][data-loaded=true] img`).waitFor({ timeout: T });
      const shown = await photo.locator('img').evaluate((img) => img.complete && img.naturalWidth > 0);
      assert(shown, 'the thumbnail shows the uploaded image');
      await settle(guide);
      await guide.screenshot({ path: join(RESULTS, 'party-visit-photo.png'), fullPage: true });
    });

    await runner.step('party: the follow-up shows among the officer’s open ones, the visit among her recent ones', guide, async () => {
      await guide.getByTestId('back-to-work').click();
      await guide.waitForURL('**/party/officer', { timeout: T });
      const fu = guide.getByTestId('follow-up').filter({ hasText: FOLLOW_UP });
      await fu.waitFor({ timeout: T });
      assert((await fu.getByTestId('follow-up-due-text').getAttribute('data-due')) === 'upcoming', 'due in two weeks');
      const visit = guide.getByTestId('officer-visits').getByTestId('visit-item').filter({ hasText: TOPICS });
      await visit.waitFor({ timeout: T });
      const row = guide.locator(`[data-testid=officer-org][data-org="${ORG}"]`);
      assert(!(await row.getByTestId('last-visit').innerText()).includes('尚未走访'), 'the last visit is today now');
      await settle(guide);
      await guide.screenshot({ path: join(RESULTS, 'party-officer-after-visit.png'), fullPage: true });
    });

    const recorded = await runner.step('party: the officer records an activity and a volunteer’s time, which earns points', guide, async () => {
      await guide.locator(`[data-testid=officer-org][data-org="${ORG}"]`).getByTestId('record-activity').click();
      await guide.waitForURL(/\/party\/activities\/new\?org=/, { timeout: T });
      const form = guide.getByTestId('activity-form');
      await form.locator(`.ant-select-selection-item[title="${ORG}"]`).waitFor({ timeout: T });
      await pickOption(guide, '活动类型', '河道清洁');
      await form.getByTestId('activity-title').fill(ACTIVITY);
      await form.getByTestId('activity-place').fill('武康街道余英溪沿岸');
      await form.getByTestId('activity-participants').fill('12');
      await form.getByTestId('activity-hours').fill('24');
      await form.getByTestId('activity-minutes').fill('30');
      await form.getByTestId('activity-submit').click();
      await guide.waitForURL(/\/party\/activities\/[^/]+$/, { timeout: T });
      const page = guide.getByTestId('activity-page');
      await page.waitFor({ timeout: T });
      assert((await guide.getByTestId('activity-title-text').innerText()) === ACTIVITY, 'the activity page shows it');
      assert((await guide.getByTestId('activity-volunteer-time').innerText()).includes('24 小时 30 分钟'), 'hours and minutes');
      assert((await guide.getByTestId('activity-org').allInnerTexts()).includes(ORG), 'the organisation is involved');
      await guide.getByTestId('add-volunteers').click();
      const dialog = guide.getByTestId('add-volunteers-dialog');
      await dialogReady(dialog);
      const pick = dialog.getByRole('combobox', { name: '志愿者 1' });
      const first = guide.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
      for (let attempt = 0; ; attempt++) {
        await pick.click({ force: true });
        try {
          await first.waitFor({ timeout: 3_000 });
          break;
        } catch (err) {
          if (attempt >= 3) throw err;
        }
      }
      const volunteer = ((await first.getAttribute('title')) ?? '').split('（')[0];
      await first.click();
      await guide.getByTestId('add-volunteers-submit').click();
      await dialog.waitFor({ state: 'detached', timeout: T });
      const entry = guide.locator(`[data-testid=volunteer-entry][data-name="${volunteer}"]`);
      await entry.waitFor({ timeout: T });
      const points = Number(await entry.getByTestId('volunteer-points').innerText());
      log(`    ${volunteer}: 2 hours of river cleaning earned ${points} points`);
      assert(points > 0, `the volunteer earned points: ${points}`);
      await settle(guide);
      await guide.screenshot({ path: join(RESULTS, 'party-activity.png'), fullPage: true });
    });

    await runner.step('party: the ngo sees its officer, the visit with its photo and the activity on 我的党建', ngo, async () => {
      await ngo.goto(`${base}/party/my`);
      const status = ngo.getByTestId('party-status');
      await status.waitFor({ timeout: T });
      assert((await status.getAttribute('data-form')) === 'DISPATCH', `the form is dispatch now: ${await status.getAttribute('data-form')}`);
      assert((await status.getAttribute('data-uncovered')) === 'false', 'no risk mark any more');
      assert((await status.getByTestId('status-officer').innerText()) === OFFICER, `the officer is ${OFFICER}`);
      const visit = ngo.getByTestId('my-visits').getByTestId('visit-item').filter({ hasText: TOPICS });
      await visit.waitFor({ timeout: T });
      assert((await visit.getByTestId('visit-officer').innerText()).includes(OFFICER), 'the visit names the officer');
      assert((await visit.innerText()).includes(FOLLOW_UP), 'and its follow-up');
      if (uploaded) {
        const img = visit.locator(`[data-testid=party-photo][data-name="${PHOTO}"][data-loaded=true] img`);
        await img.waitFor({ timeout: T });
        assert(await img.evaluate((el) => el.complete && el.naturalWidth > 0), 'the ngo sees the photo');
      }
      if (recorded) await ngo.getByTestId('my-activities').getByTestId('activity-item').filter({ hasText: ACTIVITY }).waitFor({ timeout: T });
      await settle(ngo);
      await ngo.screenshot({ path: join(RESULTS, 'party-ngo-my.png'), fullPage: true });
    });
    if (orgID) log(`    organisation ${orgID}`);
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}
