/**
 * The armed groups' card texts (src/content/armed-groups/<lang>/<group-id>.mdoc) joined to
 * where each group is active (data/armed-groups.csv), in the chapter's order. A group in the
 * data without a text, or a text whose kind differs between the languages, stops the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupAreas, type GroupAreas } from '../charts/armed-groups.ts';
import { armedGroups } from '../data/select.ts';
import { LANGS, type Lang } from '../i18n/index.ts';

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
    const texts = LANGS.map((inLang) => textFor(areas.group.group, inLang));
    const fileName = (e: CollectionEntry<'armed-groups'>) => e.id.slice(e.id.indexOf('/') + 1);
    const [first] = texts as [CollectionEntry<'armed-groups'>];
    if (texts.some((t) => t.data.kind !== first.data.kind || fileName(t) !== fileName(first))) {
      throw new Error(`Armed group "${areas.group.group}": ${texts.map((t) => `${t.id} (${t.data.kind})`).join(', ')} must have the same file name and kind`);
    }
    return { areas, entry: textFor(areas.group.group, lang) };
  });
}
