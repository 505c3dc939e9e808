// `npm run push:apps-script`: builds dist/apps-script/ and pushes it with clasp to the Apps Script
// project named in .clasp.json. Needs the network and a prior `npx @google/clasp@3.4.1 login`;
// clasp is run through npx (pinned) rather than installed, so CI and offline work never fetch it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const clasp = '@google/clasp@3.4.1';

if (!existsSync('.clasp.json')) {
  console.error(
    'Falta .clasp.json. Copie apps-script/clasp.template.json como .clasp.json y ponga el scriptId de su proyecto ' +
      '(Extensiones > Apps Script > Configuración del proyecto > ID de la secuencia de comandos).',
  );
  process.exit(2);
}
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const push = spawnSync('npx', ['--yes', clasp, 'push', '--force'], { stdio: 'inherit' });
if (push.status !== 0) {
  console.error(`clasp push falló. ¿Inició sesión con «npx ${clasp} login» y tiene conexión a internet?`);
  process.exit(push.status ?? 1);
}
