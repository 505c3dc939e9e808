/**
 * office.js as the Chromium test serves it (in place of Microsoft's CDN copy): `Office.onReady`
 * resolves with the Excel host, `Office.actions.associate` records, and `Excel.run` runs over the
 * same in-memory fake the unit tests use, loaded with the workbook the test injects
 * (`window.__ccBookJson`). `window.__cc` exposes the fake book for the test's assertions.
 */
import { FakeExcelHost, CellStore, type FakeBook, type FakeCell, type FakeSheet } from './fake-excel';

/** The JSON form of a fake book (cells as `[row, col, cell]`). */
export interface FakeBookJson {
  dateSystem: '1900' | '1904';
  sheets: (Omit<FakeSheet, 'cells' | 'columnWidths'> & { cells: [number, number, FakeCell][] })[];
}

export function bookToJson(book: FakeBook): FakeBookJson {
  return { dateSystem: book.dateSystem, sheets: book.sheets.map((s) => ({ ...s, cells: [...s.cells.entries()], columnWidths: undefined as never })) };
}

export function bookFromJson(json: FakeBookJson): FakeBook {
  return {
    dateSystem: json.dateSystem,
    selection: null,
    activeSheet: json.sheets[0]?.name ?? null,
    sheets: json.sheets.map((s) => {
      const cells = new CellStore();
      for (const [r, c, cell] of s.cells) cells.set(r, c, cell);
      return { ...s, cells, columnWidths: new Map() } as FakeSheet;
    }),
  };
}

declare global {
  interface Window {
    __ccBookJson?: FakeBookJson;
    __ccFailWith?: string;
    __cc?: { book: FakeBook; host: FakeExcelHost; ribbon: Map<string, unknown>; opened: string[] };
  }
}

if (typeof window !== 'undefined' && window.__ccBookJson) {
  const book = bookFromJson(window.__ccBookJson);
  const host = new FakeExcelHost(book);
  const ribbon = new Map<string, unknown>();
  const opened: string[] = [];
  window.__cc = { book, host, ribbon, opened };
  const w = window as unknown as Record<string, unknown>;
  w.Office = {
    onReady: (cb?: (info: unknown) => void) => {
      const info = { host: 'Excel', platform: 'PC' };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: 'es-CO',
      platform: 'PC',
      requirements: { isSetSupported: (name: string, v: string) => host.isSetSupported(name, v) },
      ui: { openBrowserWindow: (url: string) => void opened.push(url) },
    },
    actions: { associate: (name: string, fn: unknown) => void ribbon.set(name, fn) },
    addin: { showAsTaskpane: async () => undefined },
  };
  w.Excel = {
    run: (a: unknown, b?: unknown) => {
      if (window.__ccFailWith) {
        const e = new Error(window.__ccFailWith);
        (e as Error & { code: string }).code = window.__ccFailWith;
        return Promise.reject(e);
      }
      return typeof a === 'function' ? host.run(a as never) : host.run(b as never, a as never);
    },
  };
}
