/** The citation a figure tip copies, and the anchors it links to. */
import { describe, expect, it } from 'vitest';
import { acledNiger, deployments, discrepancies, incidents } from '../../src/data/select.ts';
import { discrepancyAnchor, figureAnchor, figureCitation, isQuoted, rowCitation } from '../../src/lib/cite/figure-citation.ts';

const acledRow = acledNiger.find((r) => r.area === 'NE' && r.locator === '§5')!;
const deploymentRow = deployments[0]!;

describe('a figure citation', () => {
  it('gives ACLED figures the chain: ACLED, as quoted in the report, with its locator and the day the data were consulted', () => {
    expect(isQuoted(acledRow)).toBe(true);
    expect(rowCitation(acledRow, 'en')).toBe(
      'ACLED, as quoted in Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGRS), Cedoca, COI Focus NIGER. Veiligheidssituatie, 11 July 2025, §5, consulted on 5 June 2025',
    );
    expect(rowCitation(acledRow, 'nl')).toMatch(/^ACLED, zoals geciteerd in .*, 11 juli 2025, §5, geraadpleegd op 5 juni 2025$/);
    const acledToll = incidents.find((r) => r.deaths_by === 'acled');
    if (acledToll) expect(rowCitation(acledToll, 'en')).toMatch(/^ACLED, as quoted in /);
  });

  it('cites other figures by their document and locator, undated documents without a date', () => {
    expect(isQuoted(deploymentRow)).toBe(false);
    expect(rowCitation(deploymentRow, 'en')).toBe(`Belgian Defence (Defensie), Onze missie in Niger, ${deploymentRow.locator}`);
    const report = incidents.find((r) => r.deaths_by === 'report')!;
    expect(rowCitation(report, 'en')).toMatch(/^Commissariaat-generaal .*, 11 July 2025, §/);
  });

  it('ends with the site and the permanent link; a derived figure names how it was computed and every row once', () => {
    const url = 'https://example.org/en/#fig-x';
    expect(figureCitation([deploymentRow], undefined, url, 'en')).toBe(`Belgian Defence (Defensie), Onze missie in Niger, ${deploymentRow.locator}. In: Niger: violence, missions and withdrawal, ${url}`);
    const derived = figureCitation([acledRow, acledRow, deploymentRow], 'change on a year earlier', url, 'en');
    expect(derived).toMatch(/^Derived \(change on a year earlier\) from: ACLED, as quoted in .*; Belgian Defence .*\. In: .*example\.org/);
    expect(derived.match(/ACLED, as quoted/g)).toHaveLength(1);
  });
});

describe('anchors', () => {
  it('are stable, valid ids: from the registry id, else from the value and rows', () => {
    expect(figureAnchor('acled.ne.incidents.current', 269, [])).toBe('fig-acled-ne-incidents-current');
    const a = figureAnchor(undefined, 35, [acledRow]);
    expect(a).toBe(figureAnchor(undefined, 35, [acledRow]));
    expect(a).not.toBe(figureAnchor(undefined, 36, [acledRow]));
    expect(a).toMatch(/^fig-[a-z0-9]+$/);
  });

  it('give every row of the disagreements table its own id', () => {
    const ids = discrepancies.map(discrepancyAnchor);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^discrepancy-[a-z0-9-]+$/);
  });
});
