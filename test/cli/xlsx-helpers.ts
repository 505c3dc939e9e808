/** Shared by the .xlsx port tests: temporary folders, reading parts of a written package, writing results. */
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { CellMark, OutputSheet } from '../../core/output';
import { openWorkbookPackage, writeResultWorkbook } from '../../cli/xlsx';

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

/** The worksheet part of a sheet, through workbook.xml and its rels (read here independently of the code under test). */
export async function sheetXml(zip: JSZip, name: string): Promise<{ path: string; xml: string }> {
  const workbook = await part(zip, 'xl/workbook.xml');
  const escaped = name.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tag = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*/>`).exec(workbook);
  if (!tag) throw new Error(`no sheet ${name}`);
  const rId = /r:id="([^"]+)"/.exec(tag[0])![1];
  const rels = await part(zip, 'xl/_rels/workbook.xml.rels');
  const rel = [...rels.matchAll(/<Relationship [^>]*\/>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rId}"`))!;
  const target = /Target="([^"]+)"/.exec(rel)![1];
  const p = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  return { path: p, xml: await part(zip, p) };
}

/** Writes the result workbook of `input` with these sheets and marks; returns its path. */
export async function writeResult(input: string, out: string, sheets: readonly OutputSheet[], marks: readonly CellMark[] = []): Promise<string> {
  const pkg = await openWorkbookPackage(input);
  await writeResultWorkbook(pkg, out, sheets, marks);
  return out;
}

/** The fill and note of cells of a workbook file, as the writer reads them. */
export async function cellStates(file: string, cells: readonly { sheet: string; cell: string }[]): Promise<CellMark[]> {
  const pkg = await openWorkbookPackage(file);
  return cells.map(({ sheet, cell }) => ({ sheet, cell, ...pkg.cellState(sheet, cell) }));
}
