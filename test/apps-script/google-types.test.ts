/**
 * The host's narrow interfaces (apps-script/google.ts) are subsets of the real services as
 * @types/google-apps-script declares them: each real type is assigned to its port below, so
 * `npm run typecheck` fails if a member the host (or a fake) relies on is missing or differs.
 * The manifest asks for exactly the scopes those services need.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as G from '../../apps-script/google';

type Real = {
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  range: GoogleAppsScript.Spreadsheet.Range;
  chart: GoogleAppsScript.Spreadsheet.EmbeddedChart;
  chartBuilder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  richText: GoogleAppsScript.Spreadsheet.RichTextValue;
  richTextBuilder: GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
  validation: GoogleAppsScript.Spreadsheet.DataValidation;
  validationBuilder: GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  ui: GoogleAppsScript.Base.Ui;
  menu: GoogleAppsScript.Base.Menu;
  lockService: GoogleAppsScript.Lock.LockService;
  lock: GoogleAppsScript.Lock.Lock;
  htmlService: GoogleAppsScript.HTML.HtmlService;
  htmlOutput: GoogleAppsScript.HTML.HtmlOutput;
  utilities: GoogleAppsScript.Utilities.Utilities;
  slidesApp: GoogleAppsScript.Slides.SlidesApp;
  presentation: GoogleAppsScript.Slides.Presentation;
  slide: GoogleAppsScript.Slides.Slide;
  shape: GoogleAppsScript.Slides.Shape;
  table: GoogleAppsScript.Slides.Table;
  tableCell: GoogleAppsScript.Slides.TableCell;
  textRange: GoogleAppsScript.Slides.TextRange;
  textStyle: GoogleAppsScript.Slides.TextStyle;
  paragraphStyle: GoogleAppsScript.Slides.ParagraphStyle;
  listStyle: GoogleAppsScript.Slides.ListStyle;
  fill: GoogleAppsScript.Slides.Fill;
  border: GoogleAppsScript.Slides.Border;
  charts: GoogleAppsScript.Charts.Charts;
  slidesApi: GoogleAppsScript.Slides;
};

/** Never called: its body is the compile-time check. */
export function realServicesFitThePorts(real: Real): unknown[] {
  const ports: [
    G.SpreadsheetApp, G.Spreadsheet, G.Sheet, G.Range, G.EmbeddedChart, G.EmbeddedChartBuilder, G.RichTextValue, G.RichTextValueBuilder,
    G.DataValidation, G.DataValidationBuilder, G.Ui, G.Menu, G.LockService, G.Lock, G.HtmlService, G.HtmlOutput, G.Utilities,
    G.SlidesApp, G.Presentation, G.Slide, G.Shape, G.Table, G.TableCell, G.TextRange, G.TextStyle, G.ParagraphStyle, G.ListStyle, G.Fill, G.Border, G.ChartsEnums, G.SlidesApi,
  ] = [
    real.spreadsheetApp, real.spreadsheet, real.sheet, real.range, real.chart, real.chartBuilder, real.richText, real.richTextBuilder,
    real.validation, real.validationBuilder, real.ui, real.menu, real.lockService, real.lock, real.htmlService, real.htmlOutput, real.utilities,
    real.slidesApp, real.presentation, real.slide, real.shape, real.table, real.tableCell, real.textRange, real.textStyle, real.paragraphStyle, real.listStyle, real.fill, real.border, real.charts, real.slidesApi,
  ];
  return ports;
}

describe('the Apps Script manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'manifests', 'appsscript.json'), 'utf8'));

  test('runs on V8 with the least scopes: this spreadsheet, its sidebar and menus, presentations', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/presentations',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    // An Editor add-on needs no add-on section (that is for Workspace add-ons).
    expect(manifest.addOns).toBeUndefined();
    // The advanced Slides service (the Slides API, under the same `presentations` scope) sizes table columns.
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Slides', serviceId: 'slides', version: 'v1' }]);
  });

  test('the host never asks a service outside those scopes', () => {
    const sources = fs.readdirSync(path.join(__dirname, '..', '..', 'apps-script')).filter((f) => f.endsWith('.ts'));
    const text = sources.map((f) => fs.readFileSync(path.join(__dirname, '..', '..', 'apps-script', f), 'utf8')).join('\n');
    for (const service of ['DriveApp', 'UrlFetchApp', 'GmailApp', 'PropertiesService', 'ScriptApp', 'SpreadsheetApp.openById', 'insertSheetsChart']) {
      expect({ service, used: new RegExp(`\\b${service.replace('.', '\\.')}\\b`).test(text.replace(/\/\*\*[\s\S]*?\*\/|\/\/.*$/gm, '')) }).toEqual({ service, used: false });
    }
  });
});
