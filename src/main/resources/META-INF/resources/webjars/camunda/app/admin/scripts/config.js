// Admin's configuration, replacing the default one of the Camunda webjar (which sets
// nothing): Polish beside English.
export default {
  // Polish for a browser whose first language is Polish (locales/pl.json), English otherwise;
  // a label missing from pl.json shows in English.
  locales: {
    availableLocales: ['en', 'pl'],
    fallbackLocale: 'en'
  }
};
