// The end-to-end scenarios, run in order against a fresh demo server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESULTS, log } from './harness.mjs';
import { PASSWORD, T, assert, graphql, login, navTexts, pickOption, writeTestPdf } from './helpers.mjs';
import { caseworkScenario } from './casework.mjs';
import { consultationScenario } from './consultation.mjs';
import { catalogueScenario } from './catalogue.mjs';
import { incubationScenario } from './incubation.mjs';
import { grantsScenario } from './grants.mjs';
import { partyScenario } from './party.mjs';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015 check character (kept independent of the app's code on purpose). */
function checkChar(first17) {
  let sum = 0;
  let w = 1;
  for (const c of first17) {
    sum += ALPHABET.indexOf(c) * w;
    w = (w * 3) % 31;
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

function randomUscc() {
  let body = '';
  for (let i = 0; i < 9; i++) body += ALPHABET[Math.floor(Math.random() * 31)];
  const first17 = `51330521${body}`;
  return first17 + checkChar(first17);
}

/** Records, inside the page, each upload state and progress value the dialog shows. */
async function watchUploads(page) {
  await page.evaluate(() => {
    const seen = { statuses: [], percents: [] };
    window.__uploadSeen = seen;
    const look = () => {
      for (const el of document.querySelectorAll('[data-testid=upload-item]')) {
        const s = el.getAttribute('data-status');
        if (seen.statuses[seen.statuses.length - 1] !== s) seen.statuses.push(s);
      }
      for (const el of document.querySelectorAll('[data-testid=upload-progress]')) {
        const v = Number(el.getAttribute('aria-valuenow'));
        if (!seen.percents.includes(v)) seen.percents.push(v);
      }
    };
    new MutationObserver(look).observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-status', 'aria-valuenow'],
    });
  });
}

export async function scenarios({ browser, base, runner }) {
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await desktop.newPage();
  const stamp = Date.now().toString(36).toUpperCase();
  const orgName = `德清县e2e测试公益服务中心${stamp}`;
  const goodUscc = randomUscc();
  const expected = goodUscc[17];
  const wrongChar = ALPHABET[(ALPHABET.indexOf(expected) + 1) % 31];
  const badUscc = goodUscc.slice(0, 17) + wrongChar;
  let orgPath = '';

  await runner.step('first page load', page, async () => {
    // Record, inside the page, the moment the login form enters the DOM.
    await page.addInitScript(() => {
      const seen = () => {
        if (!window.__loginFormAt && document.querySelector('[data-testid=login-form]')) {
          window.__loginFormAt = performance.now();
        }
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true });
    });
    const t0 = Date.now();
    await page.goto(`${base}/`);
    await page.getByTestId('login-form').waitFor({ state: 'visible', timeout: T });
    const visibleAt = await page.evaluate(() => window.__loginFormAt ?? performance.now());
    await page.waitForLoadState('load');
    const nav = await page.evaluate(() => {
      const e = performance.getEntriesByType('navigation')[0];
      return { dcl: e.domContentLoadedEventEnd, load: e.loadEventEnd, transfer: e.transferSize };
    });
    const bytes = await page.evaluate(() =>
      performance.getEntriesByType('resource').reduce((a, r) => a + (r.transferSize || 0), 0),
    );
    log(
      `    FIRST_LOAD navigation→login-form-visible=${visibleAt.toFixed(0)}ms ` +
        `navigation→load-event=${nav.load.toFixed(0)}ms domContentLoaded=${nav.dcl.toFixed(0)}ms ` +
        `wall=${Date.now() - t0}ms transferred=${((bytes + nav.transfer) / 1024).toFixed(0)}kB (uncompressed, no cache)`,
    );
    assert(new URL(page.url()).pathname === '/login', `anonymous "/" should land on /login, got ${page.url()}`);
    await page.screenshot({ path: join(RESULTS, 'login.png') });
    assert((await page.evaluate(() => document.documentElement.lang)) === 'zh-CN', 'default language is zh-CN');
  });

  await runner.step('keyboard focus is visible on the login form', page, async () => {
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert(focused === 'username', `username field should be focused first, got ${focused}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      const cs = el ? getComputedStyle(el) : null;
      return cs ? `${cs.outlineStyle} ${cs.outlineWidth}` : 'none';
    });
    assert(!outline.startsWith('none') && outline !== 'auto 0px', `focused element should show an outline, got ${outline}`);
  });

  await runner.step('wrong password is explained', page, async () => {
    await login(page, base, 'expert', 'not-the-password');
    const alert = page.getByTestId('login-error');
    await alert.waitFor({ state: 'visible', timeout: T });
    assert((await alert.getAttribute('data-reason')) === 'invalidCredentials', 'reason invalidCredentials');
    assert((await alert.innerText()).includes('用户名或密码错误'), 'message names wrong username or password');
  });

  const adminOk = await runner.step('admin logs in and sees the admin menu', page, async () => {
    await login(page, base, 'admin');
    await page.waitForURL('**/organizations', { timeout: T });
    await page.locator('[data-testid=org-table] tbody tr.ant-table-row').first().waitFor({ timeout: T });
    const nav = await navTexts(page);
    for (const item of ['社会组织名录', '用户与角色', '审计日志']) assert(nav.includes(item), `nav has ${item}: ${nav}`);
  });

  if (adminOk) {
    await runner.step('wrong USCC is caught in the browser with the expected check character', page, async () => {
      await page.getByTestId('org-create').click();
      await page.waitForURL('**/organizations/new', { timeout: T });
      const form = page.getByTestId('org-form');
      await form.waitFor({ timeout: T });
      await form.getByLabel('组织名称', { exact: true }).fill(orgName);
      await form.getByLabel('统一社会信用代码', { exact: true }).fill(badUscc);
      await pickOption(page, '组织类型', '社会服务机构');
      await pickOption(page, '孵化阶段', '初创型');
      await form.getByLabel('所在街道/镇', { exact: true }).fill('武康街道');
      const placeholder = await form.getByLabel('登记日期', { exact: true }).getAttribute('placeholder');
      assert(placeholder === '请选择日期', `antd locale is Chinese: placeholder ${placeholder}`);
      await page.getByTestId('org-submit').click();
      const msg = `校验位错误：最后一位应为“${expected}”，实际为“${wrongChar}”`;
      await page.getByText(msg).waitFor({ state: 'visible', timeout: T });
      assert(page.url().endsWith('/organizations/new'), 'still on the form');
    });

    await runner.step('a USCC already registered is reported on the field by the server', page, async () => {
      const res = await graphql(page, '{ organizations(first: 1) { edges { node { uscc } } } }');
      const taken = res.data.organizations.edges[0].node.uscc;
      await page.getByTestId('org-form').getByLabel('统一社会信用代码', { exact: true }).fill(taken);
      await page.getByTestId('org-submit').click();
      await page.waitForFunction(
        () => {
          const help = document.querySelector('#uscc_help');
          return help && help.textContent.trim() !== '' && !help.textContent.includes('校验位');
        },
        null,
        { timeout: T },
      );
      const text = await page.locator('#uscc_help').innerText();
      assert(/代码/.test(text), `the server's message sits on the USCC field: ${text}`);
      log(`    server field error: ${text}`);
    });

    await runner.step('fixed USCC saves and the organisation is found in the list', page, async () => {
      await page.getByTestId('org-form').getByLabel('统一社会信用代码', { exact: true }).fill(goodUscc);
      await page.getByTestId('org-submit').click();
      await page.waitForURL(/\/organizations\/\d+$/, { timeout: T });
      const name = await page.getByTestId('org-name').innerText();
      assert(name === orgName, `detail shows the new organisation: ${name}`);
      orgPath = new URL(page.url()).pathname;
      await page.getByTestId('main-nav').getByText('社会组织名录').click();
      await page.waitForURL('**/organizations', { timeout: T });
      await page.getByTestId('org-search').fill(stamp);
      await page.getByTestId('org-search').press('Enter');
      await page.waitForURL(/q=/, { timeout: T });
      await page.waitForFunction(
        () => document.querySelector('[data-testid=org-total]')?.textContent === '共 1 条',
        null,
        { timeout: T },
      );
      const rows = page.locator('[data-testid=org-table] tbody tr.ant-table-row');
      assert((await rows.count()) === 1, 'one row');
      assert((await rows.first().innerText()).includes(orgName), 'the row is the new organisation');
    });

    await runner.step('admin links a user to the organisation as a member', page, async () => {
      assert(orgPath, 'the organisation was created');
      await page.goto(`${base}${orgPath}`);
      await page.getByTestId('member-add').click();
      const dialog = page.getByRole('dialog');
      // Keyboard only (the dialog is still animating in, so clicks could land on the mask).
      await dialog.getByRole('combobox', { name: /用户/ }).focus();
      await page.keyboard.type('purchaser');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'purchaser' }).waitFor({ timeout: T });
      await page.keyboard.press('Enter');
      await dialog.getByLabel('职务').fill('项目联络人');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('项目联络人').waitFor({ timeout: T });
    });

    await runner.step('filters, sorting and cursor pagination', page, async () => {
      await page.goto(`${base}/organizations`);
      const rows = page.locator('[data-testid=org-table] tbody tr.ant-table-row');
      await rows.first().waitFor({ timeout: T });
      const totalText = await page.getByTestId('org-total').innerText();
      const total = Number(totalText.replace(/[^\d]/g, ''));
      assert(total > 20, `demo data has more than one page (${totalText})`);
      assert((await rows.count()) === 20, 'first page holds 20');
      await page.getByTestId('org-next').click();
      await page.waitForURL(/after=/, { timeout: T });
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=org-table] tbody tr.ant-table-row').length === n,
        Math.min(20, total - 20),
        { timeout: T },
      );
      await page.getByRole('button', { name: /上一页/ }).click();
      await page.waitForURL(/before=/, { timeout: T });
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid=org-table] tbody tr.ant-table-row').length === 20,
        null,
        { timeout: T },
      );
      await pickOption(page, '组织类型', '基金会');
      await page.waitForURL(/kind=FOUNDATION/, { timeout: T });
      await page.waitForFunction(
        () => {
          const cells = [...document.querySelectorAll('[data-testid=org-table] tbody tr.ant-table-row td:nth-child(3)')];
          return cells.length > 0 && cells.every((c) => c.textContent === '基金会');
        },
        null,
        { timeout: T },
      );
      await page.goto(`${base}/organizations?sort=reg_desc`);
      await rows.first().waitFor({ timeout: T });
      const res = await graphql(
        page,
        '{ organizations(first: 3, orderBy: {field: REGISTERED_ON, direction: DESC}) { edges { node { name } } } }',
      );
      const first = await rows.first().locator('td').first().innerText();
      assert(first === res.data.organizations.edges[0].node.name, `newest registration first: ${first}`);
    });

    await runner.step('organisation list screenshot (admin, 1280px)', page, async () => {
      await page.goto(`${base}/organizations`);
      await page.locator('[data-testid=org-table] tbody tr.ant-table-row').first().waitFor({ timeout: T });
      await page.waitForLoadState('networkidle');
      const file = join(RESULTS, 'organizations.png');
      await page.screenshot({ path: file, fullPage: true });
      log(`    screenshot: ${file}`);
    });

    await runner.step('users and audit trail pages', page, async () => {
      await page.goto(`${base}/admin/users`);
      await page.locator('[data-testid=user-table] tbody tr.ant-table-row').first().waitFor({ timeout: T });
      await page.screenshot({ path: join(RESULTS, 'users.png'), fullPage: true });
      await page.goto(`${base}/admin/audit`);
      await page.locator('[data-testid=audit-table] tbody tr.ant-table-row').first().waitFor({ timeout: T });
      await page.screenshot({ path: join(RESULTS, 'audit.png'), fullPage: true });
    });
  }

  const ngoContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const ngo = await ngoContext.newPage();
  const ngoOk = await runner.step('NGO member (keyboard login) sees only their organisation', ngo, async () => {
    await ngo.goto(`${base}/login`);
    await ngo.getByTestId('login-form').waitFor({ timeout: T });
    await ngo.keyboard.type('ngo');
    await ngo.keyboard.press('Tab');
    await ngo.keyboard.type(PASSWORD);
    await ngo.keyboard.press('Enter');
    await ngo.waitForURL('**/my-organization', { timeout: T });
    await ngo.getByTestId('org-detail').waitFor({ timeout: T });
    const nav = await navTexts(ngo);
    assert(nav.includes('我的组织'), `nav has my organisation: ${nav}`);
    for (const item of ['社会组织名录', '用户与角色', '审计日志', '系统管理']) {
      assert(!nav.includes(item), `nav must not show ${item}: ${nav}`);
    }
    const shown = await ngo.getByTestId('org-name').innerText();
    const res = await graphql(ngo, '{ organizations(first: 50) { totalCount edges { node { name } } } }');
    assert(res.data.organizations.totalCount === 1, `API shows the NGO one organisation: ${JSON.stringify(res.data)}`);
    assert(res.data.organizations.edges[0].node.name === shown, 'the one shown is theirs');
    await ngo.goto(`${base}/admin/users`);
    await ngo.getByText('无权访问').waitFor({ timeout: T });
  });

  if (ngoOk) {
    await runner.step('language switch applies everywhere and is remembered', ngo, async () => {
      await ngo.goto(`${base}/my-organization`);
      await ngo.getByTestId('org-detail').waitFor({ timeout: T });
      await ngo.getByRole('combobox', { name: '语言' }).click({ force: true });
      await ngo.locator('.ant-select-dropdown:visible .ant-select-item-option[title="English"]').click();
      await ngo.getByTestId('main-nav').getByText('My organisation').waitFor({ timeout: T });
      assert((await ngo.evaluate(() => document.documentElement.lang)) === 'en', 'html lang follows');
      await ngo.reload();
      await ngo.getByTestId('org-detail').waitFor({ timeout: T });
      await ngo.getByTestId('main-nav').getByText('My organisation').waitFor({ timeout: T });
      assert((await ngo.evaluate(() => localStorage.getItem('hatchery.lang'))) === 'en', 'remembered');
      await ngo.screenshot({ path: join(RESULTS, 'my-organization-en.png'), fullPage: true });
      const detail = await ngo.getByTestId('org-detail').innerText();
      assert(/Registered on/.test(detail), 'labels are English');
      assert(/[A-Z][a-z]{2} \d{1,2}, \d{4}/.test(detail), `dates use the English format: ${detail.slice(0, 300)}`);
      // antd's own texts follow too: the date picker's placeholder is antd's.
      await ngo.getByTestId('org-edit').click();
      const picker = ngo.getByTestId('org-form').getByLabel('Registered on');
      await picker.waitFor({ timeout: T });
      const placeholder = await picker.getAttribute('placeholder');
      assert(placeholder === 'Select date', `antd locale is English: placeholder ${placeholder}`);
      await ngo.goto(`${base}/account/password`);
      await ngo.getByLabel('Current password').waitFor({ timeout: T });
      await ngo.getByRole('button', { name: 'Save' }).click();
      await ngo.getByText('Please enter Current password').waitFor({ timeout: T });
    });
  }


  const staffContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const staff = await staffContext.newPage();
  const pdfDir = mkdtempSync(join(tmpdir(), 'hatchery-e2e-pdf-'));
  let docOrgPath = '';
  const docUploaded = await runner.step('staff uploads a PDF to an organisation and sees its progress', staff, async () => {
    await login(staff, base, 'staff');
    await staff.waitForURL('**/organizations', { timeout: T });
    if (orgPath) docOrgPath = orgPath;
    else {
      const link = staff.locator('[data-testid=org-table] tbody tr.ant-table-row a').first();
      await link.waitFor({ timeout: T });
      docOrgPath = new URL(await link.evaluate((a) => a.href)).pathname;
    }
    await staff.goto(`${base}${docOrgPath}`);
    const card = staff.getByTestId('documents-card');
    await card.waitFor({ timeout: T });
    await staff.getByTestId('document-upload').click();
    const dialog = staff.getByTestId('upload-dialog');
    await dialog.waitFor({ timeout: T });
    await pickOption(staff, '类别', '登记证书');
    await dialog.getByLabel('标题', { exact: true }).fill('e2e 登记证书');
    const pdf = writeTestPdf(pdfDir, 200, 'Hatchery e2e upload');
    // The drop zone's own input, as a drag and drop would fill it.
    await dialog.locator('input[type=file]').setInputFiles(pdf);
    const item = dialog.getByTestId('upload-item');
    await item.waitFor({ timeout: T });
    assert((await item.getAttribute('data-status')) === 'queued', 'the file waits for the start button');
    await watchUploads(staff);
    // Slow the upload down so the progress bar is seen moving (and screenshotted).
    const cdp = await staffContext.newCDPSession(staff);
    let notice;
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 64 * 1024,
    });
    try {
      await staff.getByTestId('upload-start').click();
      // The success notice lasts a few seconds: start looking for it now.
      notice = staff.getByText('上传完成').waitFor({ timeout: 60_000 });
      await dialog.getByTestId('upload-progress').waitFor({ state: 'visible', timeout: T });
      // Screenshot the bar part-way (best effort: a fast machine may finish first).
      await staff
        .waitForFunction(() => window.__uploadSeen.percents.some((p) => p >= 25 && p < 100), null, { timeout: T })
        .catch(() => undefined);
      await staff.screenshot({ path: join(RESULTS, 'documents-upload-progress.png') });
      await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    } finally {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    const seen = await staff.evaluate(() => window.__uploadSeen);
    log(`    upload states: ${seen.statuses.join(' → ')}; progress values: ${seen.percents.join(', ')}`);
    assert(seen.statuses.includes('uploading'), `the upload showed its progress: ${seen.statuses}`);
    // On success the dialog closes at once, so "done" itself is not painted: the notice says it.
    assert(seen.statuses[seen.statuses.length - 1] === 'completing', `the upload was completed: ${seen.statuses}`);
    assert(seen.percents.some((p) => p > 0 && p < 100), `the bar moved through intermediate values: ${seen.percents}`);
    await notice;
    const row = card.locator('[data-testid=document-row][data-title="e2e 登记证书"]');
    await row.waitFor({ timeout: T });
    assert((await row.getAttribute('data-version')) === '1', 'the new document is at version 1');
    const meta = await row.getByTestId('document-meta').innerText();
    assert(meta.includes('登记证书-e2e-200k.pdf') && meta.includes('第 1 版'), `the row shows the file and its version: ${meta}`);
    await staff.screenshot({ path: join(RESULTS, 'documents.png'), fullPage: true });
  });

  if (docUploaded) {
    await runner.step('the uploaded PDF opens in the preview as application/pdf', staff, async () => {
      const row = staff.locator('[data-testid=document-row][data-title="e2e 登记证书"]');
      const pdfResponse = staff.waitForResponse(
        (r) => r.request().resourceType() === 'document' && r.frame() !== staff.mainFrame(),
        { timeout: T },
      );
      await row.getByTestId('document-preview').click();
      const frame = staff.getByTestId('preview-frame');
      await frame.waitFor({ timeout: T });
      const res = await pdfResponse;
      const type = res.headers()['content-type'] ?? '';
      log(`    preview: HTTP ${res.status()} ${type} ${res.headers()['content-disposition'] ?? ''}`);
      assert(res.status() === 200, `preview link answers 200, got ${res.status()}`);
      assert(type.startsWith('application/pdf'), `preview is served as PDF, got ${type}`);
      assert(res.url() === (await frame.evaluate((f) => f.src)), 'the response is the iframe’s link');
      await staff.waitForTimeout(1500); // let the PDF viewer paint
      await staff.screenshot({ path: join(RESULTS, 'documents-preview.png') });
      await staff.getByRole('dialog').getByRole('button', { name: /关\s*闭/ }).click();
      await frame.waitFor({ state: 'detached', timeout: T });
    });

    await runner.step('a new version becomes version 2 and both are in the history', staff, async () => {
      const row = staff.locator('[data-testid=document-row][data-title="e2e 登记证书"]');
      await row.getByTestId('document-new-version').click();
      const dialog = staff.getByTestId('upload-dialog');
      await dialog.waitFor({ timeout: T });
      await dialog.locator('input[type=file]').setInputFiles(writeTestPdf(pdfDir, 8, 'Hatchery e2e version 2'));
      await dialog.getByTestId('upload-item').waitFor({ timeout: T });
      await staff.getByTestId('upload-start').click();
      await dialog.waitFor({ state: 'detached', timeout: 30_000 });
      await staff.waitForFunction(
        () => document.querySelector('[data-testid=document-row][data-title="e2e 登记证书"]')?.getAttribute('data-version') === '2',
        null,
        { timeout: T },
      );
      await row.getByTestId('document-history').click();
      await staff.waitForFunction(
        () => document.querySelectorAll('[data-testid=document-row][data-title="e2e 登记证书"] [data-testid=document-version]').length === 2,
        null,
        { timeout: T },
      );
      const numbers = await row.locator('[data-testid=document-version]').evaluateAll((els) => els.map((e) => e.dataset.number));
      assert(numbers.join() === '2,1', `history lists the newest first: ${numbers}`);
    });
  }
  await staffContext.close();
  rmSync(pdfDir, { recursive: true, force: true });

  const mobileContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const mobile = await mobileContext.newPage();
  await runner.step('works at 390px wide', mobile, async () => {
    await login(mobile, base, 'staff');
    await mobile.waitForURL('**/organizations', { timeout: T });
    await mobile.locator('[data-testid=org-table] tbody tr.ant-table-row').first().waitFor({ timeout: T });
    const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `no horizontal page scroll (overflow ${overflow}px)`);
    await mobile.screenshot({ path: join(RESULTS, 'organizations-mobile.png') });
    await mobile.getByTestId('org-filters-toggle').click();
    await mobile.getByRole('combobox', { name: '组织类型' }).waitFor({ timeout: T });
    await mobile.getByTestId('open-menu').click();
    await mobile.getByTestId('main-nav').getByText('社会组织名录').waitFor({ timeout: T });
    await mobile.waitForTimeout(400); // drawer animation
    await mobile.screenshot({ path: join(RESULTS, 'menu-mobile.png') });
    const nav = await navTexts(mobile);
    assert(!nav.includes('用户与角色'), `incubator staff has no user admin: ${nav}`);
    await mobile.keyboard.press('Escape');
  });

  await mobileContext.close();
  await ngoContext.close();
  await desktop.close();

  await caseworkScenario({ browser, base, runner });
  await consultationScenario({ browser, base, runner });
  await catalogueScenario({ browser, base, runner });
  await incubationScenario({ browser, base, runner });
  await grantsScenario({ browser, base, runner });
  await partyScenario({ browser, base, runner });
}
