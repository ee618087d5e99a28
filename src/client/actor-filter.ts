/**
 * The timeline's actor filter: unticked lanes are listed in `data-hidden-lanes` on the
 * chart frame, which CSS uses to hide their marks and event lines. Kept in the URL as
 * `a=` (the lanes shown, only when not all are). The image downloads follow (export-links.ts).
 */
import { showExportState } from './export-links.ts';
import { writeParam } from './url-state.ts';

for (const filter of document.querySelectorAll<HTMLFieldSetElement>('[data-actor-filter]')) {
  const frame = filter.closest<HTMLElement>('.chart-frame');
  if (!frame) continue;
  const boxes = [...filter.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const all = boxes.map((b) => b.value);
  filter.hidden = false;

  const apply = () => {
    frame.dataset.hiddenLanes = boxes.filter((b) => !b.checked).map((b) => b.value).join(' ');
    // Downloads exist for all lanes and for each lane alone; any other choice downloads all lanes, and says so.
    const shown = boxes.filter((b) => b.checked);
    showExportState(frame, shown.length === 1 ? shown[0]!.value : 'all', 'all');
  };

  const remember = () => {
    const shown = boxes.filter((b) => b.checked).map((b) => b.value);
    writeParam('a', shown.length === all.length ? null : shown.join(','), null);
  };

  const requested = (new URLSearchParams(location.search).get('a') ?? '').split(/[ ,]+/).filter((v) => all.includes(v));
  if (requested.length > 0) for (const b of boxes) b.checked = requested.includes(b.value);
  apply();
  // This script loads after the first paint: boxes the reader changed before then count.
  if (requested.length === 0) remember();

  filter.addEventListener('change', () => {
    apply();
    remember();
  });
}
