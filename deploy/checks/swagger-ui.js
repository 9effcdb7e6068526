// Swagger UI as an administrator uses it, in headless Chromium (Debian's package) driven by playwright-core: for each
// service it opens /q/swagger-ui, authorizes with a bearer token, executes a list GET with its default inputs and gets
// items, executes a create twice in a row (a fresh Idempotency-Key typed for each) and gets 201 both times, then
// reloads and finds the authorization kept (quarkus.swagger-ui.persist-authorization) by executing the list again.
// Run by deploy/checks/live.sh: SWAGGER_UIS (the four management base URLs, space separated), TOKEN (an admin
// token), NODE_PATH (where playwright-core is installed), SCREENSHOTS (a directory for a failing page's screenshot).
'use strict';
const { chromium } = require('playwright-core');
const crypto = require('crypto');
const fs = require('fs');

// per service, in the order of SWAGGER_UIS: a list without required inputs, and a create run twice on the example body
// Swagger UI fills in. A path parameter is the id of the list's first item (as an administrator would copy it); a
// body an administrator must change to make a second record (a unique name) is changed by `edit`.
const SERVICES = [
  { name: 'project-tracking-service', list: 'listProjects', create: 'submitProgressReport', idFromList: 'id' },
  { name: 'transparency-assessment-service', list: 'listSubjects', create: 'createDisclosure' },
  { name: 'action-plan-service', list: 'listTasks', create: 'recordSupervision' },
  { name: 'medical-alliance-service', list: 'listAlliances', create: 'registerInstitution',
    edit: (body, key) => body.replace('格尔木市人民医院', `格尔木市人民医院分院${key.slice(0, 8)}`) },
];
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const bases = (process.env.SWAGGER_UIS || '').split(/\s+/).filter(Boolean);
const token = process.env.TOKEN;
const shots = process.env.SCREENSHOTS || '/tmp';
if (bases.length !== SERVICES.length || !token) {
  console.error('usage: SWAGGER_UIS="<4 management URLs>" TOKEN=<admin token> node swagger-ui.js');
  process.exit(2);
}

function op(page, id) {
  return page.locator(`.opblock[id$="-${id}"]`).first();
}

async function expand(page, id) {
  const block = op(page, id);
  await block.scrollIntoViewIfNeeded();
  if (!(await block.evaluate((e) => e.classList.contains('is-open')))) {
    await block.locator('.opblock-summary').first().click();
  }
  const tryOut = block.locator('button.try-out__btn');
  if ((await tryOut.textContent()).includes('Try it out')) {
    await tryOut.click();
  }
  return block;
}

// clicks Execute and waits for the live response: [status, body]
async function execute(page, block, path) {
  const clear = block.locator('button.btn-clear');
  if (await clear.count()) {
    await clear.click();
  }
  const answered = page.waitForResponse((r) => r.request().method() !== 'OPTIONS' && r.url().includes(path), { timeout: 30000 });
  await block.locator('button.execute').click();
  const response = await answered;
  const status = block.locator('.live-responses-table .response-col_status').first();
  await status.waitFor({ timeout: 30000 });
  return [response.status(), await response.text(), response.request()];
}

async function check(browser, base, svc) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const started = Date.now();
  try {
    await page.goto(`${base}/q/swagger-ui/`, { waitUntil: 'load' });
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 60000 });
    // authorize
    await page.locator('.auth-wrapper button.authorize').click();
    await page.locator('.modal-ux input').first().fill(token);
    await page.locator('.modal-ux button.authorize').click();
    await page.locator('.modal-ux button.btn-done').click();

    // a list GET with its default inputs
    let block = await expand(page, svc.list);
    const listPath = await block.locator('.opblock-summary-path').first().getAttribute('data-path');
    let [status, body, request] = await execute(page, block, listPath);
    if (status !== 200) throw new Error(`${svc.list} answered ${status}: ${body.slice(0, 300)}`);
    const items = JSON.parse(body).items || [];
    if (!items.length) throw new Error(`${svc.list} answered no items: ${body.slice(0, 300)}`);
    if (!/^Bearer /.test(request.headers()['authorization'] || '')) throw new Error(`${svc.list} was sent without the token`);
    const url = new URL(request.url());
    console.log(`swagger-ui: ${svc.name}: ${svc.list} with default inputs -> 200, ${items.length} items (query "${url.search}")`);

    // two creates in a row, a fresh key typed for each
    block = await expand(page, svc.create);
    const createPath = await block.locator('.opblock-summary-path').first().getAttribute('data-path');
    if (svc.idFromList) {
      await block.locator(`tr[data-param-name="${svc.idFromList}"] input`).first().fill(String(items[0].id));
    }
    const keys = [];
    for (let i = 1; i <= 2; i++) {
      const key = crypto.randomUUID();
      await block.locator('tr[data-param-name="Idempotency-Key"] input').first().fill(key);
      if (svc.edit) {
        const body = block.locator('textarea.body-param__text').first();
        await body.fill(svc.edit(await body.inputValue(), key));
      }
      [status, body, request] = await execute(page, block, createPath.replace(/\{[^}]+\}.*$/, ''));
      if (status !== 201) throw new Error(`${svc.create} #${i} answered ${status}: ${body.slice(0, 400)}`);
      if (request.headers()['idempotency-key'] !== key) throw new Error(`${svc.create} #${i} was not sent with the key typed`);
      keys.push(key);
    }
    console.log(`swagger-ui: ${svc.name}: ${svc.create} twice in a row -> 201, 201 (keys ${keys.join(', ')})`);

    // reload: the token is still there
    await page.reload({ waitUntil: 'load' });
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 60000 });
    if (!(await page.locator('.auth-wrapper button.authorize.locked').count())) throw new Error('not authorized after a reload');
    block = await expand(page, svc.list);
    [status, body, request] = await execute(page, block, listPath);
    if (status !== 200) throw new Error(`${svc.list} after a reload answered ${status}`);
    console.log(`swagger-ui: ${svc.name}: after a reload still authorized, ${svc.list} -> 200 (${Date.now() - started} ms in all)`);
  } catch (e) {
    fs.mkdirSync(shots, { recursive: true });
    const file = `${shots}/${svc.name}.png`;
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    throw new Error(`${svc.name} (${base}/q/swagger-ui): ${e.message} (screenshot ${file})`);
  } finally {
    await context.close();
  }
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS });
  let failed = 0;
  try {
    for (let i = 0; i < SERVICES.length; i++) {
      try {
        await check(browser, bases[i], SERVICES[i]);
      } catch (e) {
        console.error(`swagger-ui: FAILED ${e.message}`);
        failed++;
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`swagger-ui: ${SERVICES.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
