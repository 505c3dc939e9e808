/**
 * The custom functions' core stays light: every custom-function call in Apps Script loads the
 * whole bundle (HOSTS.md), so DIAS_HABILES, VENCIMIENTO and FESTIVOS bundle only Colombia's rules.
 */
import path from 'node:path';
import { build } from 'esbuild';

test('core/pqrsd/functions bundles to under 32 KB minified, with Colombia’s holiday rules only', async () => {
  const result = await build({
    entryPoints: [path.join(__dirname, '..', '..', '..', 'core', 'pqrsd', 'functions.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const size = result.outputFiles[0].contents.length;
  expect(size).toBeLessThan(32 * 1024);
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((i) => i.includes('colombian-holidays'))).toBe(true);
  for (const heavy of ['exceljs', 'jszip', 'pptxgenjs', 'zod', 'date-holidays', 'core/findings', 'core/service']) {
    expect(inputs.filter((i) => i.includes(heavy))).toEqual([]);
  }
});
