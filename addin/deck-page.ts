/**
 * `deck.html`: opened in the person's own browser (where Office for Mac cannot download), it reads
 * the deck plan from its link, builds the .pptx with the same renderer and downloads it.
 */
import { decodeDeckPlan } from './deck-link';
import { loadRenderer } from './bridge';

async function main(): Promise<void> {
  const status = document.getElementById('status')!;
  const button = document.getElementById('download') as HTMLButtonElement;
  try {
    const plan = await decodeDeckPlan(location.hash);
    const fileName = `${plan.entity}-${plan.month}.pptx`.replace(/[\\/:*?"<>|]+/g, '-');
    document.title = `${plan.title} · ${plan.period}`;
    status.textContent = plan.locale === 'en' ? `${plan.slides.length} slides of ${plan.period}.` : `${plan.slides.length} diapositivas de ${plan.period}.`;
    button.hidden = false;
    button.textContent = plan.locale === 'en' ? 'Download slides' : 'Descargar diapositivas';
    button.addEventListener('click', async () => {
      button.disabled = true;
      const bytes = await (await loadRenderer())(plan);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      button.disabled = false;
    });
  } catch {
    status.textContent = 'Este enlace no trae una presentación de Cuentas Claras; vuelva a abrirlo desde el panel de Excel.';
  }
}

void main();
