/**
 * The Excel add-in's XML manifest (add-in-only manifest, shared runtime), generated from a typed
 * model per environment: development (`https://localhost:3000`) or production (`ADDIN_BASE_URL`).
 * The ribbon comes from the menu registry (core/actions/menu), so an action added there gets its
 * button here. Spanish is the default language (what a Colombian user sees first, whatever the
 * regional variant Office reports); English overrides apply to the English locales.
 *
 * Element order follows the schema (TaskPaneAppVersionOverridesV1_0.xsd and the shared-runtime
 * docs: `Runtimes` first in `Host`); one resource id (`CC.Runtime.Url`) serves the runtime, the
 * custom functions' page and script, and the function file.
 */
import type { Bilingual } from '../core/i18n';
import { menuEntries, menuGroups, type MenuEntry, type MenuGroup } from '../core/actions/menu';
import { functionNamespace } from '../core/functions';

export interface ManifestEnvironment {
  /** `dev` or `production`. */
  name: 'dev' | 'production';
  /** https origin and path where dist/addin is served, without a trailing slash. */
  baseUrl: string;
  /** Add-in version (four numbers). */
  version: string;
}

/** Office locales that get the English strings (Spanish is the default for every other one). */
export const englishLocales = ['en-us', 'en-gb', 'en-ca', 'en-au', 'en-nz', 'en-ie', 'en-in', 'en-za', 'en-sg'] as const;
/** Spanish (Colombia): the manifest's default locale. */
export const defaultLocale = 'es-CO';

/** Stable add-in ids: production, and a separate one so a developer can sideload both. */
export const addinIds = { production: '4b2d6c1e-8f3a-4e57-9b0c-5d7e2a9f1c36', dev: '9e1f3a7c-2b6d-4c80-a5e4-7f0b3d9c6e12' } as const;

/** The ribbon function name of a menu entry (`Office.actions.associate` registers the same name). */
export function ribbonFunctionName(entry: MenuEntry): string {
  return `cc${entry.id.charAt(0).toUpperCase()}${entry.id.slice(1)}`;
}

/** The files the manifest points at, relative to the base URL (the build writes them). */
export const addinFiles = {
  page: 'taskpane.html',
  functionsMetadata: { es: 'functions.json', en: 'functions-en.json' },
  icon: (name: string, size: number) => `assets/${name}-${size}.png`,
} as const;

/** Icon sizes of ribbon buttons and groups, and of the add-in itself (64/128 for listings). */
export const buttonIconSizes = [16, 32, 80] as const;
export const appIconSizes = [16, 32, 64, 80, 128] as const;

type Text = Bilingual;
interface Resources {
  images: Map<string, string>;
  urls: Map<string, { es: string; en?: string }>;
  shortStrings: Map<string, Text>;
  longStrings: Map<string, Text>;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const texts = {
  displayName: { es: 'Cuentas Claras', en: 'Cuentas Claras' },
  description: {
    es: 'Indicadores de atención al ciudadano, revisión de consistencia, diapositivas del mes y rendición de cuentas, dentro del libro del equipo.',
    en: 'Citizen-service indicators, consistency checks, monthly slides and accountability, inside the team’s workbook.',
  },
  tab: { es: 'Cuentas Claras', en: 'Cuentas Claras' },
  getStartedTitle: { es: 'Cuentas Claras está listo', en: 'Cuentas Claras is ready' },
  getStartedDescription: {
    es: 'Abra la pestaña Cuentas Claras: calcule los indicadores, revise la consistencia o abra el panel.',
    en: 'Open the Cuentas Claras tab: compute the indicators, check consistency or open the panel.',
  },
} satisfies Record<string, Text>;

/** Every resource the manifest uses, by id (ids ≤ 32 characters). */
function resources(env: ManifestEnvironment): Resources {
  const url = (file: string) => `${env.baseUrl}/${file}`;
  const r: Resources = { images: new Map(), urls: new Map(), shortStrings: new Map(), longStrings: new Map() };
  for (const size of appIconSizes) r.images.set(`CC.Icon.${size}`, url(addinFiles.icon('app', size)));
  for (const entry of menuEntries) for (const size of buttonIconSizes) r.images.set(`CC.${entry.id}.${size}`, url(addinFiles.icon(entry.id, size)));
  for (const group of Object.keys(menuGroups) as MenuGroup[]) for (const size of buttonIconSizes) r.images.set(`CC.G.${group}.${size}`, url(addinFiles.icon(`group-${group}`, size)));
  r.urls.set('CC.Runtime.Url', { es: url(addinFiles.page) });
  r.urls.set('CC.Functions.Url', { es: url(addinFiles.functionsMetadata.es), en: url(addinFiles.functionsMetadata.en) });
  r.urls.set('CC.LearnMore.Url', { es: `${env.baseUrl}/` });
  r.shortStrings.set('CC.Namespace', { es: functionNamespace, en: functionNamespace });
  r.shortStrings.set('CC.Tab.Label', texts.tab);
  r.shortStrings.set('CC.GetStarted.Title', texts.getStartedTitle);
  for (const [group, label] of Object.entries(menuGroups)) r.shortStrings.set(`CC.G.${group}.Label`, label);
  for (const entry of menuEntries) {
    r.shortStrings.set(`CC.${entry.id}.Label`, entry.label);
    r.longStrings.set(`CC.${entry.id}.Tip`, entry.tip);
  }
  r.longStrings.set('CC.GetStarted.Desc', texts.getStartedDescription);
  return r;
}

function overrides(text: Text, tag: 'Override' | 'bt:Override', indent: string): string {
  if (text.en === text.es) return '';
  return englishLocales.map((l) => `\n${indent}<${tag} Locale="${l}" Value="${xmlEscape(text.en)}"/>`).join('');
}

function localized(element: string, text: Text, indent: string): string {
  const inner = overrides(text, 'Override', `${indent}  `);
  return inner ? `${indent}<${element} DefaultValue="${xmlEscape(text.es)}">${inner}\n${indent}</${element}>` : `${indent}<${element} DefaultValue="${xmlEscape(text.es)}"/>`;
}

function iconList(prefix: string, indent: string): string {
  return [`${indent}<Icon>`, ...buttonIconSizes.map((s) => `${indent}  <bt:Image size="${s}" resid="${prefix}.${s}"/>`), `${indent}</Icon>`].join('\n');
}

function control(entry: MenuEntry, indent: string): string {
  const i = indent;
  return [
    `${i}<Control xsi:type="Button" id="CC.Btn.${entry.id}">`,
    `${i}  <Label resid="CC.${entry.id}.Label"/>`,
    `${i}  <Supertip>`,
    `${i}    <Title resid="CC.${entry.id}.Label"/>`,
    `${i}    <Description resid="CC.${entry.id}.Tip"/>`,
    `${i}  </Supertip>`,
    iconList(`CC.${entry.id}`, `${i}  `),
    // ExecuteFunction for every button, the panel's too: under a shared runtime no action names a TaskpaneId.
    `${i}  <Action xsi:type="ExecuteFunction">`,
    `${i}    <FunctionName>${ribbonFunctionName(entry)}</FunctionName>`,
    `${i}  </Action>`,
    `${i}</Control>`,
  ].join('\n');
}

/** The manifest XML of an environment. */
export function excelManifestXml(env: ManifestEnvironment): string {
  if (!/^https:\/\/[^\s"<>]+$/.test(env.baseUrl) || env.baseUrl.endsWith('/')) throw new Error(`the add-in base URL must be https without a trailing slash: ${env.baseUrl}`);
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(env.version)) throw new Error(`the add-in version must have four numbers: ${env.version}`);
  const res = resources(env);
  const groups = (Object.keys(menuGroups) as MenuGroup[]).filter((g) => menuEntries.some((e) => e.group === g));
  const groupXml = groups
    .map((g) =>
      [
        `              <Group id="CC.Group.${g}">`,
        `                <Label resid="CC.G.${g}.Label"/>`,
        iconList(`CC.G.${g}`, '                '),
        ...menuEntries.filter((e) => e.group === g).map((e) => control(e, '                ')),
        `              </Group>`,
      ].join('\n'),
    )
    .join('\n');
  const btImage = [...res.images].map(([id, u]) => `      <bt:Image id="${id}" DefaultValue="${xmlEscape(u)}"/>`);
  const btUrl = [...res.urls].map(([id, u]) =>
    u.en ? `      <bt:Url id="${id}" DefaultValue="${xmlEscape(u.es)}">${englishLocales.map((l) => `\n        <bt:Override Locale="${l}" Value="${xmlEscape(u.en!)}"/>`).join('')}\n      </bt:Url>` : `      <bt:Url id="${id}" DefaultValue="${xmlEscape(u.es)}"/>`,
  );
  const btString = (map: Map<string, Text>) =>
    [...map].map(([id, t]) => {
      const inner = overrides(t, 'bt:Override', '        ');
      return inner ? `      <bt:String id="${id}" DefaultValue="${xmlEscape(t.es)}">${inner}\n      </bt:String>` : `      <bt:String id="${id}" DefaultValue="${xmlEscape(t.es)}"/>`;
    });
  const icon = (size: number) => xmlEscape(`${env.baseUrl}/${addinFiles.icon('app', size)}`);
  const appName = env.name === 'dev' ? { es: `${texts.displayName.es} (desarrollo)`, en: `${texts.displayName.en} (development)` } : texts.displayName;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${addinIds[env.name]}</Id>
  <Version>${env.version}</Version>
  <ProviderName>Cuentas Claras</ProviderName>
  <DefaultLocale>${defaultLocale}</DefaultLocale>
${localized('DisplayName', appName, '  ')}
${localized('Description', texts.description, '  ')}
  <IconUrl DefaultValue="${icon(32)}"/>
  <HighResolutionIconUrl DefaultValue="${icon(64)}"/>
  <SupportUrl DefaultValue="${xmlEscape(`${env.baseUrl}/`)}"/>
  <AppDomains>
    <AppDomain>${xmlEscape(new URL(env.baseUrl).origin)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="SharedRuntime" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${xmlEscape(`${env.baseUrl}/${addinFiles.page}`)}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes>
          <Runtime resid="CC.Runtime.Url" lifetime="long"/>
        </Runtimes>
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="CC.Runtime.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="CC.Runtime.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="CC.Functions.Url"/>
            </Metadata>
            <Namespace resid="CC.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="CC.GetStarted.Title"/>
            <Description resid="CC.GetStarted.Desc"/>
            <LearnMoreUrl resid="CC.LearnMore.Url"/>
          </GetStarted>
          <FunctionFile resid="CC.Runtime.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <CustomTab id="CC.Tab">
${groupXml}
              <Label resid="CC.Tab.Label"/>
            </CustomTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${btImage.join('\n')}
      </bt:Images>
      <bt:Urls>
${btUrl.join('\n')}
      </bt:Urls>
      <bt:ShortStrings>
${btString(res.shortStrings).join('\n')}
      </bt:ShortStrings>
      <bt:LongStrings>
${btString(res.longStrings).join('\n')}
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}

/** Every file the manifest points at, relative to the base URL (the build must produce each). */
export function manifestFiles(): string[] {
  const files = new Set<string>([addinFiles.page, addinFiles.functionsMetadata.es, addinFiles.functionsMetadata.en]);
  for (const size of appIconSizes) files.add(addinFiles.icon('app', size));
  for (const entry of menuEntries) for (const size of buttonIconSizes) files.add(addinFiles.icon(entry.id, size));
  for (const group of Object.keys(menuGroups)) for (const size of buttonIconSizes) files.add(addinFiles.icon(`group-${group}`, size));
  return [...files];
}
