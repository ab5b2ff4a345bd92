// A tiny static server for the browser demo (dist/web) on 127.0.0.1.
//
//   node scripts/serve-demo.mjs [--port N] [--dir dist/web]    (PORT=N works too; default 8080, 0 = any free port)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.bin': 'application/octet-stream',
  '.png': 'image/png',
};

// Cross-origin isolation: without these two headers a page gets no
// SharedArrayBuffer, and webtorch's cpu device runs one thread.
const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** Serves `dir` on 127.0.0.1:`port` (cross-origin isolated); resolves with the server and its address. */
export function serveDemo(dir, port = 8080) {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    // NOTE: normalize() folds '..', so a request cannot climb out of `base`.
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...ISOLATION });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(root, flag('--dir') ?? join('dist', 'web'));
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`serve-demo: ${dir}/index.html is missing; run node scripts/build.mjs first`);
    process.exit(1);
  }
  const port = Number(flag('--port') ?? process.env.PORT ?? 8080);
  try {
    const { url } = await serveDemo(dir, port);
    console.log(`webtorch browser demo: ${url}  (Ctrl+C to stop)`);
  } catch (e) {
    console.error(`serve-demo: cannot listen on 127.0.0.1:${port}: ${e.message}${e.code === 'EADDRINUSE' ? ' (try --port 0 for any free port)' : ''}`);
    process.exit(1);
  }
}
