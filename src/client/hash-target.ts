/**
 * The element the address's fragment names, or null. A fragment that is not valid
 * percent-encoding (`#%`, a cut-off `#%E0%A4%A`) names nothing, as browsers treat it,
 * instead of throwing and stopping every script that asks.
 */
export function hashTarget(hash: string = location.hash): HTMLElement | null {
  const raw = hash.slice(1);
  if (!raw) return null;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return document.getElementById(raw);
  }
  return document.getElementById(id) ?? document.getElementById(raw);
}
