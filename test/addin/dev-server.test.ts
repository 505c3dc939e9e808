/** `npm run dev:addin`: dist/addin over https on localhost with certificates made here, offline. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { builtFile } from './built';

const script = path.join(__dirname, '..', '..', 'scripts', 'dev-addin.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function get(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('npm run dev:addin', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child?.pid) process.kill(child.pid);
  });

  it('serves the built add-in over https with a locally generated, verifiable certificate', async () => {
    builtFile('manifest.xml');
    const certs = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-certs-'));
    const port = await freePort();
    child = spawn(process.execPath, [script], { env: { ...process.env, PORT: String(port), CC_DEV_CERTS_DIR: certs, CC_DEV_SKIP_BUILD: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dev server did not start: ${output}`)), 30_000);
      const onData = (d: Buffer) => {
        output += d.toString();
        if (output.includes(`https://localhost:${port}/taskpane.html`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child!.stdout!.on('data', onData);
      child!.stderr!.on('data', onData);
      child!.on('exit', (code) => reject(new Error(`dev server exited ${code}: ${output}`)));
    });
    const ca = fs.readFileSync(path.join(certs, 'ca.crt'));
    const manifest = await get(`https://localhost:${port}/manifest.xml`, ca);
    expect(manifest.status).toBe(200);
    expect(manifest.body).toContain('<Runtime resid="CC.Runtime.Url" lifetime="long"/>');
    expect((await get(`https://localhost:${port}/taskpane.html`, ca)).body).toContain('taskpane.js');
    expect((await get(`https://localhost:${port}/../package.json`, ca)).status).toBe(404);
    // A certificate from another authority is refused: the served one is really the local CA's.
    await expect(get(`https://localhost:${port}/manifest.xml`, Buffer.from(''))).rejects.toThrow();
  }, 60_000);
});
