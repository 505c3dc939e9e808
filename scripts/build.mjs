// Builds every bundle with esbuild. Node bundles keep npm packages external (node_modules is there at run time).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const nodeEntries = {
  'cli/main': 'cli/main.ts',
  'scripts/make-example': 'scripts/make-example.ts',
  'scripts/bench': 'scripts/bench.ts',
  'scripts/bench-write': 'scripts/bench-write.ts',
  'scripts/gen-docs': 'scripts/gen-docs.ts',
};
const entryPoints = Object.fromEntries(Object.entries(nodeEntries).filter(([, file]) => existsSync(file)));

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // npm packages stay external (node_modules is there at run time), except the holiday calendar:
  // its Easter dependency is ES-module only, which older Node 20 releases cannot require().
  external: Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies).filter((name) => name !== 'colombian-holidays'),
  sourcemap: true,
  logLevel: 'warning',
});

// Host bundles register themselves here when their folders exist (addin/, apps-script/).
for (const extra of ['addin/build.mjs', 'apps-script/build.mjs']) {
  if (existsSync(extra)) await (await import(`../${extra}`)).default();
}
