// Tasklist's configuration, replacing the default one of the Camunda webjar: adds the
// "My pipeline" link to the header (my-pipeline/my-pipeline-link.js), which opens the rep's
// board of open leads by stage, and Polish beside English. The webjar's keyboard shortcuts are
// kept as they come.
export default {
  customScripts: ['my-pipeline/my-pipeline-link'],

  // Polish for a browser whose first language is Polish (locales/pl.json), English otherwise;
  // a label missing from pl.json shows in English.
  locales: {
    availableLocales: ['en', 'pl'],
    fallbackLocale: 'en'
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
