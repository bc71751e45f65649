import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the hostile server received it: everything a leaked token could hide in. */
export interface Received {
  method: string;
  url: string;
  rawHeaders: string[];
  body: string;
}

export interface HostileServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/**
 * Another web server on another port of 127.0.0.1, as a dev server or a malicious local tool
 * would be. Its page tries every request a browser lets a page send to another origin without
 * asking: fetch in no-cors mode, a beacon, a text/plain form (which can carry a JSON-looking
 * body), an image and a script, each against smes.create and smes.purge, plus a CORS request
 * with a guessed token (which needs a preflight). It records every request it receives, so a
 * token that leaked to it (as a cookie, say) would show.
 */
export async function startHostileServer(target: string, smeInTrash: string): Promise<HostileServer> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', rawHeaders: req.rawHeaders, body });
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(req.url === '/' ? page(target, smeInTrash) : 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function page(target: string, smeInTrash: string): string {
  const bodies = {
    'smes.create': JSON.stringify({ name: 'Forged Ltd', country: 'BG' }),
    'smes.purge': JSON.stringify({ id: smeInTrash }),
  };
  // A text/plain form sends "name=value": with the name holding the start of a JSON object and
  // the value its end, the body reads as JSON, the classic way to forge a JSON request.
  const form = (channel: keyof typeof bodies, n: number) => {
    const json = bodies[channel];
    const name = `${json.slice(0, -1)},"pad":"`;
    return `<iframe name="sink${n}" title="sink${n}"></iframe>
<form id="form${n}" method="POST" enctype="text/plain" target="sink${n}" action="${target}/api/${channel}">
<input type="hidden" name='${name}' value='"}'></form>`;
  };
  return `<!doctype html><html><head><title>Hostile page</title></head><body>
${form('smes.create', 1)}
${form('smes.purge', 2)}
<script>
const target = ${JSON.stringify(target)};
const bodies = ${JSON.stringify(bodies)};
const outcomes = [];
async function attempt(label, send) {
  try { await send(); outcomes.push(label + ': sent'); } catch (error) { outcomes.push(label + ': ' + error); }
}
const loaded = (element, start) => new Promise((resolve) => { element.onload = element.onerror = resolve; start(); });
(async () => {
  for (const [channel, body] of Object.entries(bodies)) {
    const url = target + '/api/' + channel;
    await attempt('fetch no-cors ' + channel, () => fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', body }));
    await attempt('fetch no-cors text/plain ' + channel, () =>
      fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body }));
    await attempt('fetch cors with a guessed token ' + channel, () =>
      fetch(url, { method: 'POST', mode: 'cors', credentials: 'include', headers: { 'Content-Type': 'application/json', 'X-SocialSME-Token': 'guessed' }, body }));
    await attempt('beacon ' + channel, async () => { if (!navigator.sendBeacon(url, body)) throw new Error('not queued'); });
  }
  for (const n of [1, 2]) {
    const sink = document.getElementsByName('sink' + n)[0];
    await attempt('text/plain form ' + n, () => loaded(sink, () => document.getElementById('form' + n).submit()));
  }
  for (const channel of Object.keys(bodies)) {
    const image = new Image();
    await attempt('img ' + channel, () => loaded(image, () => { image.src = target + '/api/' + channel; }));
    const script = document.createElement('script');
    await attempt('script ' + channel, () => loaded(script, () => { script.src = target + '/api/' + channel; document.body.append(script); }));
  }
  await fetch('/outcomes', { method: 'POST', body: JSON.stringify(outcomes) });
  document.body.dataset.done = String(outcomes.length);
})();
</script></body></html>`;
}
