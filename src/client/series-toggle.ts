/**
 * Lets the reader show one series of a bar chart (e.g. one period) at a time. The other
 * series fade rather than vanish, so the comparison is never lost; the choice is kept in
 * the URL under the chart's parameter.
 */
import { showExportState } from './export-links.ts';
import { initialChoice, writeParam } from './url-state.ts';

function show(svg: SVGSVGElement, series: string): void {
  svg.dataset.shown = series;
  for (const bar of svg.querySelectorAll<SVGGElement>('.bar')) bar.classList.toggle('is-shown', series === 'all' || bar.dataset.series === series);
}

for (const choice of document.querySelectorAll<HTMLFieldSetElement>('[data-series-choice]')) {
  const id = choice.dataset.seriesChoice ?? '';
  const param = choice.dataset.param ?? '';
  const svgs = [...document.querySelectorAll<SVGSVGElement>(`svg[data-bars="${CSS.escape(id)}"]`)];
  if (svgs.length === 0) continue;
  const radios = [...choice.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  choice.hidden = false;
  const initial = initialChoice(param, radios, 'all');
  const frame = choice.closest('.chart-frame');
  if (initial) {
    for (const svg of svgs) show(svg, initial);
    showExportState(frame, initial, 'all');
    for (const r of radios) r.checked = r.value === initial;
  }
  choice.addEventListener('change', (e) => {
    const value = (e.target as HTMLInputElement).value;
    for (const svg of svgs) show(svg, value);
    showExportState(frame, value, 'all');
    writeParam(param, value, 'all');
  });
}
