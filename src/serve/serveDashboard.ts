// Serves the analyst dashboard: its own static files and the few browser libraries it loads from
// node_modules. Only whitelisted files are served, so no request path ever reaches the file system.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DASHBOARD_DIR = fileURLToPath(new URL('../dashboard/', import.meta.url));
const require = createRequire(import.meta.url);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Browser libraries, by the URL the page imports them from: [package, file inside the package]. */
const VENDOR_FILES: Record<string, [string, string]> = {
  '/vendor/cytoscape.esm.min.mjs': ['cytoscape', 'dist/cytoscape.esm.min.mjs'],
};

// The page only ever talks to its own origin; everything else is refused by the browser.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A package's folder. Found from its main file because `exports` may hide the file we want from require. */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (dir !== path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === name) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`dashboard: expected the package ${name} in node_modules (npm install), but found no package.json for it`);
}

interface Asset {
  file: string;
  contentType: string;
  cacheControl: string;
}

function dashboardAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  // Our own files have no content hash in their names, so browsers revalidate them (cheap, via ETag).
  for (const name of fs.readdirSync(DASHBOARD_DIR)) {
    const contentType = CONTENT_TYPES[path.extname(name)];
    if (!contentType || !fs.statSync(path.join(DASHBOARD_DIR, name)).isFile()) continue;
    assets.set(`/dashboard/${name}`, { file: path.join(DASHBOARD_DIR, name), contentType, cacheControl: 'no-cache' });
  }
  const index = assets.get('/dashboard/index.html');
  if (!index) throw new Error(`dashboard: expected ${path.join(DASHBOARD_DIR, 'index.html')}, but it is missing`);
  assets.set('/', index);
  assets.set('/dashboard', index);
  assets.set('/dashboard/', index);
  // Vendor files change only with `npm install`; an hour of caching is safe and saves the big download.
  for (const [url, [name, file]] of Object.entries(VENDOR_FILES)) {
    const full = path.join(packageDir(name), file);
    if (!fs.existsSync(full)) throw new Error(`dashboard: expected ${full} for ${url}, but it is missing`);
    assets.set(url, { file: full, contentType: CONTENT_TYPES[path.extname(file)]!, cacheControl: 'public, max-age=3600' });
  }
  return assets;
}

let assets: Map<string, Asset> | undefined;
/** The dashboard folder's modification time when `assets` was listed: a file added since is found too. */
let listedAt = 0;

const folderTime = (): number => fs.statSync(DASHBOARD_DIR).mtimeMs;

function send(res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders, body?: Buffer | string): void {
  res.writeHead(status, {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    ...headers,
  });
  res.end(body);
}

/** Answers dashboard requests; returns false for everything else (GraphQL, health) so the caller can handle it. */
export function serveDashboard(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  const isOurs = pathname === '/' || pathname === '/dashboard' || pathname.startsWith('/dashboard/') || pathname.startsWith('/vendor/');
  if (!isOurs) return false;
  try {
    if (!assets || (!assets.has(pathname) && pathname.startsWith('/dashboard/') && folderTime() !== listedAt)) {
      listedAt = folderTime();
      assets = dashboardAssets();
    }
  } catch (error) {
    // A broken install must not take the API down with it: report, and keep serving GraphQL.
    process.stderr.write(`${(error as Error).message}\n`);
    send(res, 500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, 'Dashboard unavailable; see the server log.\n');
    return true;
  }
  const asset = assets.get(pathname);
  if (!asset) {
    send(res, 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, `Not found: ${pathname}\n`);
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, `Method ${req.method} not allowed on ${pathname}\n`);
    return true;
  }
  // Read on every request: the files are small, and edits show up without a restart.
  const body = fs.readFileSync(asset.file);
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
  const headers = { 'content-type': asset.contentType, 'cache-control': asset.cacheControl, etag };
  if (req.headers['if-none-match'] === etag) {
    send(res, 304, headers);
    return true;
  }
  send(res, 200, { ...headers, 'content-length': body.length }, req.method === 'HEAD' ? undefined : body);
  return true;
}
