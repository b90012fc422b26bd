// Packaging tests: the package as its consumers meet it. Packs the real
// tarball from pkg/ (after `bash scripts/build`), installs it into the small
// consumer projects next to this file, and runs each in its runtime:
// Node ESM, Node CommonJS, a Vite 7 build in headless Chromium, a plain
// <script type="module"> page (import map, no bundler) in Chromium, and a
// Worker bundled by wrangler and run in workerd (Miniflare). Also runs the
// CLI through `npx` inside a consumer and type-checks the installed
// declarations. Installs are skipped when the tarball has not changed.
// Prints "N passed, N failed"; exits 1 on any failure.
//
// Usage: node tests/packaging/run.mjs [consumer-name...]
import { execFile as execFileCb } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const execFile = promisify(execFileCb);
const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));
const pkgDir = join(repo, 'pkg');
const packDir = join(here, '.pack');
const tarball = join(packDir, 'custom-hostnames.tgz');
const rootBin = join(repo, 'node_modules', '.bin');
const TARGET = 'john.customers.saasprovider.com';

const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

let passed = 0;
let failed = 0;
async function check(name, fn) {
  const start = Date.now();
  try {
    await fn();
    passed += 1;
    console.log(`ok   ${name} (${Date.now() - start} ms)`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${name} (${Date.now() - start} ms)\n     ${String(e?.stack ?? e).split('\n').join('\n     ')}`);
  }
}

async function run(cmd, args, cwd, extra = {}) {
  try {
    return await execFile(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024, timeout: 300000, ...extra });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

const version = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')).version;

/** What every consumer must compute (probe.mjs, run by each consumer). */
function assertResult(result, runtime) {
  assert.deepEqual(result, {
    runtime,
    version,
    ascii: 'app.customer.com',
    cname: ['CNAME', 'app', TARGET],
    phase: 'active',
    ready: true,
    errorCode: 'empty_label',
    entries: {
      page: {
        ascii: 'app.customer.com', cname: ['CNAME', 'app', TARGET], phase: 'active', errorCode: 'empty_label',
        exports: { checkDns: 'function', interpretMany: 'function', renderInstructions: 'function', buildRequest: 'undefined', CloudflareClient: 'undefined' },
      },
      hostname: {
        ascii: 'app.customer.com', errorCode: 'empty_label',
        exports: { parseHostnameColumns: 'function', dnsInstructions: 'undefined', checkDns: 'undefined', interpretCustomHostname: 'undefined' },
      },
    },
  });
}

// 1. The tarball, exactly as `npm publish` would upload it.
let tarballSha = '';
await check('npm pack: the tarball holds every runtime, the types, the CLI and the docs', async () => {
  for (const built of ['node/custom_hostnames.js', 'web/custom_hostnames.js', 'web/custom_hostnames_bg.wasm']) {
    if (!existsSync(join(pkgDir, built))) throw new Error(`pkg/${built} is missing: run bash scripts/build first`);
  }
  await mkdir(packDir, { recursive: true });
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', packDir], pkgDir);
  const [info] = JSON.parse(stdout);
  await rename(join(packDir, info.filename), tarball);
  const files = info.files.map((f) => f.path).sort();
  for (const f of [
    'package.json', 'README.md', 'index.d.ts', 'index.d.cts', 'index.browser.js', 'bin/custom-hostnames.cjs',
    'node/custom_hostnames.js', 'node/custom_hostnames.d.ts', 'node/package.json',
    'web/custom_hostnames.js', 'web/custom_hostnames.d.ts', 'web/custom_hostnames_bg.wasm',
    ...['page', 'hostname'].flatMap((e) => [`${e}/index.d.ts`, `${e}/index.d.cts`, `${e}/index.browser.js`, `${e}/index.workerd.js`,
      `${e}/node/custom_hostnames.js`, `${e}/web/custom_hostnames.js`, `${e}/web/custom_hostnames.d.ts`, `${e}/web/custom_hostnames_bg.wasm`]),
  ]) assert.ok(files.includes(f), `tarball lacks ${f}: ${files.join(', ')}`);
  // One .wasm per entry for every runtime (the Node glue loads ../web/'s copy).
  assert.deepEqual(files.filter((f) => f.endsWith('.wasm')),
    ['hostname/web/custom_hostnames_bg.wasm', 'page/web/custom_hostnames_bg.wasm', 'web/custom_hostnames_bg.wasm'], 'one .wasm per entry in the tarball');
  // wasm-bindgen's inline JS helpers live in <build>/snippets/<crate-hash>/inlineN.js.
  // The page entry embeds English only; its other locales are files
  // (loadCustomerLocale).
  const stray = files.filter((f) => !/^(package\.json|README\.md|bin\/[\w.-]+|page\/locales\/(de|fr|es|ja|pt-BR)\.json|((page|hostname)\/)?(index\.[\w.]+|(node|web)\/[\w.-]+|(node|web)\/snippets\/[\w.-]+\/inline\d+\.js))$/.test(f));
  assert.deepEqual(files.filter((f) => f.startsWith('page/locales/')).sort(),
    ['de', 'es', 'fr', 'ja', 'pt-BR'].map((t) => `page/locales/${t}.json`), 'the page entry ships the five other locales');
  assert.deepEqual(stray, [], 'files outside the whitelist');
  const pkgJson = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8'));
  for (const entry of ['.', './page', './hostname']) {
    const conditions = Object.keys(pkgJson.exports[entry]);
    assert.deepEqual(conditions, ['types', 'workerd', 'browser', 'node', 'default'], `${entry}: export conditions in resolution order`);
  }
  for (const target of Object.values(pkgJson.exports).flatMap(flattenTargets)) {
    assert.ok(files.includes(target.replace(/^\.\//, '')), `export target ${target} is not in the tarball`);
  }
  tarballSha = createHash('sha256').update(await readFile(tarball)).digest('hex');
});

function flattenTargets(t) {
  return typeof t === 'string' ? [t] : Object.values(t).flatMap(flattenTargets);
}

/** Installs the tarball (and pinned extras) into a consumer, unless already done for this tarball. */
async function install(name) {
  const dir = join(here, name);
  const stamp = join(dir, 'node_modules', '.custom-hostnames-tarball');
  if (tarballSha && existsSync(stamp) && (await readFile(stamp, 'utf8')) === tarballSha) return 'cached';
  // Same version, new content: npm would keep the old copy.
  await rm(join(dir, 'node_modules', 'custom-hostnames'), { recursive: true, force: true });
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], dir);
  await writeFile(stamp, tarballSha);
  return 'installed';
}

async function consumer(name, fn) {
  if (!wanted(name)) return;
  await check(`${name}: install the tarball`, async () => {
    if (!tarballSha) throw new Error('no tarball (npm pack failed)');
    const how = await install(name);
    assert.ok(existsSync(join(here, name, 'node_modules', 'custom-hostnames', 'package.json')), `${how}, but not installed`);
  });
  await fn(join(here, name));
}

// 2. Node, both module systems.
for (const name of ['node-esm', 'node-cjs']) {
  await consumer(name, async (dir) => {
    await check(`${name}: bare import runs parseHostname, dnsInstructions, interpretCustomHostname`, async () => {
      const { stdout } = await run(process.execPath, ['main.js'], dir);
      assertResult(JSON.parse(stdout), name);
    });
  });
}

// 3. The CLI, through npx inside a consumer project (the done-when of the issue).
if (wanted('node-esm')) {
  const dir = join(here, 'node-esm');
  await check('npx custom-hostnames instructions: the seed CNAME in the customer\'s terms', async () => {
    const { stdout } = await run('npx', ['--offline', 'custom-hostnames', 'instructions', 'app.customer.com', '--target', TARGET], dir);
    assert.match(stdout, /Type: +CNAME\n +Name \/ Host: +app\n/);
    assert.match(stdout, /Target \/ Points to: +john\.customers\.saasprovider\.com\n/);
    const zone = await run('npx', ['--offline', 'custom-hostnames', 'instructions', 'app.customer.com', '--target', TARGET, '--format', 'zonefile'], dir);
    assert.match(zone.stdout, /^app 300 IN CNAME john\.customers\.saasprovider\.com\.$/m);
  });
  await check('npx custom-hostnames parse: bad input exits 2 with the error code', async () => {
    const e = await execFile('npx', ['--offline', 'custom-hostnames', 'parse', 'shop..customer.com', '--json'], { cwd: dir }).then(
      () => assert.fail('exit 0 for a bad hostname'),
      (err) => err,
    );
    assert.equal(e.code, 2);
    assert.equal(JSON.parse(e.stdout).error.code, 'empty_label');
  });
  // The installed declarations, as TypeScript resolves them for ESM and CJS.
  await check('types: the installed package type-checks for import (node16) and require', async () => {
    await run(join(rootBin, 'tsc'), ['-p', join(dir, 'tsconfig.json')], dir);
  });
}

// 4. Browsers: a Vite 7 build and a plain page, in headless Chromium.
async function inChromium(root, page) {
  const { launchBrowser } = await import('../js/helpers/browser.mjs');
  const { startStaticServer } = await import('../js/helpers/static-server.mjs');
  const server = await startStaticServer(root);
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(`${server.url}/${page}`);
    await tab.waitForFunction(() => window.consumerResult !== undefined, null, { timeout: 20000 }).catch(() => {
      throw new Error(`no result from the page; errors: ${errors.join(' | ') || 'none'}`);
    });
    return await tab.evaluate(() => window.consumerResult);
  } finally {
    await browser.close();
    await server.close();
  }
}

await consumer('vite', async (dir) => {
  await check('vite: vite build bundles the package and its .wasm', async () => {
    await run(process.execPath, [join(dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], dir);
    const assets = await readdir(join(dir, 'dist', 'assets'));
    assert.ok(assets.some((f) => f.endsWith('.wasm')), `no .wasm among ${assets.join(', ')}`);
  });
  await check('vite: the built app runs in headless Chromium', async () => {
    assertResult(await inChromium(join(dir, 'dist'), 'index.html'), 'vite');
  });
});

await consumer('script', async (dir) => {
  await check('script: a <script type="module"> page without a bundler runs in headless Chromium', async () => {
    // The packaging folder as the root: the page imports ../probe.mjs.
    assertResult(await inChromium(here, 'script/index.html'), 'script');
  });
});

// 5. A Worker: bundled by wrangler (esbuild, workerd conditions), run in workerd.
// src/worker.js instantiates custom-hostnames/web itself; src/worker-bare.js
// uses the bare import, tested once the package has its "workerd" entry.
async function workerCase(dir, entry, outdir) {
  await check(`worker (${entry}): wrangler bundles the Worker (dry run)`, async () => {
    await rm(join(dir, outdir), { recursive: true, force: true });
    await run(join(rootBin, 'wrangler'), ['deploy', '--dry-run', '--outdir', outdir, entry], dir, {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1' },
    });
    const out = await readdir(join(dir, outdir));
    assert.ok(out.some((f) => f.endsWith('.js')), `no script in ${outdir}: ${out.join(', ')}`);
    assert.ok(out.some((f) => f.endsWith('.wasm')), `no .wasm module in ${outdir}: ${out.join(', ')}`);
  });
  await check(`worker (${entry}): the bundled Worker answers in workerd (Miniflare)`, async () => {
    const out = await readdir(join(dir, outdir));
    const script = out.find((f) => f.endsWith('.js'));
    const { Miniflare } = await import('miniflare');
    const mf = new Miniflare({
      modules: true,
      scriptPath: join(dir, outdir, script),
      modulesRoot: join(dir, outdir),
      compatibilityDate: '2026-04-01',
      cf: false,
      modulesRules: [
        { type: 'ESModule', include: ['**/*.js'] },
        { type: 'CompiledWasm', include: ['**/*.wasm'] },
      ],
    });
    try {
      const res = await mf.dispatchFetch('http://localhost/');
      assert.equal(res.status, 200, await res.clone().text());
      assertResult(await res.json(), 'worker');
    } finally {
      await mf.dispose();
    }
  });
}

await consumer('worker', async (dir) => {
  await workerCase(dir, 'src/worker.js', 'dist');
  const exportsDot = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')).exports['.'];
  if ('workerd' in exportsDot) await workerCase(dir, 'src/worker-bare.js', 'dist-bare');
  else console.log('note worker (src/worker-bare.js): not run, the package has no "workerd" export yet');
});

console.log(`\npackaging: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
