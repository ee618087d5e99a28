/**
 * Points a chart's downloads at the state shown, so a download names what the reader saw:
 * `/data/charts/<lang>/<id>.svg` (and `/data/charts/<id>.csv`, the whole table) is the default
 * state, `<id>--<state>.svg` any other (the names src/charts/states.ts gives the files).
 */
export function showExportState(frame: Element | null, state: string, defaultState: string): void {
  for (const link of frame?.querySelectorAll<HTMLAnchorElement>('a[data-export-link]') ?? []) {
    const ext = link.dataset.exportLink ?? '';
    const url = new URL(link.href);
    const dir = url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
    const id = frame?.getAttribute('data-chart') ?? '';
    const name = state === defaultState ? id : `${id}--${state}`;
    url.pathname = `${dir}${name}.${ext}`;
    link.href = url.pathname;
    // Images are per language (/data/charts/<lang>/), data is not (/data/charts/).
    const lang = ext === 'csv' ? '' : `-${dir.split('/').filter(Boolean).pop() ?? ''}`;
    link.download = `${name}${lang}.${ext}`;
  }
}
