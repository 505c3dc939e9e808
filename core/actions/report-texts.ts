/**
 * The report's own texts, read from their optional sheets (workbook.md): `Entregas de valor` (one
 * bullet per row), `Notas del informe` (a note per month) and `Glosario` (definitions). A row that
 * cannot be read is a finding; an absent sheet is nothing.
 */
import type { RawWorkbook } from '../workbook';
import type { Locale } from '../i18n';
import type { Finding } from '../findings';
import { makeFinding } from '../findings';
import { closest } from '../text';
import { channelEnum, parseEnum, readTable } from '../table';
import { glossarySheet, reportNotesSheet, valueDeliveriesSheet } from '../template';
import type { GlossaryEntry, ValueDelivery } from '../deck';

export interface ReportTexts {
  valueDelivered: ValueDelivery[];
  notes: { month: string; text: string }[];
  glossary: GlossaryEntry[];
  findings: Finding[];
}

/** Reads the three sheets; every row keeps the sheet's order. */
export function readReportTexts(workbook: RawWorkbook, locale: Locale = 'es'): ReportTexts {
  const out: ReportTexts = { valueDelivered: [], notes: [], glossary: [], findings: [] };
  const deliveries = readTable(workbook, valueDeliveriesSheet, locale);
  out.findings.push(...deliveries.findings);
  for (const r of deliveries.rows) {
    const { month, channel, text } = r.values;
    if (!r.complete || !month || !text) continue;
    let ch: ValueDelivery['channel'] = null;
    if (channel) {
      const parsed = parseEnum(channel.value, channelEnum);
      if (parsed.kind !== 'ok') {
        const allowed = channelEnum.values.map((v) => v.value);
        out.findings.push(
          makeFinding('unknown-value', {
            sheet: channel.sheet,
            cell: channel.cell,
            params: { column: valueDeliveriesSheet.columns[1].header[locale], value: channel.value, allowed: allowed.join(', ') },
            suggestion: closest(channel.value, allowed) ?? null,
          }, locale),
        );
        continue;
      }
      ch = parsed.value;
    }
    out.valueDelivered.push({ month: month.value, channel: ch, text: text.value.trim() });
  }
  const notes = readTable(workbook, reportNotesSheet, locale);
  out.findings.push(...notes.findings);
  for (const r of notes.rows) {
    if (r.complete && r.values.month && r.values.text) out.notes.push({ month: r.values.month.value, text: r.values.text.value.trim() });
  }
  const glossary = readTable(workbook, glossarySheet, locale);
  out.findings.push(...glossary.findings);
  for (const r of glossary.rows) {
    if (r.values.term) out.glossary.push({ term: r.values.term.value.trim(), definition: r.values.definition?.value.trim() || null });
  }
  return out;
}
