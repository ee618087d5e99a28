/** Column definitions several datasets share. */
import { REGION_CODES } from '../types.ts';
import * as f from './fields.ts';

/** Niger as a whole (NE) or one of its regions. */
export const AREA_CODES = ['NE', ...REGION_CODES] as const;

/** Every sourced row names its source document and where in it. */
export const provenance = { source_id: f.text, locator: f.text };
