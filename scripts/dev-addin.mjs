// `npm run dev:addin`: builds the add-in for https://localhost:3000 and serves dist/addin over https
// with locally generated certificates (office-addin-dev-certs: a local CA, trusted where the system
// allows it, and a localhost certificate; no network needed). PORT changes the port;
// CC_DEV_CERTS_DIR keeps the certificates elsewhere; CC_DEV_NO_TRUST=1 skips trusting the CA.
import https from 'node:https';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(root, 'dist', 'addin');
const port = Number(process.env.PORT ?? 3000);

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.png': 'image/png', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8' };

async function certificates() {
  const certs = require('office-addin-dev-certs');
  const custom = process.env.CC_DEV_CERTS_DIR;
  if (!custom && !process.env.CC_DEV_NO_TRUST) {
    try {
      return await certs.getHttpsServerOptions();
    } catch (e) {
      console.warn(`No se pudo confiar en el certificado local automáticamente (${String(e.message).split('\n')[0]}).`);
    }
  }
  const folder = custom ?? path.join(process.env.HOME ?? root, '.office-addin-dev-certs');
  const files = { ca: path.join(folder, 'ca.crt'), cert: path.join(folder, 'localhost.crt'), key: path.join(folder, 'localhost.key') };
  if (!fs.existsSync(files.cert) || !fs.existsSync(files.key)) await certs.generateCertificates(files.ca, files.cert, files.key, 30, ['localhost', '127.0.0.1']);
  console.warn(`Certificados en ${folder}: para Excel de escritorio, confíe en ${files.ca} como autoridad raíz.`);
  return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
}

if (!process.env.CC_DEV_SKIP_BUILD) {
  delete process.env.ADDIN_BASE_URL; // the development manifest points at localhost
  await (await import('../addin/build.mjs')).default();
}
const server = https.createServer(await certificates(), (req, res) => {
  const url = new URL(req.url ?? '/', 'https://localhost');
  const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname === '/' ? '/taskpane.html' : url.pathname)));
  if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No encontrado');
    return;
  }
  // Office caches add-in files aggressively: development always serves the latest build.
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
  fs.createReadStream(file).pipe(res);
});
server.listen(port, 'localhost', () => {
  console.log(`Cuentas Claras para Excel: https://localhost:${port}/taskpane.html`);
  console.log(`Manifiesto para cargarlo en Excel: ${path.join(dir, 'manifest.xml')}`);
});
