/**
 * The catalogue of findings: one entry per code (checks.md), in the style of Frictionless's error
 * types. Code, docs (README) and tests are generated from or checked against this registry.
 * Message templates name their parameters as `{name}`; numbers are formatted per locale.
 */
import type { Bilingual } from '../i18n';

export type Severity = 'error' | 'warning' | 'info';
export const severities: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingType {
  title: Bilingual;
  /** What it means for a coordinator. */
  description: Bilingual;
  /** The default severity; `severityRule` says when another applies. */
  severity: Severity;
  severityRule?: Bilingual;
  message: Bilingual;
  tags: readonly ('reading' | 'service' | 'published' | 'accountability' | 'pqrsd')[];
}

export const findingCatalogue = {
  'missing-sheet': {
    title: { es: 'Hoja faltante', en: 'Missing sheet' },
    description: {
      es: 'Falta una hoja que la acción necesita. Si es obligatoria, la acción no puede calcular; si es opcional, hace lo que puede con el resto.',
      en: 'A sheet the action needs is absent. When required, the action cannot compute; when optional, it does what it can with the rest.',
    },
    severity: 'error',
    severityRule: { es: 'error si la hoja es obligatoria; si no, info', en: 'error when the sheet is required, else info' },
    message: { es: 'Falta la hoja «{sheet}»{purpose}.', en: 'The sheet “{sheet}” is missing{purpose}.' },
    tags: ['reading'],
  },
  'missing-column': {
    title: { es: 'Columna faltante', en: 'Missing column' },
    description: {
      es: 'Falta una columna obligatoria en la fila de encabezados (fila 1). Revise que el encabezado esté escrito como en la plantilla.',
      en: 'A required column is absent from the header row (row 1). Check that the header is written as in the template.',
    },
    severity: 'error',
    message: { es: 'Falta la columna «{column}» en la hoja {sheet}.', en: 'Column “{column}” is missing in sheet {sheet}.' },
    tags: ['reading'],
  },
  'unknown-column': {
    title: { es: 'Encabezado no reconocido', en: 'Unrecognised header' },
    description: {
      es: 'Un encabezado no coincide con ninguna columna pero se parece a una que la hoja no tiene (por ejemplo «Satisfacion» por «Satisfacción»). La columna no se lee hasta corregir el encabezado.',
      en: 'A header matches no column but is close to one the sheet lacks (e.g. “Satisfacion” for “Satisfacción”). The column is not read until the header is fixed.',
    },
    severity: 'warning',
    message: {
      es: 'El encabezado «{value}» de {sheet}!{cell} no coincide con ninguna columna; ¿es «{column}»? Esa columna no se lee hasta corregirlo.',
      en: 'The header “{value}” at {sheet}!{cell} matches no column; is it “{column}”? That column is not read until it is fixed.',
    },
    tags: ['reading'],
  },
  'missing-value': {
    title: { es: 'Dato obligatorio vacío', en: 'Missing value' },
    description: {
      es: 'Una celda obligatoria está vacía (por ejemplo Mes, Canal o Interacciones de una fila de Canales). La fila no se usa hasta completarla.',
      en: 'A required cell is blank (e.g. Mes, Canal or Interacciones of a Canales row). The row is not used until it is filled in.',
    },
    severity: 'error',
    message: { es: 'Falta «{column}» en {sheet}!{cell}.', en: '“{column}” is blank in {sheet}!{cell}.' },
    tags: ['reading'],
  },
  'formula-without-result': {
    title: { es: 'Fórmula sin resultado', en: 'Formula without a result' },
    description: {
      es: 'La celda tiene una fórmula cuyo resultado nunca se calculó: el archivo lo escribió otro programa y no se ha abierto en una hoja de cálculo. Ábralo y guárdelo en Excel o LibreOffice para que se calcule. Mientras tanto el valor no se lee (no es vacío ni cero) y lo que depende de él no se calcula.',
      en: 'The cell holds a formula whose result was never computed: another program wrote the file and it has not been opened in a spreadsheet. Open and save it in Excel or LibreOffice so it is computed. Until then the value is not read (it is neither blank nor zero) and what depends on it is not computed.',
    },
    severity: 'error',
    message: {
      es: '{sheet}!{cell} («{column}») tiene una fórmula sin resultado calculado: abra el libro en Excel o LibreOffice y guárdelo para que se calcule.',
      en: '{sheet}!{cell} (“{column}”) holds a formula without a computed result: open the workbook in Excel or LibreOffice and save it so it is computed.',
    },
    tags: ['reading'],
  },
  'invalid-number': {
    title: { es: 'Número no válido', en: 'Invalid number' },
    description: {
      es: 'Una celda que debe tener un número contiene otra cosa. No se toma como cero: el valor queda sin calcular.',
      en: 'A cell that must hold a number holds something else. It is not taken as zero: the value is left out.',
    },
    severity: 'error',
    message: { es: '«{value}» no es un número válido para «{column}» en {sheet}!{cell}.', en: '“{value}” is not a valid number for “{column}” in {sheet}!{cell}.' },
    tags: ['reading'],
  },
  'negative-count': {
    title: { es: 'Conteo negativo', en: 'Negative count' },
    description: { es: 'Un conteo (interacciones, llamadas, encuestados) es menor que cero.', en: 'A count (interactions, calls, respondents) is below zero.' },
    severity: 'error',
    message: { es: '«{column}» no puede ser negativo ({value}) en {sheet}!{cell}.', en: '“{column}” cannot be negative ({value}) in {sheet}!{cell}.' },
    tags: ['reading'],
  },
  'non-integer-count': {
    title: { es: 'Conteo con decimales', en: 'Non-integer count' },
    description: { es: 'Un conteo tiene parte decimal; los conteos son números enteros.', en: 'A count has a fraction; counts are whole numbers.' },
    severity: 'error',
    message: { es: '«{column}» debe ser un número entero ({value}) en {sheet}!{cell}.', en: '“{column}” must be a whole number ({value}) in {sheet}!{cell}.' },
    tags: ['reading'],
  },
  'percent-out-of-range': {
    title: { es: 'Porcentaje fuera de rango', en: 'Percentage out of range' },
    description: { es: 'Un porcentaje es menor que 0 % o mayor que 100 %.', en: 'A percentage is below 0 % or above 100 %.' },
    severity: 'error',
    message: { es: '«{column}» debe estar entre 0 % y 100 % ({value}) en {sheet}!{cell}.', en: '“{column}” must be between 0 % and 100 % ({value}) in {sheet}!{cell}.' },
    tags: ['reading'],
  },
  'ambiguous-percent': {
    title: { es: 'Porcentaje ambiguo', en: 'Ambiguous percentage' },
    description: {
      es: 'Una columna de porcentajes mezcla fracciones (0,983) y puntos (98,3) y el formato de la celda no dice cuál es: 0,998 puede ser 99,8 % o 0,998 %. No se adivina: el hallazgo señala las celdas que difieren de la forma de la mayoría (una fracción entre puntos, o un valor en puntos entre fracciones) y ninguna fracción sin formato de esa columna se usa. Escriba el valor con su signo % o dé a la celda formato de porcentaje.',
      en: 'A percentage column mixes fractions (0.983) and points (98.3) and the cell’s format does not tell which: 0.998 may be 99.8 % or 0.998 %. No guess is made: the finding points at the cells that differ from the majority’s form (a fraction among points, or a points value among fractions) and no unformatted fraction of that column is used. Write the value with its % sign or format the cell as a percentage.',
    },
    severity: 'error',
    message: {
      // {reading}: `puede ser 99,8 % o 0,998 %`, or, for a points value among fractions, why it stands out.
      es: '«{value}» en {sheet}!{cell} {reading}: la columna «{column}» mezcla fracciones y puntos. Escríbalo con su signo % o dé a la celda formato de porcentaje.',
      en: '“{value}” at {sheet}!{cell} {reading}: the “{column}” column mixes fractions and points. Write it with its % sign or format the cell as a percentage.',
    },
    tags: ['reading'],
  },
  'invalid-month': {
    title: { es: 'Mes no válido', en: 'Invalid month' },
    description: {
      es: 'El mes no se reconoce o no es plausible. Formas válidas: una fecha, 2025-02, 02/2025, 202502, febrero 2025, feb-25, Febrero de 2025, o el número o nombre del mes junto a una columna «Año». Un número es un mes solo si puede serlo (una fecha de Excel entre 2000 y 2100, o AAAAMM); un mes fuera de los años admitidos (por omisión 2000–2100) también es un hallazgo.',
      en: 'The month is not recognised or not plausible. Valid forms: a date, 2025-02, 02/2025, 202502, febrero 2025, feb-25, Febrero de 2025, or the month’s number or name beside a “Año” column. A number is a month only where it can be one (an Excel date between 2000 and 2100, or YYYYMM); a month outside the accepted years (2000–2100 by default) is a finding too.',
    },
    severity: 'error',
    // {detail} is '' or why (`: el año 1905 está fuera del rango admitido (2000–2100)`).
    message: { es: '«{value}» no es un mes válido en {sheet}!{cell}{detail}.', en: '“{value}” is not a valid month in {sheet}!{cell}{detail}.' },
    tags: ['reading'],
  },
  'invalid-date': {
    title: { es: 'Fecha no válida', en: 'Invalid date' },
    description: {
      es: 'La fecha no existe, no se reconoce o no es plausible. Se lee siempre día/mes/año (dd/mm/aaaa) o aaaa-mm-dd; una fecha fuera de los años admitidos (por omisión 2000–2100) también es un hallazgo.',
      en: 'The date does not exist, is not recognised or is not plausible. Dates are read day first (dd/mm/yyyy) or yyyy-mm-dd; a date outside the accepted years (2000–2100 by default) is a finding too.',
    },
    severity: 'error',
    // {detail} is '' or why (`: el año 1905 está fuera del rango admitido (2000–2100)`).
    message: { es: '«{value}» no es una fecha válida en {sheet}!{cell}{detail}.', en: '“{value}” is not a valid date in {sheet}!{cell}{detail}.' },
    tags: ['reading'],
  },
  'unknown-value': {
    title: { es: 'Valor no permitido', en: 'Unknown value' },
    description: {
      es: 'El valor no está en la lista permitida (canal, tipo de punto, sí/no, estado…). Se sugiere el valor permitido más parecido.',
      en: 'The value is not in the allowed list (channel, point type, yes/no, status…). The closest allowed value is suggested.',
    },
    severity: 'error',
    message: { es: '«{value}» no es un valor permitido para «{column}» en {sheet}!{cell} (permitidos: {allowed}).', en: '“{value}” is not an allowed value for “{column}” in {sheet}!{cell} (allowed: {allowed}).' },
    tags: ['reading'],
  },
  'duplicate-row': {
    title: { es: 'Fila duplicada', en: 'Duplicate row' },
    description: {
      es: 'Dos filas tienen la misma clave (Mes y Canal en Canales; Mes y Punto en Presencial por punto; Mes, Canal y Tipo; Mes y Concepto). Los cálculos usan la primera fila completa; deje una sola.',
      en: 'Two rows share a key (Mes and Canal in Canales; Mes and Punto in Presencial por punto; Mes, Canal and Tipo; Mes and Concepto). Computations use the first complete row; keep only one.',
    },
    severity: 'error',
    message: {
      es: 'La fila {row} de {sheet} repite la clave de la fila {firstRow} ({key}); deje una sola fila.',
      en: 'Row {row} of {sheet} repeats the key of row {firstRow} ({key}); keep only one row.',
    },
    tags: ['service'],
  },
  'missing-row': {
    title: { es: 'Falta la fila de un canal', en: 'Channel row missing' },
    description: {
      es: 'Un mes no tiene la fila de un canal que los meses anteriores sí tienen. Sin ella no se calculan las cifras de toda la entidad de ese mes (total, participaciones, acumulado del año, variación mensual): serían parciales. Si el canal no tuvo interacciones, escriba 0.',
      en: 'A month lacks the row of a channel that earlier months have. Without it the entity-wide figures of that month (total, shares, year to date, month-over-month) are not computed: they would be partial. If the channel had no interactions, write 0.',
    },
    severity: 'error',
    message: {
      es: 'Falta la fila de {channel} de {month} en {sheet}; los meses anteriores la tienen. Las cifras de toda la entidad de {month} no se calculan. Si no hubo interacciones, escriba 0.',
      en: 'The {channel} row of {month} is missing in {sheet}; earlier months have it. The entity-wide figures of {month} are not computed. If there were no interactions, write 0.',
    },
    tags: ['service'],
  },
  'partial-first-month': {
    title: { es: 'Primer mes con menos canales', en: 'First month with fewer channels' },
    description: {
      es: 'El primer mes de los datos tiene solo algunos de los canales que tienen los meses siguientes (por ejemplo, una fila suelta de otro año). Sus cifras de toda la entidad (total, participaciones, acumulado del año, variación mensual) no se calculan: serían parciales. Complete los canales de ese mes o quite la fila si no corresponde.',
      en: 'The first month of the data has only some of the channels the following months have (for example, a stray row from another year). Its entity-wide figures (total, shares, year to date, month-over-month) are not computed: they would be partial. Complete that month’s channels or remove the row if it does not belong.',
    },
    severity: 'error',
    message: {
      es: '{month} solo tiene {present} en {sheet}; los meses siguientes tienen {expected}. Las cifras de toda la entidad de {month} no se calculan (serían parciales). Complete los canales de {month} o quite la fila si no corresponde.',
      en: '{month} only has {present} in {sheet}; the following months have {expected}. The entity-wide figures of {month} are not computed (they would be partial). Complete the channels of {month} or remove the row if it does not belong.',
    },
    tags: ['service'],
  },
  'part-exceeds-total': {
    title: { es: 'Parte mayor que el total', en: 'Part exceeds total' },
    description: {
      es: 'Una parte supera a su total: resueltas en primer contacto o encuestados más que interacciones, llamadas contestadas más que entrantes.',
      en: 'A part exceeds its total: first-contact resolutions or respondents above interactions, answered calls above incoming calls.',
    },
    severity: 'error',
    message: { es: '{part} ({partValue}) supera {total} ({totalValue}) en {context}.', en: '{part} ({partValue}) exceeds {total} ({totalValue}) in {context}.' },
    tags: ['service'],
  },
  'sum-mismatch': {
    title: { es: 'La suma no cuadra', en: 'Sum mismatch' },
    description: {
      es: 'Un desglose suma más que su total (puntos de atención, tipos de interacción) o, en Presencial por punto, distinto del total del canal.',
      en: 'A breakdown adds up to more than its total (service points, interaction types) or, for Presencial por punto, differs from the channel total.',
    },
    severity: 'error',
    message: {
      es: '{breakdown} suma {sum} interacciones, pero {total} registra {totalValue} para {context}.',
      en: '{breakdown} adds up to {sum} interactions, but {total} records {totalValue} for {context}.',
    },
    tags: ['service'],
  },
  'incomplete-breakdown': {
    title: { es: 'Desglose incompleto', en: 'Incomplete breakdown' },
    description: { es: 'Un desglose cubre menos que su total (por ejemplo 92 de 142 llamadas tipificadas).', en: 'A breakdown covers less than its total (e.g. 92 of 142 calls typified).' },
    severity: 'warning',
    message: {
      es: '{breakdown} cubre {sum} de las {totalValue} interacciones ({share}) de {context}.',
      en: '{breakdown} covers {sum} of the {totalValue} interactions ({share}) of {context}.',
    },
    tags: ['service'],
  },
  'log-aggregate-mismatch': {
    title: { es: 'El registro no coincide con Canales', en: 'Log does not match Canales' },
    description: { es: 'Las cifras calculadas del registro de interacciones difieren de la fila de Canales del mismo mes y canal.', en: 'The figures aggregated from the interaction log differ from the Canales row of the same month and channel.' },
    severity: 'error',
    message: {
      es: 'El registro «{log}» (filas {rows}) da {column} = {logValue} para {context}, pero {sheet} dice {value}.',
      en: 'The “{log}” log (rows {rows}) gives {column} = {logValue} for {context}, but {sheet} says {value}.',
    },
    tags: ['service'],
  },
  'reported-mismatch': {
    title: { es: 'Cifra publicada distinta', en: 'Published figure differs' },
    description: {
      es: 'Una cifra de la hoja Reportado no coincide con la calculada, más allá de su precisión (78 % admite ±0,5 puntos; 98,6 % admite ±0,05).',
      en: 'A figure in the Reportado sheet differs from the computed one beyond its precision (78 % allows ±0.5 points; 98.6 % allows ±0.05).',
    },
    severity: 'error',
    severityRule: {
      es: 'error si un porcentaje difiere más de 0,5 puntos (más de lo que explica cualquier redondeo) o un conteo en cualquier cantidad; si no, advertencia',
      en: 'error when a percentage is off by more than 0.5 points (more than any rounding explains) or a count by any amount; else warning',
    },
    message: {
      es: 'La cifra publicada de {indicator} ({reported}) no coincide con la calculada ({computed}) para {context}.',
      en: 'The published {indicator} ({reported}) does not match the computed value ({computed}) for {context}.',
    },
    tags: ['published'],
  },
  'reported-rounding': {
    title: { es: 'Diferencia por redondeo', en: 'Rounding difference' },
    description: {
      es: 'Una cifra publicada difiere solo porque se calculó con otras cifras publicadas ya redondeadas.',
      en: 'A published figure differs only because it was derived from other published, rounded figures.',
    },
    severity: 'info',
    message: {
      es: 'La cifra publicada de {indicator} ({reported}) difiere de la calculada ({computed}) solo por redondeo: con las cifras publicadas, ya redondeadas, da {fromReported} ({context}).',
      en: 'The published {indicator} ({reported}) differs from the computed value ({computed}) only by rounding: the published, rounded figures give {fromReported} ({context}).',
    },
    tags: ['published'],
  },
  'unknown-indicator': {
    title: { es: 'Indicador desconocido', en: 'Unknown indicator' },
    description: {
      es: 'Una fila de Reportado nombra un indicador que no existe. Escriba su id o su nombre (como en la hoja Indicadores); se sugiere el más parecido.',
      en: 'A Reportado row names an indicator that does not exist. Write its id or its name (as in the Indicadores sheet); the closest is suggested.',
    },
    severity: 'error',
    message: { es: '«{value}» no es un indicador conocido en {sheet}!{cell}.', en: '“{value}” is not a known indicator in {sheet}!{cell}.' },
    tags: ['published'],
  },
  'not-measured': {
    title: { es: 'Dato que un canal no registra', en: 'Figure a channel does not record' },
    description: {
      es: 'Un canal deja en blanco un dato opcional (resueltas en primer contacto, encuestados, satisfacción, percepción, confianza) en todos los meses del año mientras otros canales lo registran: ese canal no lo mide. La cifra de toda la entidad se calcula con los canales que sí lo registran (el JSON de indicadores los lista en «covers»). Si el canal lo registra en algún mes, un blanco en otro mes es una omisión (advertencia en la celda) y la cifra de la entidad de ese mes no se calcula.',
      en: 'A channel leaves an optional figure (resolved at first contact, respondents, satisfaction, perception, trust) blank in every month of the year while other channels record it: that channel does not measure it. The entity-wide figure is computed over the channels that record it (the indicators JSON lists them in “covers”). If the channel records it in some month, a blank in another month is an omission (a warning at the cell) and that month’s entity-wide figure is not computed.',
    },
    severity: 'info',
    message: {
      es: '{channel} no registra {fields} en ningún mes de {year}: las cifras de toda la entidad con esos datos se calculan solo con los canales que los registran ({covered}).',
      en: '{channel} records {fields} in no month of {year}: the entity-wide figures built on them cover only the channels that record them ({covered}).',
    },
    tags: ['service'],
  },
  'unusual-change': {
    title: { es: 'Cambio inusual', en: 'Unusual change' },
    description: { es: 'Las interacciones de un canal cambiaron más de ±50 % frente al mes anterior (umbral configurable).', en: 'A channel’s interactions changed by more than ±50 % from the previous month (threshold configurable).' },
    severity: 'info',
    message: {
      es: 'Las interacciones de {channel} cambiaron {change} en {month} frente a {previousMonth} ({previous} → {current}).',
      en: 'Interactions of {channel} changed {change} in {month} from {previousMonth} ({previous} → {current}).',
    },
    tags: ['service'],
  },
  'incomplete-year': {
    title: { es: 'Acumulado del año sin calcular', en: 'Year to date not computed' },
    description: {
      es: 'El acumulado del año se calcula solo cuando están todos los meses del año hasta el mes del informe; si falta uno (o sus cifras no se pueden leer), no se muestra un acumulado parcial.',
      en: 'The year to date is computed only when every month of the year up to the report month is there; when one is missing (or its figures cannot be read), no partial year to date is shown.',
    },
    severity: 'info',
    message: {
      es: 'El acumulado del año de {month} no se calcula: faltan los datos de {missing}.',
      en: 'The year to date of {month} is not computed: the data of {missing} is missing.',
    },
    tags: ['service'],
  },
  'low-response': {
    title: { es: 'Muestra pequeña', en: 'Low response' },
    description: {
      es: 'Un indicador de encuesta se apoya en menos de 30 encuestados o en una tasa de respuesta menor al 10 %: tómelo con cautela.',
      en: 'A survey indicator rests on fewer than 30 respondents or a response rate under 10 %: read it with care.',
    },
    severity: 'warning',
    message: {
      es: 'La encuesta de {context} tiene {respondents} encuestados ({rate} de respuesta): {reason}; tome sus resultados con cautela.',
      en: 'The survey of {context} has {respondents} respondents ({rate} response): {reason}; read its results with care.',
    },
    tags: ['service'],
  },
  'unknown-department': {
    title: { es: 'Departamento desconocido', en: 'Unknown department' },
    description: { es: 'El departamento no está en la DIVIPOLA del DANE; se sugiere el nombre más parecido.', en: 'The department is not in DANE’s DIVIPOLA; the closest name is suggested.' },
    severity: 'error',
    message: { es: '«{value}» no es un departamento de la DIVIPOLA en {sheet}!{cell}.', en: '“{value}” is not a DIVIPOLA department in {sheet}!{cell}.' },
    tags: ['accountability'],
  },
  'unknown-municipality': {
    title: { es: 'Municipio desconocido', en: 'Unknown municipality' },
    description: { es: 'El municipio no está en la DIVIPOLA dentro de su departamento; se sugiere el nombre más parecido.', en: 'The municipality is not in DIVIPOLA within its department; the closest name is suggested.' },
    severity: 'error',
    // {hint} is '' or a sentence naming where the name does exist (` Ese nombre existe en Córdoba.`).
    message: { es: '«{value}» no es un municipio de {department} en la DIVIPOLA ({sheet}!{cell}).{hint}', en: '“{value}” is not a DIVIPOLA municipality of {department} ({sheet}!{cell}).{hint}' },
    tags: ['accountability'],
  },
  'status-date-conflict': {
    title: { es: 'Estado y fecha en conflicto', en: 'Status and date conflict' },
    description: {
      es: 'Un espacio figura como Realizada con fecha posterior al corte, o como Programada con fecha anterior al corte.',
      en: 'A space is Realizada with a date after the cut-off, or Programada with a date before it.',
    },
    severity: 'warning',
    // {detail} is '' or a sentence saying what the conflict means for the baseline.
    message: { es: 'El espacio de {sheet}!{cell} está «{status}» con fecha {date} y corte {cutoff}.{detail}', en: 'The space at {sheet}!{cell} is “{status}” dated {date} with cut-off {cutoff}.{detail}' },
    tags: ['accountability'],
  },
  'score-out-of-range': {
    title: { es: 'Puntaje fuera de rango', en: 'Score out of range' },
    description: { es: 'Un puntaje del autodiagnóstico no es un número entre 0 y 100.', en: 'A self-diagnosis score is not a number from 0 to 100.' },
    severity: 'error',
    message: { es: 'El puntaje «{value}» de {sheet}!{cell} debe ser un número entre 0 y 100.', en: 'The score “{value}” at {sheet}!{cell} must be a number from 0 to 100.' },
    tags: ['accountability'],
  },
  'unanswered-activity': {
    title: { es: 'Actividad sin puntaje', en: 'Unanswered activity' },
    description: { es: 'Una actividad del autodiagnóstico no tiene puntaje; no cuenta en los promedios.', en: 'A self-diagnosis activity has no score; it is left out of the means.' },
    severity: 'warning',
    message: { es: 'La actividad «{activity}» no tiene puntaje ({sheet}!{cell}).', en: 'The activity “{activity}” has no score ({sheet}!{cell}).' },
    tags: ['accountability'],
  },
  'unknown-stage': {
    title: { es: 'Etapa desconocida', en: 'Unknown stage' },
    description: { es: 'Una fila del autodiagnóstico no nombra ninguna de las cinco etapas; no se califica.', en: 'A self-diagnosis row names none of the five stages; it is not scored.' },
    severity: 'error',
    message: { es: '«{value}» no es una etapa del autodiagnóstico en {sheet}!{cell}.', en: '“{value}” is not a self-diagnosis stage in {sheet}!{cell}.' },
    tags: ['accountability'],
  },
  'response-before-filing': {
    title: { es: 'Respuesta antes de la radicación', en: 'Response before filing' },
    description: {
      es: 'La fecha de respuesta de una PQRSD es anterior a su fecha de radicación. La solicitud no se calcula hasta corregir una de las dos.',
      en: 'A request’s response date is before its filing date. The request is left out until one of them is corrected.',
    },
    severity: 'error',
    message: {
      es: 'La fecha de respuesta ({answered}) del radicado {radicado} es anterior a su radicación ({filed}) en {sheet}!{cell}; la solicitud no se calcula hasta corregirla.',
      en: 'The response date ({answered}) of request {radicado} is before its filing ({filed}) in {sheet}!{cell}; the request is left out until corrected.',
    },
    tags: ['pqrsd'],
  },
  'extension-too-long': {
    title: { es: 'Ampliación mayor que el término', en: 'Extension too long' },
    description: {
      es: 'Los días de ampliación superan el término inicial de la solicitud; la ley no permite más del doble del término (Ley 1755 de 2015, art. 14, parágrafo). Se toma el máximo legal.',
      en: 'The extension exceeds the request’s original term; the law allows at most double the term (Ley 1755 de 2015, art. 14). The legal maximum is used.',
    },
    severity: 'error',
    message: {
      es: 'La ampliación de {extension} días hábiles del radicado {radicado} ({sheet}!{cell}) supera su término inicial de {term} días; se toman {term} días, el máximo legal.',
      en: 'The {extension}-business-day extension of request {radicado} ({sheet}!{cell}) exceeds its original {term}-day term; {term} days, the legal maximum, are used.',
    },
    tags: ['pqrsd'],
  },
  'extension-late': {
    title: { es: 'Ampliación tardía', en: 'Late extension' },
    description: {
      es: 'La ampliación se notificó después del vencimiento inicial; la ley exige avisar antes de que venza el término, así que no cuenta.',
      en: 'The extension was notified after the original due date; the law requires notice before the term expires, so it does not count.',
    },
    severity: 'warning',
    message: {
      es: 'La ampliación del radicado {radicado} se notificó el {notified}, después de su vencimiento inicial ({due}); no cuenta ({sheet}!{cell}).',
      en: 'The extension of request {radicado} was notified on {notified}, after its original due date ({due}); it does not count ({sheet}!{cell}).',
    },
    tags: ['pqrsd'],
  },
  'transfer-late': {
    title: { es: 'Traslado tardío', en: 'Late transfer' },
    description: {
      es: 'Una solicitud trasladada por falta de competencia se remitió más de 5 días hábiles después de radicada (Ley 1755 de 2015, art. 21).',
      en: 'A request forwarded for lack of competence was sent more than 5 business days after filing (Ley 1755 de 2015, art. 21).',
    },
    severity: 'warning',
    message: {
      es: 'El radicado {radicado} se trasladó el {transferred}, {days} días hábiles después de radicado; la ley da {limit} ({sheet}!{cell}).',
      en: 'Request {radicado} was transferred on {transferred}, {days} business days after filing; the law allows {limit} ({sheet}!{cell}).',
    },
    tags: ['pqrsd'],
  },
  'term-above-law': {
    title: { es: 'Término mayor que el legal', en: 'Term above the law' },
    description: {
      es: 'Una fila de Términos PQRSD fija un término más largo que el legal. La entidad puede adoptar términos más cortos, nunca más largos: se usa el legal.',
      en: 'A Términos PQRSD row sets a term longer than the legal one. Entities may adopt shorter terms, never longer: the legal one is used.',
    },
    severity: 'error',
    message: {
      es: 'El término de {days} días hábiles para {type} en {sheet}!{cell} supera el legal ({legal} días); se usa el legal.',
      en: 'The {days}-business-day term for {type} in {sheet}!{cell} exceeds the legal one ({legal} days); the legal term is used.',
    },
    tags: ['pqrsd'],
  },
  'future-date': {
    title: { es: 'Fecha posterior al corte', en: 'Date after the cut-off' },
    description: {
      es: 'Una fecha de radicación, respuesta, ampliación o traslado es posterior a la fecha de corte. Al corte ese hecho aún no había ocurrido: una radicación así no se cuenta, y una respuesta así deja la solicitud sin respuesta.',
      en: 'A filing, response, extension or transfer date is after the cut-off. At the cut-off it had not happened yet: such a filing is not counted, and such a response leaves the request pending.',
    },
    severity: 'error',
    message: {
      es: '«{column}» ({date}) del radicado {radicado} es posterior a la fecha de corte ({cutoff}) en {sheet}!{cell}; {consequence}',
      en: '“{column}” ({date}) of request {radicado} is after the cut-off ({cutoff}) in {sheet}!{cell}; {consequence}',
    },
    tags: ['pqrsd'],
  },
} as const satisfies Record<string, FindingType>;

export type FindingCode = keyof typeof findingCatalogue;
export const findingCodes = Object.keys(findingCatalogue) as FindingCode[];
