/**
 * The February 2025 report's own texts (seeds/000), in the template's shape: ANM's settings, its
 * glossary as printed, the month's note on the small survey sample, and the *Entregas de valor*
 * bullets (one per row, by channel; the last slide's are the phone channel's and the group's).
 */
import type { CellValue } from '../../core/workbook';
import type { ExampleSheet } from './service';

const feb = new Date(Date.UTC(2025, 1, 1));

const delivered: [string | null, string][] = [
  ['Virtual', '29 funcionarios/contratistas recibieron nuestra orientación durante el mes, en temas relacionados con radicación y la gestión de comunicaciones en el Sistema de Gestión Documental.'],
  ['Virtual', 'Recibimos, analizamos y radicamos 2.102 comunicaciones que ingresaron por el correo contacto@anm.gov.co.'],
  ['Virtual', 'Realizamos desde el GAPCC el seguimiento de 5.258 comunicaciones PQRS radicadas por los diferentes canales referentes al mes de febrero.'],
  ['Virtual', 'Se definieron para la respectiva gestión a las diferentes dependencias de la Entidad un total de 2.875 comunicaciones que ingresaron por el radicador web al GAPCC.'],
  ['Virtual', 'Realizamos desde el GAPCC capacitaciones a grupos internos de la Entidad en el correcto manejo del Sistema de Gestión Documental.'],
  ['Virtual', 'Se brindó orientación al personal del Grupo de Atención, Participación Ciudadana y Comunicaciones para radicar y direccionar a las dependencias las comunicaciones, con el propósito de que los funcionarios las gestionen de manera oportuna.'],
  ['Virtual', 'Realizamos desde el GAPCC apoyo y acompañamiento a funcionarios en la gestión de comunicaciones en el Sistema de Gestión Documental.'],
  ['Virtual', 'Se llevaron a cabo 2 visitas a los Puntos de Atención Regional Nobsa y Cali, en donde se avanzó en el fortalecimiento del manejo de las comunicaciones en el Sistema de Gestión Documental (Nube sin gestión).'],
  ['Presencial', 'El 3 de febrero se contrataron 10 colaboradores de atención al usuario del canal presencial en los Puntos de Atención Regional Nobsa, Manizales, Ibagué, Cali, Bucaramanga, Pasto, Cartagena, Valledupar, Quibdó y Cúcuta, para garantizar la aplicación del protocolo y del procedimiento de atención al usuario de la Entidad.'],
  ['Presencial', 'El 3 de febrero se realizó una reunión con los 24 colaboradores del canal presencial de la Sede Central, los PAR y los PAL, en la que se dieron a conocer las metas y estrategias de atención al usuario para 2025, las novedades en los trámites y servicios y el enfoque en la campaña anti fraudes y anti suplantación.'],
  ['Presencial', 'El 4 de febrero se capacitó a los 13 colaboradores de los Puntos de Atención Local sobre notificaciones personales, para que la atención sea igual en los 23 puntos del país.'],
  ['Presencial', 'El 7 de febrero el canal presencial participó en la socialización de la nueva resolución del Ministerio de Ambiente y Desarrollo Sostenible sobre la licencia ambiental temporal en los procesos de formalización (Ley 2250 de 2022).'],
  ['Presencial', 'El 19 de febrero se realizó el primer taller sobre búsqueda de coordenadas en el visor geográfico de AnnA Minería, para fortalecer las habilidades del equipo de atención en las 23 oficinas.'],
  ['Presencial', 'El 28 de febrero los 24 colaboradores del canal presencial conocieron los lineamientos de la coordinación del GAPCC sobre riesgos de corrupción y la política de cero tolerancia a la corrupción de la Entidad.'],
  ['Presencial', 'Durante febrero los 24 colaboradores participaron en la campaña contra la suplantación: los 1.371 usuarios atendidos recibieron en el primer contacto la información de que las orientaciones son gratuitas.'],
  ['Presencial', 'El equipo de 8 Puntos de Atención Local y 1 Punto de Atención Regional apoyó la radicación del correo de contacto y del radicador web durante la contratación del canal virtual, con 6.217 comunicaciones de entrada y salida gestionadas.'],
  ['Presencial', 'Tras las vinculaciones en el PAR Cúcuta y los PAL El Zulia y Barbacoas se dio la inducción de la ANM, PCC, PCCD, RUCOM y GENESIS, Áreas de Reserva Especial y Fiscalización Minera.'],
  ['Telefónico', 'Ante las fallas de la línea telefónica por situaciones externas se activó un plan de contingencia: líneas adicionales (602 519 0686) a la principal (601 220 1999) para seguir atendiendo sin interrupciones y reducir los tiempos de espera.'],
  [null, 'Se realizó el cargue en el Sistema de Gestión Documental para la generación de radicados uno a uno y el envío de 37 invitaciones personalizadas desde el correo de contacto, en apoyo al evento del grupo Socioambiental.'],
  [null, 'Se avanzó en la implementación de flujos automatizados para la administración de solicitudes del GAPCC: el formulario de solicitudes de comunicaciones se integró con bases de datos internas.'],
  [null, 'Se ajustó un formulario de productos internos para recopilar datos de manera estructurada y uniforme, como base de tableros de control estratégicos.'],
];

export const reportExampleSheets: ExampleSheet[] = [
  {
    name: 'Configuración',
    rows: [
      ['Parámetro', 'Valor'],
      ['Entidad', 'Agencia Nacional de Minería'],
      ['Sigla de la entidad', 'ANM'],
      ['Grupo', 'Grupo de Atención, Participación Ciudadana y Comunicaciones'],
      ['Sigla del grupo', 'GAPCC'],
      ['Umbral de variación', 50],
      ['Fecha de corte', null],
      ['Regla del total', 'actividades'],
      ['Idioma', 'es'],
    ],
    widths: [24, 60],
  },
  {
    name: 'Entregas de valor',
    rows: [['Mes', 'Canal', 'Texto'], ...delivered.map(([channel, text]): CellValue[] => [feb, channel, text])],
    formats: { 0: '[$-240A]mmmm yyyy' },
    widths: [16, 13, 120],
  },
  {
    name: 'Notas del informe',
    rows: [
      ['Mes', 'Texto'],
      [feb, 'La medición del mes de febrero contiene una muestra de encuestas menor a lo acostumbrado, toda vez que en este mes no se cuenta con el equipo de atención completo en los canales y el canal telefónico presentó contingencia.'],
    ],
    formats: { 0: '[$-240A]mmmm yyyy' },
    widths: [16, 120],
  },
  {
    // ANM's glossary as the report prints it (its own channel names and lines).
    name: 'Glosario',
    rows: [
      ['Término', 'Definición'],
      ['Canal', 'Son los medios o mecanismos de comunicación establecidos por la Agencia Nacional de Minería, a través de los cuales los grupos de valor caracterizados por la Entidad pueden solicitar trámites y servicios, sobre temas de su competencia.'],
      ['Te llamamos', 'Este canal permite a los usuarios de la ANM registrar sus datos en la página web para posteriormente ser contactados de manera telefónica para resolver su requerimiento.'],
      ['Telefónico', 'Contacto verbal de los ciudadanos con los servidores públicos de la Entidad, a través de los medios telefónicos dispuestos para tal fin: Bogotá (571) 220 19 99 y línea gratuita nacional 01 8000 933 833.'],
      ['Chat', 'Asistente virtual de la Agencia Nacional de Minería que busca resolver dudas y orientar a nuestros usuarios las 24 horas del día, los 7 días de la semana.'],
      ['Presencial', 'Contacto personalizado de los ciudadanos con los servidores, colaboradores, orientadores y gestores de la Entidad, cuando acceden a las instalaciones físicas de la ANM en los diferentes PAR.'],
      ['Escalamiento', 'Para el caso del servicio, está definido como la presentación de la solicitud o requerimiento de un usuario a un área o instancia de mayor jerarquía que pueda tomar acciones para su solución.'],
      ['Satisfacción', 'Mide el promedio del grado de satisfacción de los usuarios ante los servicios y trámites ofrecidos por la ANM.'],
      ['Percepción', 'Busca identificar entre los diferentes grupos de interés la percepción que tienen de la imagen de la Entidad.'],
      ['Confianza', 'Busca identificar entre los diferentes grupos de interés el grado de confianza de los usuarios en la Entidad.'],
      ['Satisfacción consolidada', 'Sumatoria de la calificación individual de las preguntas de percepción, satisfacción y confianza, dividido entre las 3 preguntas.'],
    ],
    widths: [24, 120],
  },
];
