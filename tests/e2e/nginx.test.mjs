// The portal through the shipped nginx site (packaging/nginx) on loopback: TLS, the page's security headers, the
// body cap, limit_req, slow clients cut off, /agent/ not reachable, long-poll and WebSocket through the proxy.
// Run by ctest ("e2e: nginx"); node builtins only.
import { https, openWebSocket, rawTls, readCa, request } from './client.mjs';
import { startStack } from './stack.mjs';

const failures = [];
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : `: ${detail}`}`);
  if (!ok) failures.push(what);
  return ok;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const stack = await startStack('nginx');
const ca = readCa(`${stack.work}/portal.crt`);
const { base, origin } = stack;
const post = (path, body, headers = {}) =>
  request(`${base}${path}`, { method: 'POST', body, ca, headers: { Origin: origin, ...headers } });

try {
  // ---- TLS, the page and its headers
  const page = await request(`${base}/`, { ca });
  check(page.status === 200 && page.text.includes('在线咨询'), 'GET / through nginx gives the page', `${page.status}`);
  check(['TLSv1.2', 'TLSv1.3'].includes(page.tlsProtocol), 'TLS 1.2 or newer', page.tlsProtocol);
  const csp = page.headers['content-security-policy'] || '';
  check(csp.includes("default-src 'self'") && csp.includes("script-src 'self'") && !csp.includes('unsafe-inline'),
        'the page carries a strict Content-Security-Policy', csp);
  check(/max-age=\d{7,}/.test(page.headers['strict-transport-security'] || ''), 'HSTS header',
        page.headers['strict-transport-security']);
  check(page.headers['x-content-type-options'] === 'nosniff', 'X-Content-Type-Options: nosniff');
  check(!('set-cookie' in page.headers), 'no cookie is set');
  check(!/nginx\/\d/.test(page.headers.server || ''), 'nginx does not announce its version', page.headers.server);
  check(!/<script>|\son\w+=|style=/i.test(page.text), 'index.html has no inline script, handler or style');
  for (const file of ['app.js', 'app.css']) {
    const r = await request(`${base}/static/${file}`, { ca });
    check(r.status === 200 && r.text.length > 500, `GET /static/${file}`, `${r.status}`);
  }

  const redirect = await request(`${stack.httpBase}/api/status`);
  check(redirect.status === 301 && String(redirect.headers.location || '').startsWith('https://'),
        'plain http is redirected to https', `${redirect.status} ${redirect.headers.location}`);

  const status = await request(`${base}/api/status`, { ca });
  check(status.status === 200 && status.json && typeof status.json.inOfficeHours === 'boolean', 'GET /api/status',
        `${status.status} ${status.text.slice(0, 200)}`);

  // ---- the agents' side is never served by the public site (while it is up on its own listener)
  const direct = await request(`${stack.agentBase}/agent/login`, { method: 'POST', body: { name: 'x', password: 'y' },
                                                                 headers: { Origin: stack.agentBase } });
  check(direct.status >= 400 && direct.status < 500 && direct.status !== 404, 'the agents\' listener is up (direct)',
        `${direct.status}`);
  for (const path of ['/agent/login', '/agent/queue', '/agent/ws', '/api/../agent/queue', '/%61gent/queue']) {
    const r = path.endsWith('login') ? await post(path, { name: 'x', password: 'y' }) : await request(`${base}${path}`, { ca });
    check(r.status === 404, `${path} is not reachable through nginx`, `${r.status}`);
  }
  const other = await request(`${base}/etc/passwd`, { ca });
  check(other.status === 404, 'unknown paths end at nginx (404)', `${other.status}`);

  // ---- a conversation through nginx
  const started = await post('/api/conversations', {});
  check(started.status === 201 && /^[0-9a-f]{32}$/.test(started.json?.token || ''), 'POST /api/conversations',
        `${started.status} ${started.text.slice(0, 300)}`);
  const token = started.json?.token || '';
  const lastSeq = () => (started.json?.events || []).length;

  // ---- body over 8 KiB: 413 from nginx (the portal never sees it)
  const big = JSON.stringify({ clientId: '0d5a0c7e-3a0b-4e5f-9c2d-000000000001', text: '税'.repeat(3 * 1024) });
  check(Buffer.byteLength(big) > 9000, 'the oversized body is over 9 KiB');
  const tooBig = await post('/api/conversation/messages', big, { 'X-Chat-Token': token });
  check(tooBig.status === 413, 'a 9 KiB body is refused with 413', `${tooBig.status}`);

  // ---- WebSocket and long-poll through nginx
  const ws = await openWebSocket(`${base.replace('https', 'wss')}/api/ws`, { origin, ca });
  check(ws.status === 101, 'WebSocket upgrade through nginx', `${ws.status}`);
  ws.send(JSON.stringify({ token, after: 0 }));
  const first = JSON.parse((await ws.next(10000)) || 'null');
  check(first?.type === 'event' && first.event?.seq === 1, 'the socket replays the log from seq 1', JSON.stringify(first));
  while (await ws.next(500)) { /* the rest of the replay and a status frame */ }

  const poll = request(`${base}/api/conversation/events?after=${lastSeq()}&wait=20`, { ca, headers: { 'X-Chat-Token': token } });
  await sleep(1500);
  const t0 = Date.now();
  const sent = await post('/api/conversation/messages',
                          { clientId: '0d5a0c7e-3a0b-4e5f-9c2d-000000000002', text: '个人所得税专项附加扣除怎么填报？' },
                          { 'X-Chat-Token': token });
  check(sent.status === 201, 'a message through nginx', `${sent.status} ${sent.text.slice(0, 200)}`);
  const polled = await poll;
  check(polled.status === 200 && (polled.json?.events || []).some((e) => e.kind === 'message'),
        'a waiting long-poll returns the new message', `${polled.status} ${polled.text.slice(0, 200)}`);
  let pushed = null;
  for (let raw = await ws.next(5000); raw; raw = await ws.next(2000)) {
    const frame = JSON.parse(raw);
    if (frame.type === 'event' && frame.event.kind === 'message' && frame.event.author === 'taxpayer') { pushed = frame; break; }
  }
  check(pushed !== null && Date.now() - t0 < 5000, 'the socket pushes the new message through nginx');
  ws.close();

  const badOrigin = await openWebSocket(`${base.replace('https', 'wss')}/api/ws`, { origin: 'https://evil.example', ca });
  if (badOrigin.status === 101) {
    badOrigin.send(JSON.stringify({ token, after: 0 }));
    let frame;
    do { frame = await badOrigin.next(12000); } while (frame);
    check(badOrigin.closeCode === 4403, 'a socket from another origin is closed with 4403', `${badOrigin.closeCode}`);
  } else {
    check(badOrigin.status === 403, 'a socket from another origin is refused', `${badOrigin.status}`);
  }

  // ---- slow clients: headers never finished, body never finished → cut off by nginx's 10 s timeouts
  const slow = async (what, text) => {
    const s = await rawTls(stack.ports.https, ca);
    const t = Date.now();
    s.write(text);
    const reply = await new Promise((resolve) => {
      let got = '';
      s.on('data', (d) => { got += d.toString('latin1'); });
      s.on('close', () => resolve(got));
      setTimeout(() => { resolve('still open'); s.destroy(); }, 25000);
    });
    const secs = (Date.now() - t) / 1000;
    check(reply !== 'still open' && secs >= 8 && secs < 20, `${what} is cut off after about 10 s`,
          `${reply.slice(0, 40)} after ${secs.toFixed(1)} s`);
  };
  const idlePoll = request(`${base}/api/conversation/events?after=999&wait=25`, { ca, headers: { 'X-Chat-Token': token } });
  await Promise.all([
    slow('a client that never finishes its headers', 'GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1'),
    slow('a client that never finishes its body',
         `POST /api/conversation/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${origin}\r\nX-Chat-Token: ${token}\r\n` +
         'Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{"clientId":'),
  ]);
  const idle = await idlePoll;
  check(idle.status === 200, 'a long-poll held 25 s is answered, not cut off by the proxy', `${idle.status}`);

  // ---- limit_conn: 25 requests held open at once (their bodies still coming; started below limit_req's rate):
  // those beyond 20 from one address get 429 at once
  const heldSockets = [];
  const firstAnswers = [];
  for (let i = 0; i < 25; i += 1) {
    const sock = await rawTls(stack.ports.https, ca);
    heldSockets.push(sock);
    firstAnswers.push(new Promise((resolve) => {
      sock.once('data', (d) => resolve(d.toString('latin1').split('\r\n')[0]));
      sock.once('close', () => resolve('closed'));
      setTimeout(() => resolve('held'), 6000);
    }));
    sock.write(`POST /api/conversation/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${origin}\r\nX-Chat-Token: ${token}\r\n` +
               'Content-Type: application/json\r\nContent-Length: 300\r\n\r\n{"clientId":');
    await sleep(150);
  }
  const answers = await Promise.all(firstAnswers);
  for (const sock of heldSockets) sock.destroy();
  const refusedConn = answers.filter((a) => / 429 /.test(a)).length;
  const heldConn = answers.filter((a) => a === 'held').length;
  check(refusedConn >= 4 && heldConn >= 18 && refusedConn + heldConn === 25,
        'more than 20 open requests from one address: the rest get 429 (limit_conn)', `${heldConn} held, ${refusedConn} × 429: ${answers.filter((a) => a !== 'held' && !/ 429 /.test(a)).join(', ')}`);

  // ---- a burst beyond limit_req on one keep-alive connection (so limit_conn plays no part): 429 from nginx
  await sleep(2500); // let the bucket drain
  const keepAlive = new https.Agent({ keepAlive: true, maxSockets: 1, ca });
  const burst = [];
  for (let i = 0; i < 60; i += 1) burst.push(await request(`${base}/api/status`, { ca, agent: keepAlive }));
  keepAlive.destroy();
  const codes = burst.map((r) => r.status);
  const limited = codes.filter((c) => c === 429).length;
  const passed = codes.filter((c) => c === 200).length;
  check(limited >= 20 && passed >= 21 && codes.slice(0, 21).every((c) => c === 200),
        'a burst of 60 requests on one connection: 10/s with 20 in reserve pass, the rest get 429 (limit_req)',
        `${passed} × 200, ${limited} × 429, others: ${codes.filter((c) => c !== 200 && c !== 429).join(',')}`);
  await sleep(2500);
  const after = await request(`${base}/api/status`, { ca });
  check(after.status === 200, 'after the burst a request passes again', `${after.status}`);
} catch (e) {
  check(false, 'the test ran to its end', e.stack || String(e));
} finally {
  stack.stop();
}

if (failures.length) {
  console.log(`\n${failures.length} check(s) failed; logs in ${stack.work}`);
  process.exit(1);
}
console.log('\nall nginx checks passed');
