/** What the figure component prints for a registry entry in one language: pure, so it is tested without a build. */
import type { Provenance, ValueQualifier } from '../data/types.ts';
import { ui, type Lang } from '../i18n/index.ts';
import { formatChange, formatNumber, formatPercent } from '../lib/format.ts';
import { citation } from '../lib/provenance.ts';
import type { FigureDef, FigureFormat } from './types.ts';

/** A figure with its words already in the page's language (what the legacy props of Figure.astro give directly). */
export interface FigureText {
  value: number;
  from: readonly Provenance[];
  format: FigureFormat;
  qualifier: ValueQualifier;
  derivation?: string;
  unit?: string;
  scale: number;
}

export interface FigureView {
  value: number;
  /** The value as shown (scaled), for `<data value>`. */
  shown: number;
  prefix: string;
  formatted: string;
  unit?: string;
  derived: boolean;
  label: string;
  derivation?: string;
  citations: string;
}

/** Looks a registry entry's unit and derivation up in the page's dictionary. */
export function figureText(def: FigureDef, lang: Lang): FigureText {
  const words = ui(lang).figure;
  const { value, from, format, qualifier, scale = 1 } = def;
  return {
    value,
    from,
    format,
    qualifier,
    scale,
    derivation: def.derivation && words.derivation[def.derivation],
    unit: def.unit && words.unit[def.unit],
  };
}

const FORMATS: Record<FigureFormat, (value: number, lang: Lang) => string> = { number: formatNumber, percent: formatPercent, change: formatChange };

export function figureView(f: FigureText, lang: Lang): FigureView {
  const t = ui(lang);
  const words = t.figure;
  const shown = f.value / f.scale;
  const derived = f.derivation !== undefined;
  return {
    value: f.value,
    shown,
    prefix: words.qualifier[f.qualifier],
    formatted: FORMATS[f.format](shown, lang),
    unit: f.unit,
    derived,
    label: derived ? words.derived : t.source,
    derivation: f.derivation,
    citations: f.from.map((r) => citation(r, lang)).join(' · '),
  };
}
