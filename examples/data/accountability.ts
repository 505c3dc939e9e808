/**
 * Example rows of the accountability sheets, from ANM's *Estrategia de Rendición de Cuentas*
 * (seed 004_8b28786522a11978.txt). The example generator adds them to examples/ejemplo-anm-2025.xlsx.
 *
 * - `Autodiagnóstico RdC`: the 2020 self-diagnosis. The document publishes only the stage scores
 *   (47,5 / 66,3158 / 62,2727 / 65,7143 / 40,8333) and four category scores (66 / 16,667 / 65 /
 *   67,2727); the activities and their scores are ILLUSTRATIVE, chosen so that those published
 *   figures come out exactly (DAFP's activity list is not public in machine-readable form).
 * - `Espacios RdC`: the 2021 calendar of public hearings (Ilustración 5), every cell exactly as the
 *   scanned document prints it, OCR damage included (`WMeta`, `Narifio`, `1110912021`, `Ps/08/2021`,
 *   `S|`, N° `a7`…). Only two things are added: the header `N°` (the printed header has no name
 *   for that column) and the column `Tipo de espacio`, from the illustration's caption
 *   (*Audiencias públicas de participación de terceros*). The scan prints rows 39–69 before the
 *   header and rows 1–38; here the header comes first, then rows 1–38, then 39–69. Cells the scan
 *   wraps over two lines (`San José del / Guaviare`) are one cell. Row 56 is missing from the
 *   scan, so the sheet has 68 rows, not 69.
 */
import type { CellValue } from '../../core/workbook';
import type { ExampleSheet } from './service';

type Rows = CellValue[][];

const illustrative = (stage: string, n: number) => `Actividad ilustrativa ${n} de ${stage} (reemplácela por la actividad del autodiagnóstico DAFP)`;

/** Categories, their activities' scores (illustrative) and what the document publishes. */
const selfDiagnosisPlan: { stage: string; short: string; categories: { name: string; scores: number[] }[] }[] = [
  {
    stage: 'Aprestamiento institucional para promover la Rendición de Cuentas',
    short: 'Aprestamiento',
    categories: [
      // Published: 66.
      { name: 'Analizar las debilidades y fortalezas para la rendición de cuentas', scores: [80, 70, 60, 60, 60] },
      // Published: 16,666666666666668 (50 / 3).
      { name: 'Identificar espacios de articulación y cooperación para la rendición de cuentas', scores: [20, 20, 10] },
    ],
  },
  {
    stage: 'Diseño de la Estrategia de Rendición de Cuentas',
    short: 'Diseño',
    categories: [
      // Published: 65.
      { name: 'Paso 1. Identificación de los espacios de diálogo en los que la entidad rendirá cuentas', scores: [80, 70, 70, 60, 60, 60, 60, 60] },
      // Published: 67,272727272727266 (740 / 11).
      { name: 'Paso 2. Definir la estrategia para implementar el ejercicio de rendición de cuentas', scores: [80, 80, 70, 70, 70, 70, 60, 60, 60, 60, 60] },
    ],
  },
  {
    stage: 'Preparación para la Rendición de Cuentas',
    short: 'Preparación',
    categories: [
      // Stage published: 62,272727272727273 (685 / 11); categories not published.
      { name: 'Categoría ilustrativa A de Preparación', scores: [70, 70, 70, 65, 65, 60] },
      { name: 'Categoría ilustrativa B de Preparación', scores: [60, 60, 55, 55, 55] },
    ],
  },
  {
    stage: 'Ejecución de la Estrategia de Rendición de Cuentas',
    short: 'Ejecución',
    categories: [
      // Stage published: 65,714285714285708 (460 / 7).
      { name: 'Categoría ilustrativa de Ejecución', scores: [80, 70, 70, 60, 60, 60, 60] },
    ],
  },
  {
    stage: 'Seguimiento y evaluación de la implementación de la Estrategia de Rendición de Cuentas',
    short: 'Seguimiento',
    categories: [
      // Stage published: 40,833333333333336 (490 / 12).
      { name: 'Categoría ilustrativa A de Seguimiento', scores: [60, 50, 50, 40, 40, 40] },
      { name: 'Categoría ilustrativa B de Seguimiento', scores: [40, 40, 40, 30, 30, 30] },
    ],
  },
];

/** `Autodiagnóstico RdC`: header and 57 activities of vigencia 2020. */
export const selfDiagnosisRows: Rows = [
  ['Etapa', 'Categoría', 'Actividad', 'Puntaje', 'Observaciones', 'Vigencia'],
  ...selfDiagnosisPlan.flatMap(({ stage, short, categories }) => {
    let n = 0;
    return categories.flatMap(({ name, scores }) =>
      scores.map((score): CellValue[] => [stage, name, illustrative(short, ++n), score, 'Puntaje ilustrativo: reproduce la calificación publicada por ANM', 2020]),
    );
  }),
];

const type = 'Audiencia pública de participación de terceros';

/** `Espacios RdC`: the 2021 hearings calendar as printed (N°, Departamento, Municipio, Estado, Fecha, PDET). */
const printedCalendar: CellValue[][] = [
  [1, 'Cesar', 'Aguachica', 'Realizada', '26/03/2021', null],
  [2, 'Cesar', 'Gamara', 'Realizada', '26/03/2021', null],
  [3, 'Cesar', 'Rio de Oro', 'Realizada', '26/03/2021', null],
  [4, 'Huila', 'Palermo', 'Realizada', '1510412021', null],
  [5, 'Huila', 'Rivera', 'Realizada', '1510412021', null],
  [6, 'Huila', 'Pitalito', 'Realizada', '1610412021', null],
  [7, 'Huila', 'Tesalia', 'Realizada', '1610412021', null],
  [8, 'Huila', 'Paicol', 'Realizada', '1610412021', null],
  [9, 'Cesar', 'Codazzi', 'Realizada', '1910412021', 'sl'],
  [10, 'Cesar', 'Chiriguana', 'Realizada', '1910412021', null],
  [1, 'Cesar', 'Chimichagua', 'Realizada', '20/04/2021', null],
  [12, 'Cesar', 'Becerril', 'Realizada', '21/04/2021', 'S|'],
  [13, 'Cesar', 'LaPaz', 'Realizada', '22/04/2021', 'Sl'],
  [14, 'Cesar', 'San Diego', 'Realizada', '22/04/2021', 'S|'],
  [15, 'Boyaca', 'Socha', 'Realizada', '22/04/2021', null],
  [16, 'Boyaca', 'Paz de Rio', 'Realizada', '22/04/2021', null],
  ['17|', 'Cundinamarca', 'Sutatausa', 'Realizada', '30/04/2021', null],
  ['18|', 'Cundinamarca', 'Ubala', 'Realizada', '30/04/2021', null],
  [19, 'Cordoba', 'Monteria', 'Realizada', '05/05/2021', null],
  [20, 'Cesar', 'Valledupar', 'Realizada', '18/06/2021', 'S|'],
  [21, 'Cesar', 'El Paso', 'Realizada', '1810612021', null],
  [2, null, 'Socota', 'Realizada', '20/06/2021', null],
  [23, null, 'San José del Guaviare', 'Realizada', '1410712021', 'sl'],
  [2, 'WMeta', 'Pto Concordia', 'Realizada', '1410712021', 'S|'],
  [2, 'Arauca', 'Tame', 'Realizada', '20/07/2021', 'sl'],
  ['2%', 'Atlantico', 'Usiacuri', 'Realizada', '3/08/2021', null],
  [2, 'Atlantico', 'Santo Tomas', 'Realizada', '310812021', null],
  [2, 'Atlantico', 'Sabanagrande', 'Realizada', '310812021', null],
  [2, 'Atlantico', 'Luruaco', 'Realizada', '4/08/2021', null],
  [30, 'Atlantico', 'Sabanalarga', 'Realizada', '4/08/2021', null],
  [31, 'Atlantico', 'Baranoa', 'Realizada', '5/08/2021', null],
  [32, 'Atlantico', 'Repelon', 'Realizada', '4/08/2021', null],
  [33, 'WMeta', 'San Carlos de Guaroa', 'Realizada', '5/08/2021', null],
  [34, 'WMeta', 'Puerto Lopez', 'Realizada', '5/08/2021', null],
  [35, 'Bolivar', 'Simiti', 'Realizada', '11/08/2021', 'sl'],
  [36, 'Bolivar', 'Santa Rosa del Sur', 'Realizada', '1110812021', 'El'],
  [37, 'Guainia', 'Inirida', 'Realizada', '20/08/2021', null],
  [38, 'Caldas', 'Marmato', 'Realizada', 'Ps/08/2021', null],
  [39, 'Bolivar', 'San Estanislao', 'Realizada', '27/08/2021', null],
  [40, 'Guajira', 'San Juan', 'Realizada', '02/09/2021', 'S|'],
  [7, 'Guajira', 'Villanueva', 'Realizada', '02/09/2021', null],
  [2, 'Cordoba', 'San José de Ure', 'Realizada', '08/09/2021', 'S|'],
  [43, 'WMeta', 'Uribe', 'Realizada', '1110912021', 'sl'],
  [44, 'Cordoba', 'Monteria', 'Realizada', '09/09/2021', null],
  [45, 'Cordoba', 'Tierralta', 'Realizada', '0/09/2021', 'sl'],
  [46, 'Bolivar', 'Mahates', 'Realizada', '1010912021', null],
  ['a7', 'Narifio', 'Santa Barbara', 'Realizada', '1710912021', 'sl'],
  [48, 'Caqueta', 'El Pauji', null, '21/09/2021', 'S|'],
  [49, 'Caqueta', 'Puerto Rico', null, '21/09/2021', 'sl'],
  ['50|', 'Cundinamarca', 'Beltran', null, '21/09/2021', null],
  [51, 'Caldas', 'Supia', null, '21/09/2021', null],
  [52, 'Caqueta', 'Morelia', null, '22/09/2021', 'S|'],
  [53, 'Cordoba', 'Planeta Rica', null, '28/09/2021', null],
  [54, 'Sucre', 'Sincelejo', null, '20/09/2021', null],
  [5, 'Sucre', 'Guaranda', null, '20/09/2021', null],
  [57, 'Cesar', 'Aguachica', null, '08/10/2021', null],
  [58, 'Cesar', 'La Gloria', null, '05/10/2021', null],
  [59, 'Cesar', 'Chimichagua', null, '06/10/2021', null],
  [60, 'Boyaca', 'Chivor', null, '111012021', null],
  [61, 'La Guajira', 'Dibulla', null, '12/10/2021', null],
  [62, 'Huila', 'Campoalegre.', null, '13/10/2021', null],
  [63, 'La Guajira', 'La Jagua del Pilar', null, '131012021', null],
  [64, 'La Guajira', 'Urumita', null, '14/1012021', null],
  [65, 'Huila', 'lquira', null, '14/10/2021', null],
  [66, 'Huila', 'Baraya', null, '15/10/2021', null],
  [67, 'La Guajira', 'Distraccion', null, '15/10/2021', null],
  ['68|', 'Cundinamarca', 'Tocancipa', null, '19/10/2021', null],
  [69, 'Tolima', 'Falan.', null, '20110/2021', null],
];

/** `Espacios RdC`: header and the 68 printed rows, with `Tipo de espacio` from the caption. */
export const spacesRows: Rows = [
  ['N°', 'Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha', 'PDET'],
  ...printedCalendar.map(([n, ...rest]) => [n, type, ...rest]),
];

/** The cut-off that suits the printed calendar (the document is of September 2021; the last hearing is 20/10/2021). */
export const exampleCutoff = '2021-10-31';

/** Both sheets, named as the template names them, for the example generator (scripts/make-example.ts). */
export const accountabilityExampleSheets: ExampleSheet[] = [
  { name: 'Autodiagnóstico RdC', rows: selfDiagnosisRows, widths: [44, 60, 60, 10, 40, 10] },
  { name: 'Espacios RdC', rows: spacesRows, widths: [6, 44, 16, 22, 12, 12, 8] },
];
