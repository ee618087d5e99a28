/**
 * The one script every page and embed loads. Two things must happen before the first
 * paint: an embed's ?theme= (or it flashes in the other theme) and a deep link's layout
 * (the parts above its target laid out before the browser places it); the landing
 * itself waits for the interactions, which load after the first paint (interactions.ts).
 */
import './embed-theme.ts';
import { followDeepLinks } from './deep-links.ts';
import { loadInteractions } from './interactions.ts';

followDeepLinks(loadInteractions());
