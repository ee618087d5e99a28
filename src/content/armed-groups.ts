/**
 * The armed groups' card texts (src/content/armed-groups/<lang>/<group-id>.mdoc) joined to
 * where each group is active (data/armed-groups.csv), in the chapter's order. A group in the
 * data without a text, or a text whose kind differs between the languages, stops the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupAreas, type GroupAreas } from '../charts/armed-groups.ts';
import { armedGroups } from '../data/select.ts';
import type { Lang } from '../i18n/index.ts';

export interface ArmedGroupCard {
  areas: GroupAreas;
  entry: CollectionEntry<'armed-groups'>;
}

export async function armedGroupCards(lang: Lang): Promise<ArmedGroupCard[]> {
  const entries = await getCollection('armed-groups');
  const textFor = (group: string, inLang: Lang) => {
    const found = entries.find((e) => e.id.startsWith(`${inLang}/`) && e.data.group === group);
    if (!found) throw new Error(`No card text for armed group "${group}": add src/content/armed-groups/${inLang}/<group-id>.mdoc with group: "${group}"`);
    return found;
  };
  return groupAreas(armedGroups).map((areas) => {
    const [nl, en] = [textFor(areas.group.group, 'nl'), textFor(areas.group.group, 'en')];
    if (nl.data.kind !== en.data.kind || nl.id.slice(3) !== en.id.slice(3)) {
      throw new Error(`Armed group "${areas.group.group}": ${nl.id} (${nl.data.kind}) and ${en.id} (${en.data.kind}) must have the same file name and kind`);
    }
    return { areas, entry: lang === 'nl' ? nl : en };
  });
}
