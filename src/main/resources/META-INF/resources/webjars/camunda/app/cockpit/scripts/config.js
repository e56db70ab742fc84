// Cockpit's configuration, replacing the default one of the Camunda webjar: adds the
// "Sales pipeline" dashboard plugin of this application (sales-pipeline/sales-pipeline.js).
export default {
  customScripts: ['sales-pipeline/sales-pipeline', 'reassign-lead/reassign-lead']
};
