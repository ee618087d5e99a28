/**
 * Parts of the story far from the reader are laid out only when they come near
 * (content-visibility, see global.css); until then the browser reserves an estimated
 * height. Each part's estimate is a size class at or above its real height on a 320 px
 * phone, so a part laid out early (a tool measuring it) never spills over what follows.
 * A browser test fails when a part outgrows its class.
 */
export type RenderEstimate = 's' | 'm' | 'l' | 'xl';

const ESTIMATES: Record<string, RenderEstimate> = {
  overview: 's',
  background: 'm',
  'partners-steps': 'l',
  missions: 'm',
  'armed-groups': 'l',
  violence: 'm',
  regions: 'm',
  'casualty-counts': 'l',
  displacement: 'm',
  sources: 's',
};

/** The class that reserves a part's estimated height. */
export function renderEstimateClass(part: string): string {
  return `render-when-near render-estimate-${ESTIMATES[part] ?? 'xl'}`;
}
