// "Sales pipeline" on the Cockpit dashboard: the funnel of open leads per stage with their value,
// the conversions between stages, and the stalled prospects, each linked to its process instance.
// Reads GET /api/pipeline with the manager's Cockpit login (the API accepts it for reading).

const FUNNEL = ['LEAD', 'QUALIFYING', 'PROSPECT', 'EVALUATION', 'PROPOSAL'];

function appRoot() {
  const path = window.location.pathname;
  const at = path.indexOf('/camunda/app/');
  return at > 0 ? path.substring(0, at) : '';
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

function money(value) {
  return Number(value || 0).toLocaleString('en-US', {maximumFractionDigits: 0});
}

function percent(ratio) {
  return ratio === null || ratio === undefined ? '–' : Math.round(ratio * 100) + '%';
}

function funnel(summary) {
  const stages = summary.stages.filter(stage => FUNNEL.includes(stage.stage) || stage.count > 0);
  const widest = Math.max(1, ...stages.map(stage => stage.count));
  const rows = stages.map(stage => element('tr', {'data-stage': stage.stage},
    element('th', {}, stage.stage),
    element('td', {class: 'sales-pipeline-count'}, stage.count),
    element('td', {class: 'sales-pipeline-value'}, money(stage.totalValue)),
    element('td', {class: 'sales-pipeline-weighted'}, money(stage.weightedValue)),
    element('td', {class: 'sales-pipeline-age'}, stage.medianAgeDays ?? '–'),
    element('td', {class: 'sales-pipeline-bar'}, element('div', {
      style: `height:12px;background:#1f78b4;width:${Math.round(100 * stage.count / widest)}%`
    }))));
  return element('table', {class: 'table table-condensed cam-table', 'data-part': 'funnel'},
    element('thead', {}, element('tr', {},
      ...['Stage', 'Leads', 'Value', 'Weighted', 'Median days in stage', ''].map(
        title => element('th', {}, title)))),
    element('tbody', {}, ...rows));
}

function conversions(summary) {
  return element('p', {'data-part': 'conversions'},
    'Conversion in the last 90 days: ',
    ...summary.conversions.map((step, index) => element('span', {
      'data-from': step.from, class: 'sales-pipeline-conversion'
    }, `${index ? ' · ' : ''}${step.from} → ${step.to} ${percent(step.rate)}`)),
    element('br'),
    element('span', {'data-part': 'results'},
      `Won ${summary.won}, lost ${summary.lost}, disqualified ${summary.disqualified}, `
      + `win rate ${percent(summary.winRate)}; open value ${money(summary.totalValue)}, `
      + `weighted ${money(summary.weightedValue)}`));
}

function stalled(report) {
  if (!report.stalled.length) {
    return element('p', {'data-part': 'stalled'}, 'No stalled prospects.');
  }
  const rows = report.stalled.map(lead => element('tr', {'data-lead': lead.leadId},
    element('td', {}, element('a', {href: `#/process-instance/${lead.processInstanceId}/runtime`},
      lead.companyName)),
    element('td', {}, lead.stage),
    element('td', {}, lead.owner || 'unassigned'),
    element('td', {class: 'sales-pipeline-idle'}, lead.idleDays)));
  return element('div', {'data-part': 'stalled'},
    element('h4', {}, `Stalled prospects (${report.stalled.length})`),
    element('table', {class: 'table table-condensed cam-table'},
      element('thead', {}, element('tr', {},
        ...['Company', 'Stage', 'Owner', 'Days without activity'].map(
          title => element('th', {}, title)))),
      element('tbody', {}, ...rows)));
}

export default {
  id: 'salesPipeline',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  properties: {label: 'Sales pipeline'},
  render: (node) => {
    const container = element('div', {'data-sales-pipeline': 'loading'}, 'Loading the pipeline…');
    node.append(container);
    fetch(`${appRoot()}/api/pipeline`, {credentials: 'same-origin',
      headers: {Accept: 'application/json'}})
      .then(response => {
        if (response.status === 403 || response.status === 401) {
          throw new Error('The pipeline is for sales managers and administrators.');
        }
        if (!response.ok) {
          throw new Error(`The pipeline could not be loaded (HTTP ${response.status}).`);
        }
        return response.json();
      })
      .then(report => {
        container.replaceChildren(element('h3', {}, 'Sales pipeline'), funnel(report.all),
          conversions(report.all), stalled(report));
        container.setAttribute('data-sales-pipeline', 'loaded');
      })
      .catch(error => {
        container.replaceChildren(element('p', {class: 'text-muted'}, error.message));
        container.setAttribute('data-sales-pipeline', 'failed');
      });
  }
};
