/**
 * Writes the add-in's generated files into dist/addin: the manifest of the environment, the custom
 * functions' metadata (Spanish default, English override), the icons rendered from their SVG and
 * the HTML pages. Run by addin/build.mjs after the bundles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { menuEntries, menuGroups, type MenuGroup } from '../../core/actions/menu';
import { addinFiles, appIconSizes, buttonIconSizes, excelManifestXml, type ManifestEnvironment } from '../../manifests/excel';
import { functionsMetadata } from '../functions-metadata';
import { iconSources } from '../icons';
import { deckHtml, taskpaneHtml } from './pages';

/** The environment from configuration: `ADDIN_BASE_URL` (https) for production, else local development. */
export function environmentOf(env: Record<string, string | undefined>, packageVersion: string): ManifestEnvironment {
  const version = `${packageVersion.replace(/[^0-9.].*$/, '')}.0`.split('.').slice(0, 4).join('.');
  const base = env.ADDIN_BASE_URL?.trim().replace(/\/+$/, '');
  if (base) {
    if (!/^https:\/\//.test(base)) throw new Error(`ADDIN_BASE_URL debe empezar por https:// (Office solo carga complementos por https): ${base}`);
    return { name: 'production', baseUrl: base, version };
  }
  return { name: 'dev', baseUrl: 'https://localhost:3000', version };
}

/** Renders an SVG icon to a PNG of `size` pixels. */
export function renderIcon(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());
}

export function generate(outDir: string, env: ManifestEnvironment): string[] {
  fs.mkdirSync(path.join(outDir, 'assets'), { recursive: true });
  const written: string[] = [];
  const write = (file: string, data: string | Buffer) => {
    fs.writeFileSync(path.join(outDir, file), data);
    written.push(file);
  };
  write('manifest.xml', excelManifestXml(env));
  write(addinFiles.functionsMetadata.es, `${JSON.stringify(functionsMetadata('es'), null, 2)}\n`);
  write(addinFiles.functionsMetadata.en, `${JSON.stringify(functionsMetadata('en'), null, 2)}\n`);
  write(addinFiles.page, taskpaneHtml());
  write('deck.html', deckHtml());
  const icons = iconSources(menuEntries.map((e) => e.id), Object.keys(menuGroups) as MenuGroup[]);
  for (const [name, svg] of icons) {
    const sizes: readonly number[] = name === 'app' ? appIconSizes : buttonIconSizes;
    for (const size of sizes) write(addinFiles.icon(name, size), renderIcon(svg, size));
  }
  return written;
}
