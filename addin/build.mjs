// Builds the Excel add-in into dist/addin: the page's bundle (office.js stays on Microsoft's CDN),
// the PowerPoint renderer loaded on demand, the deck page, then the generated files (manifest,
// custom-functions metadata, icons, HTML). ADDIN_BASE_URL=https://… builds the production manifest.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'dist', 'addin');

export default async function buildAddin() {
  fs.rmSync(out, { recursive: true, force: true });
  const browser = { bundle: true, platform: 'browser', target: 'es2020', format: 'iife', minify: true, sourcemap: true, logLevel: 'warning', legalComments: 'linked' };
  await build({ ...browser, entryPoints: { taskpane: path.join(root, 'addin/main.ts') }, outdir: out });
  await build({ ...browser, entryPoints: { deck: path.join(root, 'addin/deck-page.ts') }, outdir: out });
  // pptxgenjs imports Node modules for Node only; in the browser they are never reached.
  await build({ ...browser, entryPoints: { pptx: path.join(root, 'addin/pptx-entry.ts') }, outdir: out, globalName: 'CuentasClarasPptx', external: ['fs', 'https', 'http', 'image-size', 'node:fs', 'node:https'] });

  const generator = path.join(root, 'dist', 'addin-build', 'generate.cjs');
  await build({ entryPoints: [path.join(root, 'addin/build/generate.ts')], outfile: generator, bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'warning' });
  const { generate, environmentOf } = createRequire(import.meta.url)(generator);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  generate(out, environmentOf(process.env, pkg.version));
}
