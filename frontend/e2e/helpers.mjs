// Helpers shared by the end-to-end scenarios.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PASSWORD = 'hatchery-demo';

/** How long a step waits for what it expects to appear. */
export const T = 15_000;

export function assert(cond, message) {
  if (!cond) throw new Error(`assertion failed: ${message}`);
}

export async function login(page, base, username, password = PASSWORD) {
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

export async function navTexts(page) {
  return page.getByTestId('main-nav').innerText().catch(() => '');
}

export async function graphql(page, query, variables = {}) {
  return page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/query', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    { query, variables },
  );
}

export async function pickOption(page, label, option) {
  // The accessible name of a required field starts with antd's CSS "*" mark,
  // and the combobox input sits under the selection overlay: force the click.
  const box = page.getByRole('combobox', { name: new RegExp(`^\\*?\\s*${label}$`) });
  const item = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`);
  // A click that lands while a modal is still zooming in can open and at
  // once close the dropdown: open it again until the option shows.
  for (let attempt = 1; ; attempt++) {
    await box.click({ force: true });
    try {
      await item.waitFor({ state: 'visible', timeout: 3000 });
      break;
    } catch (err) {
      if (attempt === 5) throw err;
      // Not Escape: in a modal it would close the modal.
    }
  }
  await item.click();
}

/**
 * Writes a small valid one-page PDF padded to about `kib` KiB with an
 * unreferenced stream, so an upload lasts long enough to see its progress.
 * `name` is the file's name in `dir`.
 */
export function writeTestPdf(dir, kib, label, name = `登记证书-e2e-${kib}k.pdf`) {
  const parts = ['%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'];
  const text = `BT /F1 24 Tf 72 760 Td (${label}) Tj ET`;
  const padding = '% hatchery e2e padding line to make the file large enough to watch\n'.repeat(
    Math.ceil((kib * 1024) / 68),
  );
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${padding.length} >>\nstream\n${padding}\nendstream`,
  ];
  const offsets = [];
  let at = Buffer.byteLength(parts[0], 'latin1');
  objects.forEach((body, i) => {
    const obj = `${i + 1} 0 obj\n${body}\nendobj\n`;
    offsets.push(at);
    parts.push(obj);
    at += Buffer.byteLength(obj, 'latin1');
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(xref);
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(parts.join(''), 'latin1'));
  return file;
}

/**
 * Chooses the option titled `title` of an antd Select. A click that lands
 * while a dialog is still zooming in does not open the list, so it clicks
 * again (only) when the list has not appeared.
 */
export async function chooseOption(page, combobox, title) {
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`);
  // The select's own box shows the choice once it has taken: under load a
  // click can land while the list re-renders, so check and try again.
  const root = combobox.locator('xpath=ancestor-or-self::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const chosen = root.locator(`.ant-select-selection-item[title="${title}"]`);
  for (let attempt = 0; ; attempt++) {
    await combobox.click({ force: true });
    try {
      await option.waitFor({ timeout: 3_000 });
      await option.click();
      await chosen.waitFor({ timeout: 3_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

/**
 * Waits until the dialog holding `inner` has finished zooming in: a click
 * during the animation can land on the mask behind it.
 */
export async function dialogReady(inner) {
  await inner.waitFor({ timeout: T });
  await inner.evaluate(
    (el) =>
      new Promise((resolve) => {
        const modal = el.closest('.ant-modal') ?? el;
        const settled = () => !/zoom-(appear|enter)/.test(modal.className);
        if (settled()) return resolve();
        const obs = new MutationObserver(() => {
          if (settled()) {
            obs.disconnect();
            resolve();
          }
        });
        obs.observe(modal, { attributes: true, attributeFilter: ['class'] });
      }),
  );
}
