// `npm start`: the main job on the embedded example workbook (builds first when needed).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/cli/main.js')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(['todo', 'examples/ejemplo-anm-2025.xlsx', '--out', 'salida', ...process.argv.slice(2)]);
