/**
 * When the service report has nothing to work on (issue 8, kind 7; cli.md exit 2): no `Canales` and
 * no log, their required columns missing, no data rows, or `--mes` naming a month without data. The
 * answer is one line for the user — what was found and what to do — and the host writes nothing.
 */
import { formatMonthInText, type Locale } from '../i18n';
import type { ServiceData, ServiceInputs } from '../service';
import { canalesSheet, logSheet } from '../template';
import type { RawWorkbook } from '../workbook';
import { findSpecSheet, isBlank, type SheetSpec } from '../table';
import type { ActionResult } from '../output';

/**
 * Why the service report cannot run — `no-data` (no sheet, columns or rows to read) or `month` (the
 * month asked for has no data) — with one line for the user; null when it can.
 */
export function serviceUnusableReason(data: ServiceData, inputs: ServiceInputs, month: string | undefined, locale: Locale): { kind: 'no-data' | 'month'; message: string } | null {
  const message = serviceUnusable(data, inputs, month, locale);
  if (!message) return null;
  return { kind: month !== undefined && serviceUnusable(data, inputs, undefined, locale) === null ? 'month' : 'no-data', message };
}

/** One line saying why the service report cannot run, or null when it can. */
export function serviceUnusable(data: ServiceData, inputs: ServiceInputs, month: string | undefined, locale: Locale): string | null {
  const es = locale === 'es';
  const { canales, log } = data;
  if (!canales.sheetName && !log.sheetName) {
    const near = data.findings.find((f) => f.code === 'missing-sheet' && f.params.sheet === canalesSheet.name[locale])?.suggestion;
    const hint = near ? (es ? ` ¿Es la hoja «${near}»? Cámbiele el nombre a «Canales».` : ` Is it the “${near}” sheet? Rename it “Canales”.`) : '';
    return es
      ? `el libro no tiene la hoja «Canales» ni el registro «Interacciones», que el informe de servicio necesita.${hint} La plantilla (cuentas-claras plantilla) muestra su forma.`
      : `the workbook has neither the “Canales” sheet nor the “Interacciones” log the service report needs.${hint} The template (cuentas-claras plantilla) shows their shape.`;
  }
  const usable = [canales, log].filter((t) => t.sheetName && t.missingColumns.length === 0);
  if (!usable.length) {
    const parts = [canales, log].filter((t) => t.sheetName).map((t) => {
      const spec = t === canales ? canalesSheet : logSheet;
      const missing = t.missingColumns.map((key) => {
        const col = spec.columns.find((c) => c.key === key)!;
        const suggestion = t.findings.find((f) => f.code === 'missing-column' && f.params.column === col.header[locale])?.suggestion;
        return suggestion ? `«${col.header[locale]}» (${es ? `¿es «${suggestion}»?` : `is it “${suggestion}”?`})` : `«${col.header[locale]}»`;
      });
      return es ? `a «${t.sheetName}» le faltan las columnas ${missing.join(', ')}` : `“${t.sheetName}” lacks the columns ${missing.join(', ')}`;
    });
    return es
      ? `${parts.join('; ')}. Corrija los encabezados de la fila 1 (las columnas pueden ir en cualquier orden).`
      : `${parts.join('; ')}. Fix the headers on row 1 (columns may be in any order).`;
  }
  if (usable.every((t) => ('rows' in t ? t.rows.length : t.length) === 0)) {
    const name = usable[0].sheetName!;
    return es ? `la hoja «${name}» no tiene datos: escríbalos desde la fila 2.` : `the “${name}” sheet has no data: write it from row 2 on.`;
  }
  if (month !== undefined && !inputs.months.includes(month)) {
    const { months } = inputs;
    const have = months.length
      ? es
        ? `los meses con datos son ${months.length === 1 ? months[0] : `${months[0]} a ${months[months.length - 1]}`}`
        : `the months with data are ${months.length === 1 ? months[0] : `${months[0]} to ${months[months.length - 1]}`}`
      : es
        ? 'ningún mes se pudo leer; ejecute sin --mes para ver los hallazgos'
        : 'no month could be read; run without --mes to see the findings';
    return es ? `no hay datos de ${formatMonthInText(month, locale)} (${month}): ${have}.` : `there is no data for ${formatMonthInText(month, locale)} (${month}): ${have}.`;
  }
  return null;
}

/**
 * For a template sheet left empty (its header row and nothing under it): the one line that says so,
 * "La hoja «PQRSD» está vacía; no se calcula." — an empty sheet is not a result of zeros (issue 10,
 * item 5). Null when the sheet is absent (that is the `missing-sheet` finding) or holds any value.
 */
export function emptySheetLine(workbook: RawWorkbook, spec: SheetSpec, locale: Locale): string | null {
  const sheet = findSpecSheet(workbook, spec);
  if (!sheet) return null;
  const values = sheet.values;
  for (let r = 1; r < values.length; r++) if (values[r]?.some((v) => !isBlank(v))) return null;
  return locale === 'es' ? `La hoja «${sheet.name}» está vacía; no se calcula.` : `The “${sheet.name}” sheet is empty; nothing is computed.`;
}

/**
 * The result of an action whose sheet is empty: nothing written, the line as the summary (as part of
 * `todo`), or the reason the command cannot run (on its own: exit 2, as for a missing sheet).
 */
export function emptySheetResult(line: string, partOfAll: boolean | undefined): ActionResult {
  if (partOfAll) return { sheets: [], files: [], findings: [], summary: [line] };
  return { sheets: [], files: [], findings: [], summary: [], unusable: line.charAt(0).toLowerCase() + line.slice(1) };
}
