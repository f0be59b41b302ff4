// Serves the static build on loopback only. Used by `npm start` and the end-to-end tests.
// Usage: node scripts/serve.js [port] [dir]; port 0 picks a free one. Prints the address.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { cspDirectives, cspHeader } from './csp.js';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
const root = resolve(process.argv[3] ?? 'build');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// A prerendered route /compare is written as compare.html; an unknown path gets the shell.
async function resolveFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [
    join(root, clean),
    join(root, clean, 'index.html'),
    join(root, `${clean}.html`),
  ];
  for (const file of candidates) {
    if (!file.startsWith(root)) continue;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return file;
  }
  return join(root, 'index.html');
}

// The shell's asset paths are relative, so that the build works from any folder: it starts only
// from an address one level deep. /tune/ and /behaviour/extra loaded a blank page, their assets
// looked for under /tune/_app/. So a trailing slash is dropped, and a deeper address that names
// no file goes to the same address as one segment (/behaviour%2Fextra), where the app says it
// has no screen there. An address with an extension is a file's and is left alone. Another
// static host shows such addresses a blank page unless it redirects them likewise. The new
// address is built from the segments alone: one starting with two slashes (from //host/x/)
// would send the browser to another host.
function redirectOf(urlPath, search) {
  if (extname(urlPath) !== '') return null;
  const segments = urlPath.split('/').filter(Boolean);
  if (segments.length > 1) return `/${segments.join('%2F')}${search}`;
  const single = `/${segments[0] ?? ''}`;
  return single === urlPath ? null : `${single}${search}`;
}

// Header-only directives: a <meta> policy cannot forbid framing.
const headerOnly = { 'frame-ancestors': ['none'] };
const assetPolicy = cspHeader(cspDirectives, headerOnly);
const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

// A page's header repeats its own <meta> policy (two policies must both allow the inline start-up
// script, whose hash only the meta carries); other files, workers among them, get the base one.
function policyOf(file, body) {
  if (extname(file) !== '.html') return assetPolicy;
  const meta = metaPolicy.exec(body.toString('utf8'));
  return meta ? `${meta[1]}; ${cspHeader({}, headerOnly)}` : assetPolicy;
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(url.pathname);
    const away = file === join(root, 'index.html') ? redirectOf(url.pathname, url.search) : null;
    if (away) {
      res.writeHead(308, { location: away, 'cache-control': 'no-cache' });
      res.end();
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'content-security-policy': policyOf(file, body),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`Incentive Lab is served at http://127.0.0.1:${actual}/\n`);
});
