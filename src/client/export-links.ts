/**
 * Points a chart's image downloads at the state shown, so a download names what the reader
 * saw: `/data/charts/<lang>/<id>.svg` is the default state, `<id>--<state>.svg` any other
 * (the names src/charts/states.ts gives the files).
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
    const lang = dir.split('/').filter(Boolean).pop() ?? '';
    link.download = `${name}-${lang}.${ext}`;
  }
}
