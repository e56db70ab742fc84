// Cockpit's configuration, replacing the default one of the Camunda webjar: adds the
// "Sales pipeline" dashboard plugin of this application (sales-pipeline/sales-pipeline.js) and
// keeps process variables read-only for all but administrators (read-only-variables/); managers
// reassign a lead from its process instance (reassign-lead/).
export default {
  customScripts: [
    'sales-pipeline/sales-pipeline',
    'read-only-variables/read-only-variables',
    'reassign-lead/reassign-lead'
  ]
};
