/**
 * The one script every page and embed loads. What it runs at once: an embed's ?theme= (or
 * it flashes in the other theme), the language switch (it keeps the reader's place from the
 * first tap) and a deep link's layout (the parts above its target laid out before the
 * browser places it); the landing itself waits for the interactions, which load after the
 * first paint (interactions.ts).
 */
import './embed-theme.ts';
import './lang-switch.ts';
import { followDeepLinks } from './deep-links.ts';
import { loadInteractions } from './interactions.ts';

followDeepLinks(loadInteractions());
