// Cockpit's configuration, replacing the default one of the Camunda webjar: adds the
// "Sales pipeline" dashboard plugin of this application (sales-pipeline/sales-pipeline.js) and
// keeps process variables read-only for all but administrators (read-only-variables/); managers
// reassign a lead from its process instance (reassign-lead/); Polish beside English.
export default {
  // Polish for a browser whose first language is Polish (locales/pl.json), English otherwise;
  // a label missing from pl.json shows in English.
  locales: {
    availableLocales: ['en', 'pl'],
    fallbackLocale: 'en'
  },

  customScripts: [
    'sales-pipeline/sales-pipeline',
    'read-only-variables/read-only-variables',
    'reassign-lead/reassign-lead'
  ]
};
