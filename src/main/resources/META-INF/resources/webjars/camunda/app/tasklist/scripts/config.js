// Tasklist's configuration, replacing the default one of the Camunda webjar: adds the
// "My pipeline" link to the header (my-pipeline/my-pipeline-link.js), which opens the rep's
// board of open leads by stage. The webjar's keyboard shortcuts are kept as they come.
export default {
  customScripts: ['my-pipeline/my-pipeline-link'],

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
