/**
 * The *Análisis* slide: sentences generated from the month's figures in the report's style
 * ("El canal presencial tiene un 99,8 % de satisfacción. Califican 1.085 personas de 1.371, es
 * decir el 79 %."). A sentence is written only when every figure it quotes exists.
 */
import { formatMonthInText, type Locale } from '../i18n';
import { previousMonth } from '../table';
import type { DeckParagraph, TextRun } from './plan';
import { reportChannels, showCount, showPercent, surveyChannels, type MonthFigures } from './figures';
import { channelPhrase } from './text';

/** Fewer respondents than this make a sample small: its 95 % interval is stated. */
export const smallSample = 100;

export type SurveyId = 'satisfaction' | 'perception' | 'trust';

/** Splits `**bold**` markers into runs. */
export function runsOf(text: string): TextRun[] {
  const runs: TextRun[] = [];
  text.split('**').forEach((part, i) => {
    if (part) runs.push({ text: part, bold: i % 2 === 1 });
  });
  return runs;
}

const heading = (text: string): DeckParagraph => ({ kind: 'heading', runs: [{ text, bold: true }] });
const body = (text: string): DeckParagraph => ({ kind: 'body', runs: runsOf(text) });

/** `a`, `a y b`, `a, b y c` (`and` in English). */
export function joinList(parts: readonly string[], locale: Locale): string {
  if (parts.length <= 1) return parts.join('');
  const and = locale === 'es' ? ' y ' : ' and ';
  return `${parts.slice(0, -1).join(', ')}${and}${parts[parts.length - 1]}`;
}

/** The service analysis (volumes, change, first contact, calls): body paragraphs, only with figures that exist. */
export function serviceParagraphs(fig: MonthFigures, locale: Locale): DeckParagraph[] {
  const es = locale === 'es';
  const pct = (v: number) => showPercent(v, 1, locale);
  const count = (v: number) => showCount(v, locale);
  const phrase = (c: string) => channelPhrase[c][locale];
  const total = fig.get('interactions', 'ANM');
  const byChannel = reportChannels
    .map((c) => ({ c, n: fig.get('interactions', c), share: fig.get('channel_share', c) }))
    .filter((x): x is { c: (typeof reportChannels)[number]; n: number; share: number | undefined } => x.n !== undefined)
    .sort((a, b) => b.n - a.n);
  let volume: string | null = null;
  if (total !== undefined && byChannel.length) {
    const parts = byChannel.map((x) => `${count(x.n)} ${es ? 'en el' : 'in the'} ${phrase(x.c)}${x.share !== undefined ? ` (${pct(x.share)})` : ''}`);
    volume = es
      ? `En el mes se atendieron **${count(total)}** interacciones: ${joinList(parts, locale)}.`
      : `**${count(total)}** interactions were attended this month: ${joinList(parts, locale)}.`;
  }
  const changes = reportChannels
    .map((c) => ({ c, v: fig.get('month_over_month', c) }))
    .filter((x): x is { c: (typeof reportChannels)[number]; v: number } => x.v !== undefined)
    .map((x) => `${es ? 'el' : 'the'} ${phrase(x.c)} ${movement(x.v, locale)}`);
  const totalChange = fig.get('month_over_month', 'ANM');
  let change: string | null = null;
  if (changes.length || totalChange !== undefined) {
    const before = formatMonthInText(previousMonth(fig.month), locale);
    const head = totalChange !== undefined ? (es ? `el total ${movement(totalChange, locale)}` : `the total ${movement(totalChange, locale)}`) : '';
    const tail = joinList(changes, locale);
    const joined = head && tail ? `${head}: ${tail}` : head || tail;
    change = es ? `Frente a ${before}, ${joined}.` : `Compared with ${before}, ${joined}.`;
  }
  const fcr = reportChannels
    .map((c) => ({ c, v: fig.get('first_contact_resolution', c) }))
    .filter((x): x is { c: (typeof reportChannels)[number]; v: number } => x.v !== undefined)
    .sort((a, b) => surveyChannels.indexOf(a.c) - surveyChannels.indexOf(b.c))
    .map((x) => (es ? `del ${pct(x.v)} en el ${phrase(x.c)}` : `${pct(x.v)} in the ${phrase(x.c)}`));
  const firstContact = fcr.length ? (es ? `La solución en primer contacto fue ${joinList(fcr, locale)}.` : `First-contact resolution was ${joinList(fcr, locale)}.`) : null;
  const answered = fig.get('answered_call_rate', 'Telefónico');
  const calls = answered !== undefined ? (es ? `Se contestó el ${pct(answered)} de las llamadas entrantes.` : `${pct(answered)} of incoming calls were answered.`) : null;
  return [volume, change, firstContact, calls].filter((x): x is string => !!x).map(body);
}

/**
 * One survey indicator's analysis, as the report's *Análisis de la Satisfacción / Percepción /
 * Confianza*: the entity-wide headline, then each channel's figure with its sample ("Califican
 * 1.085 personas de 1.371, es decir el 79 %."), then the 95 % interval of each small sample.
 */
export function surveyParagraphs(fig: MonthFigures, id: SurveyId, locale: Locale): DeckParagraph[] {
  const sentences = [surveyHeadline(fig, id, locale), ...surveyByChannel(fig, id, locale), ...smallSamples(fig, id, locale)];
  return sentences.filter((x): x is string => !!x).map(body);
}

/** Every analysis paragraph of a month (service, then the three survey indicators), headings first in each section. */
export function analysisParagraphs(fig: MonthFigures, locale: Locale): DeckParagraph[] {
  const es = locale === 'es';
  const out: DeckParagraph[] = [];
  const section = (title: string, paragraphs: DeckParagraph[]) => {
    if (paragraphs.length) out.push(heading(title), ...paragraphs);
  };
  section(es ? 'Atención en el mes' : 'Service this month', serviceParagraphs(fig, locale));
  section(es ? 'Satisfacción' : 'Satisfaction', surveyParagraphs(fig, 'satisfaction', locale));
  section(es ? 'Percepción' : 'Perception', surveyParagraphs(fig, 'perception', locale));
  section(es ? 'Confianza' : 'Trust', surveyParagraphs(fig, 'trust', locale));
  return out;
}

/** `creció un 61,9 %`, `cayó un 73,8 %`, `se mantuvo`. */
function movement(points: number, locale: Locale): string {
  const size = showPercent(Math.abs(points), 1, locale);
  if (Math.abs(points) < 0.05) return locale === 'es' ? 'se mantuvo' : 'held steady';
  if (locale === 'es') return points > 0 ? `creció un ${size}` : `cayó un ${size}`;
  return points > 0 ? `grew ${size}` : `fell ${size}`;
}

function surveyHeadline(fig: MonthFigures, id: SurveyId, locale: Locale): string | null {
  const v = fig.get(id, 'ANM');
  if (v === undefined) return null;
  const p = showPercent(v, 1, locale);
  if (locale === 'es') {
    switch (id) {
      case 'satisfaction':
        return `El **${p}** de los usuarios que calificaron la encuesta de satisfacción en el mes se declaran satisfechos con la atención recibida.`;
      case 'perception':
        return `El **${p}** de los usuarios que calificaron la encuesta de percepción en el mes tienen una percepción favorable de la imagen y el papel de la entidad.`;
      case 'trust':
        return `El **${p}** de los usuarios que calificaron la encuesta sienten confianza y credibilidad hacia la entidad con respecto a los trámites que adelantan.`;
    }
  }
  switch (id) {
    case 'satisfaction':
      return `**${p}** of the users who answered the satisfaction survey this month were satisfied with the service.`;
    case 'perception':
      return `**${p}** of the users who answered the perception survey this month have a favourable view of the entity’s image and role.`;
    case 'trust':
      return `**${p}** of the users who answered the survey trust the entity and find it credible in the procedures they carry out with it.`;
  }
}

const surveyNoun: Record<SurveyId, Record<Locale, string>> = {
  satisfaction: { es: 'satisfacción', en: 'satisfaction' },
  perception: { es: 'percepción favorable', en: 'favourable perception' },
  trust: { es: 'confianza', en: 'trust' },
};

/** One sentence pair per channel: its figure, then who answered (the report's order: in person, then phone). */
function surveyByChannel(fig: MonthFigures, id: SurveyId, locale: Locale): string[] {
  const es = locale === 'es';
  const out: string[] = [];
  for (const c of surveyChannels) {
    const v = fig.get(id, c);
    if (v === undefined) continue;
    const p = showPercent(v, 1, locale);
    let s = es ? `El ${channelPhrase[c].es} tiene un ${p} de ${surveyNoun[id].es}.` : `The ${channelPhrase[c].en} has ${p} ${surveyNoun[id].en}.`;
    const n = fig.respondents(c);
    const total = fig.get('interactions', c);
    const rate = fig.get('survey_response_rate', c);
    if (n !== undefined && total !== undefined && rate !== undefined) {
      // The report rounds the response rate to whole points ("es decir el 79 %").
      const r = showPercent(Math.round(rate), 0, locale);
      s += es
        ? ` Califican ${showCount(n, locale)} personas de ${showCount(total, locale)}, es decir el ${r}.`
        : ` ${showCount(n, locale)} people of ${showCount(total, locale)} answered, that is ${r}.`;
    }
    out.push(s);
  }
  return out;
}

/** For each channel whose sample is small, the 95 % interval of the indicator. */
function smallSamples(fig: MonthFigures, id: SurveyId, locale: Locale): string[] {
  const out: string[] = [];
  for (const c of surveyChannels) {
    const n = fig.respondents(c);
    const low = fig.get(`${id}_ci_low`, c);
    const high = fig.get(`${id}_ci_high`, c);
    if (n === undefined || n >= smallSample || low === undefined || high === undefined) continue;
    const range = `${showPercent(low, 1, locale)} ${locale === 'es' ? 'y' : 'and'} ${showPercent(high, 1, locale)}`;
    out.push(
      locale === 'es'
        ? `La muestra del ${channelPhrase[c].es} es pequeña (${showCount(n, locale)} encuestados): con un 95 % de confianza, su ${surveyNoun[id].es} está entre ${range}.`
        : `The ${channelPhrase[c].en} sample is small (${showCount(n, locale)} respondents): with 95 % confidence its ${surveyNoun[id].en} lies between ${range}.`,
    );
  }
  return out;
}
