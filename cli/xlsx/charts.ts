/**
 * Which sheets of an input package hold charts (the reader reports them). Chart writing lives in
 * writer/charts.ts.
 */
import type JSZip from 'jszip';
import { readRels, relTypes, resolveTarget } from './ooxml';

/** Names of the sheets of a package that hold charts (in a drawing) or are chart sheets: exceljs loses them on reading. */
export async function sheetsWithCharts(zip: JSZip, sheets: readonly { name: string; path: string; kind: string }[]): Promise<string[]> {
  const names: string[] = [];
  for (const sheet of sheets) {
    if (sheet.kind === 'chartsheet') {
      names.push(sheet.name);
      continue;
    }
    if (!sheet.path) continue;
    for (const rel of await readRels(zip, sheet.path)) {
      if (rel.type !== relTypes.drawing || rel.external) continue;
      const drawing = resolveTarget(sheet.path, rel.target);
      if ((await readRels(zip, drawing)).some((r) => r.type === relTypes.chart)) {
        names.push(sheet.name);
        break;
      }
    }
  }
  return names;
}
