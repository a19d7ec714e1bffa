// The portal behind a real nginx on loopback, for the tests in this folder (node builtins only).
//
// startStack() makes a work folder, a self-signed certificate (openssl req), a demo store (hotlinedesk-cli demo),
// starts hotlinedesk-portal on it and nginx in front of it, and returns their addresses. The nginx configuration is
// the shipped one (packaging/nginx/*.conf) with only the ports, the certificate paths and the portal's address
// substituted; each substitution must match exactly once, so a change to the shipped file that the tests do not
// understand fails them instead of being silently skipped. Both children are killed by stop() and at exit.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

export function need(name, envVar) {
  const value = process.env[envVar];
  if (!value) fail(`${envVar} is not set (run this test through ctest: cd build/dev && ctest -L e2e)`);
  if (name && !fs.existsSync(value)) fail(`${name} not found at ${value}: build it first (cmake --build --preset dev)`);
  return value;
}

function which(program, pkg) {
  for (const dir of (process.env.PATH || '').split(':').concat(['/usr/sbin', '/sbin'])) {
    const candidate = path.join(dir, program);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch (e) { /* next */ }
  }
  return fail(`${program} is not installed: apt-get install ${pkg} (bash packaging/install-deps.sh installs it)`);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) fail(`${what} failed (${cmd} ${args.join(' ')}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

// The shipped configuration, with exactly these substitutions.
export function deriveNginxConfig(sourceDir, ports, files) {
  const dir = path.join(sourceDir, 'packaging', 'nginx');
  const zones = fs.readFileSync(path.join(dir, 'hotlinedesk-portal-zones.conf'), 'utf8');
  let site = fs.readFileSync(path.join(dir, 'hotlinedesk-portal.conf'), 'utf8');
  const substitutions = [
    ['    listen 80;\n', `    listen 127.0.0.1:${ports.http};\n`],
    ['    listen [::]:80;\n', ''],
    ['    listen 443 ssl http2;', `    listen 127.0.0.1:${ports.https} ssl http2;`],
    ['    listen [::]:443 ssl http2;', ''],
    ['/etc/ssl/hotlinedesk/portal.crt;', `${files.cert};`],
    ['/etc/ssl/hotlinedesk/portal.key;', `${files.key};`],
    ['server 127.0.0.1:8780;', `server 127.0.0.1:${ports.portal};`],
  ];
  for (const [from, to] of substitutions) {
    const count = site.split(from).length - 1;
    if (count !== 1) {
      fail(`packaging/nginx/hotlinedesk-portal.conf: expected "${from.trim()}" exactly once, found ${count} ` +
           '(the test derives its configuration from the shipped file: update tests/e2e/stack.mjs with it)');
    }
    site = site.replace(from, to);
  }
  const w = files.work;
  return [
    '# made by tests/e2e/stack.mjs from packaging/nginx/*.conf',
    process.getuid && process.getuid() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${w}/nginx.pid;`,
    `error_log ${w}/nginx-error.log info;`,
    'events { worker_connections 512; }',
    'http {',
    '    default_type application/octet-stream;',
    `    access_log ${w}/nginx-access.log;`,
    `    client_body_temp_path ${w}/nginx-tmp/body;`,
    `    proxy_temp_path ${w}/nginx-tmp/proxy;`,
    `    fastcgi_temp_path ${w}/nginx-tmp/fastcgi;`,
    `    uwsgi_temp_path ${w}/nginx-tmp/uwsgi;`,
    `    scgi_temp_path ${w}/nginx-tmp/scgi;`,
    '# ---- hotlinedesk-portal-zones.conf',
    zones,
    '# ---- hotlinedesk-portal.conf',
    site,
    '}',
    '',
  ].join('\n');
}

async function waitFor(check, seconds, what, logFile) {
  const until = Date.now() + seconds * 1000;
  let last = '';
  while (Date.now() < until) {
    try {
      if (await check()) return;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const log = logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-4000) : '';
  fail(`${what} did not come up within ${seconds} s ${last}\n${log}`);
}

function connects(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}

// Starts the stack. name: a folder under HOTLINE_E2E_WORK; now: the portal's clock start (ISO 8601) or ''.
export async function startStack(name, { now = '' } = {}) {
  const sourceDir = need('', 'HOTLINE_SOURCE_DIR');
  const portalBin = need('hotlinedesk-portal', 'HOTLINE_PORTAL_BIN');
  const cliBin = need('hotlinedesk-cli', 'HOTLINE_CLI_BIN');
  const nginx = which('nginx', 'nginx');
  const openssl = which('openssl', 'openssl');
  const work = path.join(process.env.HOTLINE_E2E_WORK || os.tmpdir(), name);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'nginx-tmp'), { recursive: true });

  const files = { work, cert: path.join(work, 'portal.crt'), key: path.join(work, 'portal.key') };
  run(openssl, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
                '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', files.key, '-out', files.cert],
      'making a self-signed certificate');

  // The demo store (published articles, the service account 网上咨询平台, online agents with demo logins): a copy of
  // the one the "e2e: demo store" fixture made, or a new one.
  const store = path.join(work, 'portal.db');
  const shared = process.env.HOTLINE_E2E_DEMO;
  if (shared && fs.existsSync(shared)) {
    fs.copyFileSync(shared, store);
  } else {
    run(cliBin, ['demo', '--db', store, '--count', '20'], 'making the demo store');
  }

  const ports = { https: await freePort(), http: await freePort(), portal: await freePort(), agent: await freePort() };
  const base = `https://127.0.0.1:${ports.https}`;
  const children = [];
  const stop = () => {
    for (const c of children.reverse()) {
      if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
    }
    children.length = 0;
  };
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { stop(); process.exit(1); });

  const portalLog = path.join(work, 'portal.log');
  const args = ['--db', store, '--listen', `127.0.0.1:${ports.portal}`, '--agent-listen', `127.0.0.1:${ports.agent}`,
                '--origin', base];
  if (now) args.push('--now', now);
  // Development: serve the page from a folder instead of the built-in copy (the tests use the built-in one).
  if (process.env.HOTLINE_PORTAL_STATIC) args.push('--static', process.env.HOTLINE_PORTAL_STATIC);
  const portal = spawn(portalBin, args, { stdio: ['ignore', fs.openSync(portalLog, 'w'), fs.openSync(portalLog, 'a')] });
  children.push(portal);
  portal.on('exit', (code, signal) => { if (children.includes(portal)) fail(`hotlinedesk-portal exited (${code ?? signal}); see ${portalLog}:\n${fs.readFileSync(portalLog, 'utf8').slice(-3000)}`); });
  await waitFor(() => connects(ports.portal), 30, 'hotlinedesk-portal', portalLog);

  const conf = path.join(work, 'nginx.conf');
  fs.writeFileSync(conf, deriveNginxConfig(sourceDir, ports, files));
  run(nginx, ['-t', '-q', '-p', work, '-e', path.join(work, 'nginx-error.log'), '-c', conf], 'nginx -t on the derived configuration');
  const nginxLog = path.join(work, 'nginx-error.log');
  const proc = spawn(nginx, ['-p', work, '-e', nginxLog, '-c', conf, '-g', 'daemon off;'],
                     { stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(proc);
  proc.on('exit', (code, signal) => { if (children.includes(proc)) fail(`nginx exited (${code ?? signal}); see ${nginxLog}`); });
  await waitFor(() => connects(ports.https), 20, 'nginx', nginxLog);

  return {
    work, ports, base, origin: base,
    httpBase: `http://127.0.0.1:${ports.http}`,
    portalBase: `http://127.0.0.1:${ports.portal}`,
    agentBase: `http://127.0.0.1:${ports.agent}`,
    logs: { portal: portalLog, nginx: nginxLog, access: path.join(work, 'nginx-access.log') },
    stop,
  };
}
