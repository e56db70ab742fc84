// The language of this application's own plugins in Tasklist and Cockpit, chosen as the webapps
// choose theirs (locales in scripts/config.js): Polish when the browser's first language is
// Polish, English otherwise.

const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';

export const language = first.split('-')[0].toLowerCase() === 'pl' ? 'pl' : 'en';

/** A plugin's words in that language, from {en: {...}, pl: {...}}. */
export function wordsOf(words) {
  return words[language] || words.en;
}

/**
 * The count with its noun in the right form: forms by plural category, {one, other} in English,
 * {one, few, many} in Polish (1 lead, 2 leady, 5 leadów).
 */
export function counted(count, forms) {
  const form = forms[new Intl.PluralRules(language).select(count)] || forms.other || forms.many;
  return `${count} ${form}`;
}
