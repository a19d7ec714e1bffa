// Small HTTPS / WebSocket clients on node builtins for the tests (Node 18 has no WebSocket client).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
export { https };
import tls from 'node:tls';

// One request; resolves {status, headers, text, json, tlsProtocol}. The certificate is checked against `ca`.
export function request(url, { method = 'GET', headers = {}, body, ca, agent = false, timeoutMs = 40000 } = {}) {
  const u = new URL(url);
  const lib = u.protocol === 'https:' ? https : http;
  const payload = body === undefined ? undefined : (typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
  const h = { ...headers };
  if (payload !== undefined) {
    h['Content-Length'] = Buffer.byteLength(payload);
    if (!h['Content-Type']) h['Content-Type'] = 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = lib.request(u, { method, headers: h, ca, agent, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try { json = JSON.parse(text); } catch (e) { /* not JSON */ }
        resolve({ status: res.statusCode, headers: res.headers, text, json,
                  tlsProtocol: res.socket && res.socket.getProtocol ? res.socket.getProtocol() : '' });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${url}`)));
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

export function readCa(file) {
  return fs.readFileSync(file);
}

// A raw TLS connection; resolves the socket. Used to play a slow client.
export function rawTls(port, ca) {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host: '127.0.0.1', port, ca, servername: undefined, ALPNProtocols: ['http/1.1'] }, () => resolve(s));
    s.once('error', reject);
  });
}

// A minimal WebSocket client over TLS: open(url, origin) → {send(text), next(timeoutMs) → frame, closed, close()}.
export function openWebSocket(url, { origin, ca }) {
  const u = new URL(url);
  const key = crypto.randomBytes(16).toString('base64');
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host: u.hostname, port: Number(u.port), ca, ALPNProtocols: ['http/1.1'] }, () => {
      s.write(`GET ${u.pathname} HTTP/1.1\r\nHost: ${u.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
              `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nOrigin: ${origin}\r\n\r\n`);
    });
    let buf = Buffer.alloc(0);
    let upgraded = false;
    const frames = [];
    const waiters = [];
    const ws = {
      status: 0,
      closeCode: 0,
      closed: false,
      send(text) {
        const payload = Buffer.from(text);
        const mask = crypto.randomBytes(4);
        let head;
        if (payload.length < 126) head = Buffer.from([0x81, 0x80 | payload.length]);
        else { head = Buffer.alloc(4); head[0] = 0x81; head[1] = 0x80 | 126; head.writeUInt16BE(payload.length, 2); }
        const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]));
        s.write(Buffer.concat([head, mask, masked]));
      },
      next(timeoutMs = 10000) {
        if (frames.length) return Promise.resolve(frames.shift());
        if (ws.closed) return Promise.resolve(null);
        return new Promise((res) => {
          const w = { res, t: setTimeout(() => { waiters.splice(waiters.indexOf(w), 1); res(undefined); }, timeoutMs) };
          waiters.push(w);
        });
      },
      close() { s.destroy(); },
    };
    const deliver = (frame) => {
      const w = waiters.shift();
      if (w) { clearTimeout(w.t); w.res(frame); } else frames.push(frame);
    };
    const parse = () => {
      while (buf.length >= 2) {
        const op = buf[0] & 0x0f;
        let len = buf[1] & 0x7f;
        let off = 2;
        if (len === 126) { if (buf.length < 4) return; len = buf.readUInt16BE(2); off = 4; }
        else if (len === 127) { if (buf.length < 10) return; len = Number(buf.readBigUInt64BE(2)); off = 10; }
        if (buf.length < off + len) return;
        const payload = buf.subarray(off, off + len);
        buf = buf.subarray(off + len);
        if (op === 0x1) deliver(payload.toString('utf8'));
        else if (op === 0x8) { ws.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005; ws.closed = true; deliver(null); }
      }
    };
    s.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      if (!upgraded) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buf.subarray(0, end).toString('latin1');
        buf = buf.subarray(end + 4);
        ws.status = Number(head.split(' ')[1]);
        upgraded = true;
        if (ws.status !== 101) { resolve(ws); s.destroy(); return; }
        resolve(ws);
      }
      parse();
    });
    s.on('close', () => { ws.closed = true; while (waiters.length) { const w = waiters.shift(); clearTimeout(w.t); w.res(null); } });
    s.on('error', (e) => { if (!upgraded) reject(e); });
  });
}
