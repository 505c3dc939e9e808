/**
 * The Office.js globals the add-in touches outside `Excel.run` (office.js itself is loaded from
 * Microsoft's CDN, never bundled). Declared narrowly, so the bundle depends on nothing else.
 */
export interface OfficeGlobal {
  onReady(callback?: (info: { host: string | null; platform: string | null }) => void): Promise<{ host: string | null; platform: string | null }>;
  context: {
    displayLanguage?: string;
    platform?: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui?: { openBrowserWindow?(url: string): void };
  };
  actions?: { associate(name: string, handler: (event: { completed(options?: unknown): void }) => unknown): void };
  addin?: { showAsTaskpane(): Promise<void> };
}

export interface ExcelGlobal {
  run(...args: unknown[]): Promise<unknown>;
}

export interface CustomFunctionsGlobal {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

const g = globalThis as unknown as { Office?: OfficeGlobal; Excel?: ExcelGlobal; CustomFunctions?: CustomFunctionsGlobal };

export const officeGlobal = (): OfficeGlobal | undefined => g.Office;
export const excelGlobal = (): ExcelGlobal | undefined => g.Excel;
export const customFunctionsGlobal = (): CustomFunctionsGlobal | undefined => g.CustomFunctions;
