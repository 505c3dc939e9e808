/** Shared by the .xlsx port tests: temporary folders and reading parts of a written package. */
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-xlsx-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function openPackage(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}

export async function part(zip: JSZip, name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name}; parts: ${Object.keys(zip.files).join(', ')}`);
  return f.async('string');
}

/** The worksheet part of a sheet, through workbook.xml and its rels. */
export async function sheetXml(zip: JSZip, name: string): Promise<{ path: string; xml: string }> {
  const { sheetParts } = await import('../../cli/xlsx/ooxml');
  const p = (await sheetParts(zip)).find((s) => s.name === name);
  if (!p) throw new Error(`no sheet ${name}`);
  return { path: p.path, xml: await part(zip, p.path) };
}
