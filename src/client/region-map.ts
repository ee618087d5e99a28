/**
 * Region map interactions: metric switching (recolour, resize circles, relabel, legend) and a tooltip on
 * hover, keyboard focus or tap. Everything it shows is already in the SVG's data
 * attributes. A map wrap holds a wide and a narrow layout; both follow the same metric.
 */
import { showExportState } from './export-links.ts';
import { initialChoice, writeParam } from './url-state.ts';

const CLASS_PATTERN = /^((q|d)(\d|-none)|base|too-few)$/;

function setMetric(wrap: HTMLElement, metric: string): void {
  for (const svg of wrap.querySelectorAll<SVGSVGElement>('svg[data-map]')) {
    svg.dataset.metric = metric;
    for (const link of svg.querySelectorAll<SVGAElement>('.map-region-link')) {
      const path = link.querySelector('.map-region');
      const cls = link.getAttribute(`data-class-${metric}`);
      const label = link.getAttribute(`data-label-${metric}`) ?? '';
      if (path && cls) {
        for (const c of [...path.classList]) if (CLASS_PATTERN.test(c)) path.classList.remove(c);
        path.classList.add(cls);
      }
      link.setAttribute('aria-label', label);
      const title = link.querySelector('title');
      if (title) title.textContent = label;
    }
    // Counts are circles; rates and changes have none (radius 0).
    for (const circle of svg.querySelectorAll<SVGCircleElement>('.map-circle')) circle.setAttribute('r', circle.getAttribute(`data-r-${metric}`) ?? '0');
    for (const key of svg.querySelectorAll<SVGGElement>('[data-key-for]')) {
      if (key.dataset.keyFor === metric) key.removeAttribute('display');
      else key.setAttribute('display', 'none');
    }
  }
  const frame = wrap.closest('.chart-frame');
  for (const legend of frame?.querySelectorAll<HTMLElement>('[data-legend]') ?? []) legend.hidden = legend.dataset.legend !== metric;
  // The text alternative follows: its point is the point of the metric shown.
  const summary = frame ? document.getElementById(`${frame.id}-summary`) : null;
  const text = frame?.querySelector(`[data-summary-for="${CSS.escape(metric)}"]`)?.textContent;
  if (summary && text) summary.textContent = text;
}

function showTooltip(wrap: HTMLElement, tip: HTMLElement, link: SVGAElement, metric: string, at?: { x: number; y: number }): void {
  const label = link.getAttribute(`data-label-${metric}`) ?? '';
  const source = link.getAttribute(`data-source-${metric}`) ?? '';
  const strong = document.createElement('strong');
  strong.textContent = label;
  const small = document.createElement('span');
  small.className = 'map-tooltip__source';
  small.textContent = source ? ` — ${source}` : '';
  tip.replaceChildren(strong, small);
  tip.hidden = false;
  const box = wrap.getBoundingClientRect();
  const target = link.getBoundingClientRect();
  const x = at ? at.x - box.left : target.left + target.width / 2 - box.left;
  const y = at ? at.y - box.top : target.top + target.height / 2 - box.top;
  const left = Math.max(4, Math.min(x + 12, box.width - tip.offsetWidth - 4));
  const below = y + 16;
  const top = below + tip.offsetHeight > box.height ? Math.max(4, y - tip.offsetHeight - 12) : below;
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}

function init(wrap: HTMLElement): void {
  const tip = wrap.querySelector<HTMLElement>('.map-tooltip');
  const first = wrap.querySelector<SVGSVGElement>('svg[data-map]');
  if (!tip || !first) return;
  const frame = wrap.closest('.chart-frame');
  const choice = frame?.querySelector<HTMLFieldSetElement>('[data-metric-choice]');
  const radios = [...(choice?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])];
  const metrics = radios.map((r) => r.value);
  const defaultMetric = first.dataset.metric ?? metrics[0] ?? '';
  const current = () => first.dataset.metric ?? defaultMetric;

  if (choice) {
    choice.hidden = false;
    const initial = initialChoice('m', radios, defaultMetric);
    if (initial) {
      setMetric(wrap, initial);
      showExportState(frame, initial, defaultMetric);
      for (const r of radios) r.checked = r.value === initial;
    }
    choice.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      setMetric(wrap, input.value);
      showExportState(frame, input.value, defaultMetric);
      writeParam('m', input.value, defaultMetric);
      tip.hidden = true;
    });
  }

  for (const link of wrap.querySelectorAll<SVGAElement>('.map-region-link')) {
    link.addEventListener('pointermove', (e) => showTooltip(wrap, tip, link, current(), { x: e.clientX, y: e.clientY }));
    link.addEventListener('pointerleave', () => (tip.hidden = true));
    link.addEventListener('focus', () => showTooltip(wrap, tip, link, current()));
    link.addEventListener('blur', () => (tip.hidden = true));
  }
  wrap.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') tip.hidden = true;
  });
}

for (const wrap of document.querySelectorAll<HTMLElement>('[data-map-wrap]')) init(wrap);
