// Process variables read-only in Cockpit for everyone but administrators (group camunda-admin):
// Camunda's Community Edition offers "Add variable", edit, delete and upload on a process
// instance to every Cockpit user without asking for authorizations. The engine refuses such a
// change from anyone else anyway; this takes the buttons away so a manager is not offered it.
// Mounted with the process instance page (as an action without a button of its own), it marks
// the page read-only until the engine confirms the user is an administrator.

const READ_ONLY = 'sales-variables-read-only';
const ADMINISTRATORS = 'camunda-admin';

function installStyle() {
  if (document.getElementById(READ_ONLY)) {
    return;
  }
  const style = document.createElement('style');
  style.id = READ_ONLY;
  // One rule each: a browser without :has() drops only the rule that uses it.
  style.textContent = `
    .${READ_ONLY} [cam-widget-variables-table] .actions,
    .${READ_ONLY} [cam-widget-variables-table] a[ng-click^="uploadVariable"] {
      display: none !important;
    }
    .${READ_ONLY} .ctn-toolbar a.btn-toolbar:has(> .glyphicon-plus) {
      display: none !important;
    }`;
  document.head.append(style);
}

function json(url) {
  return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => {
      if (!response.ok) {
        throw new Error(`${url}: HTTP ${response.status}`);
      }
      return response.json();
    });
}

function isAdministrator(api) {
  return json(`${api.adminApi}/auth/user/${api.engine}`)
    .then(user => json(`${api.engineApi}/identity/groups?userId=${encodeURIComponent(user.userId)}`))
    .then(membership => membership.groups.some(group => group.id === ADMINISTRATORS))
    .catch(() => false);
}

export default {
  id: 'salesReadOnlyVariables',
  pluginPoint: 'cockpit.processInstance.runtime.action',
  priority: -1000,
  render: (node, {api}) => {
    installStyle();
    document.body.classList.add(READ_ONLY);
    isAdministrator(api).then(administrator => {
      if (administrator) {
        document.body.classList.remove(READ_ONLY);
      }
    });
  },
  unmount: () => document.body.classList.remove(READ_ONLY)
};
