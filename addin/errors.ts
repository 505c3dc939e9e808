/** Errors as one sentence for people (Spanish, or English when Excel's interface is English); never a stack trace. */
import type { Locale } from '../core/i18n';

const known: Record<string, { es: string; en: string }> = {
  InvalidOperationInCellEditMode: { es: 'Excel está editando una celda: termine de editarla (Entrar o Esc) y vuelva a intentarlo.', en: 'Excel is editing a cell: finish editing it (Enter or Esc) and try again.' },
  RequestPayloadSizeLimitExceeded: { es: 'El libro es demasiado grande para enviarlo de una vez a Excel en la web; informe este caso con el tamaño del libro.', en: 'The workbook is too large to send to Excel on the web at once; please report it with the workbook size.' },
  ResponsePayloadSizeLimitExceeded: { es: 'El libro es demasiado grande para leerlo de una vez en Excel en la web; informe este caso con el tamaño del libro.', en: 'The workbook is too large to read at once in Excel on the web; please report it with the workbook size.' },
  AccessDenied: { es: 'Excel no permite modificar el libro: puede estar protegido o abierto solo para lectura.', en: 'Excel does not allow changing the workbook: it may be protected or read-only.' },
  ItemAlreadyExists: { es: 'Ya existe una hoja con el nombre que la acción necesita; cámbiele el nombre y vuelva a intentarlo.', en: 'A sheet already has the name the action needs; rename it and try again.' },
  ItemNotFound: { es: 'No se encontró la hoja o la celda: puede haberse borrado o renombrado. Vuelva a ejecutar la acción.', en: 'The sheet or cell was not found: it may have been deleted or renamed. Run the action again.' },
  UndoNotSupported: { es: 'Excel no pudo agrupar los cambios en un solo paso de deshacer; no se cambió nada, vuelva a intentarlo.', en: 'Excel could not group the changes into one undo step; nothing changed, try again.' },
};

/** The one sentence a person reads for an error of a run. */
export function errorSentence(error: unknown, locale: Locale): string {
  const code = (error as { code?: string } | null)?.code;
  if (code && known[code]) return known[code][locale];
  const detail = String((error as Error)?.message ?? error ?? '').split('\n')[0].slice(0, 160);
  return locale === 'es'
    ? `No se pudo completar la acción: Excel respondió «${detail}». El libro no quedó a medio escribir; vuelva a intentarlo.`
    : `The action could not be completed: Excel answered “${detail}”. Try again.`;
}
