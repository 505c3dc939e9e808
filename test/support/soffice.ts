/** LibreOffice conversions for render tests. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Converts a file to PDF with LibreOffice under a locale (`en_US.UTF-8`); returns the PDF's path. */
export function convertToPdf(file: string, dir: string, locale: string): string {
  const env = { ...process.env, LC_ALL: locale, LANG: locale, LANGUAGE: '' };
  // A private profile per locale (no clash with a running LibreOffice, no locale carried over).
  const profile = `-env:UserInstallation=file://${path.join(dir, `perfil-${locale}`)}`;
  const outdir = path.join(dir, locale);
  fs.mkdirSync(outdir, { recursive: true });
  const convert = spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', outdir, file], { env, encoding: 'utf8', timeout: 150_000 });
  const pdf = path.join(outdir, path.basename(file).replace(/\.[^.]+$/, '.pdf'));
  if (!fs.existsSync(pdf)) throw new Error(`soffice did not convert ${file} under ${locale}: ${convert.stderr || convert.stdout}`);
  return pdf;
}

