// "Sales pipeline" on the Cockpit dashboard: the funnel of open leads per stage with their value
// (nurture beside it, as the side track it is), the conversions between stages and the win rate
// as a chart, and the stalled prospects, each linked to its process instance.
// Reads GET /api/pipeline with the manager's Cockpit login (the API accepts it for reading). The
// API gives the stages in words and the money with its currency: nothing is worded here.

const SVG = 'http://www.w3.org/2000/svg';
const FUNNEL_WIDTH = 300;
const NARROWEST_BAND = 70;
const BAND_HEIGHT = 46;
const CHART_LABEL_WIDTH = 220;
const CHART_BAR_WIDTH = 380;
const CHART_WIDTH = 1040;
const BLUES = ['#0b4f8a', '#1565a6', '#1f78b4', '#3b8fcc', '#5aa6dd'];

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

function shape(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

function picture(label, width, height, ...content) {
  return shape('svg', {viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label,
    class: 'sales-pipeline-picture', style: `width:100%;max-width:${width}px;height:auto`},
  shape('title', {}, label), ...content);
}

function leads(count) {
  return count === 1 ? '1 lead' : `${count} leads`;
}

function days(value) {
  const whole = Math.round(value);
  if (value < 1) {
    return 'less than a day';
  }
  return whole === 1 ? '1 day' : `${whole} days`;
}

function percent(ratio) {
  return Math.round(ratio * 100) + '%';
}

function date(instant) {
  return new Date(instant).toLocaleDateString('en-GB',
    {day: 'numeric', month: 'short', year: 'numeric'});
}

function stageText(stage) {
  const age = stage.medianAgeDays === null || stage.medianAgeDays === undefined
    ? '' : ` · typically ${days(stage.medianAgeDays)} in stage`;
  return `${leads(stage.count)} · ${stage.totalValueText} · weighted ${stage.weightedValueText}${age}`;
}

/** The funnel stages as bands narrowing with their lead counts; the side track apart below. */
function funnel(summary) {
  const steps = summary.stages.filter(stage => !stage.sideTrack);
  const sideTracks = summary.stages.filter(stage => stage.sideTrack);
  const widest = Math.max(1, ...steps.map(stage => stage.count));
  const width = count => NARROWEST_BAND + (FUNNEL_WIDTH - NARROWEST_BAND) * count / widest;
  const bands = steps.map((stage, index) => {
    const top = width(stage.count);
    const bottom = Math.max(NARROWEST_BAND * 0.8, top * 0.86);
    const y = index * (BAND_HEIGHT + 6);
    const centre = FUNNEL_WIDTH / 2;
    return shape('g', {'data-stage': stage.stage, class: 'sales-pipeline-stage'},
      shape('polygon', {fill: BLUES[index % BLUES.length], points: [
        [centre - top / 2, y], [centre + top / 2, y],
        [centre + bottom / 2, y + BAND_HEIGHT], [centre - bottom / 2, y + BAND_HEIGHT]]
        .map(point => point.join(',')).join(' ')}),
      shape('text', {x: centre, y: y + 29, 'text-anchor': 'middle', fill: '#fff',
        'font-size': 17, 'font-weight': 'bold', class: 'sales-pipeline-count'}, stage.count),
      shape('text', {x: FUNNEL_WIDTH + 24, y: y + 19, 'font-size': 15, 'font-weight': 'bold',
        fill: '#333', class: 'sales-pipeline-label'}, stage.label),
      shape('text', {x: FUNNEL_WIDTH + 24, y: y + 38, 'font-size': 13, fill: '#555',
        class: 'sales-pipeline-figures'}, stageText(stage)));
  });
  const funnelHeight = steps.length * (BAND_HEIGHT + 6);
  const tracks = sideTracks.map((stage, index) => {
    const y = funnelHeight + 14 + index * (BAND_HEIGHT + 10);
    return shape('g', {'data-stage': stage.stage, class: 'sales-pipeline-side-track'},
      shape('rect', {x: 0, y, width: FUNNEL_WIDTH, height: BAND_HEIGHT, rx: 8,
        fill: '#f3f7ee', stroke: '#6a9f3a', 'stroke-width': 2, 'stroke-dasharray': '6 4'}),
      shape('text', {x: FUNNEL_WIDTH / 2, y: y + 29, 'text-anchor': 'middle', fill: '#3f6b1c',
        'font-size': 17, 'font-weight': 'bold', class: 'sales-pipeline-count'}, stage.count),
      shape('text', {x: FUNNEL_WIDTH + 24, y: y + 19, 'font-size': 15, 'font-weight': 'bold',
        fill: '#3f6b1c', class: 'sales-pipeline-label'},
      `${stage.label} (side track, beside the funnel)`),
      shape('text', {x: FUNNEL_WIDTH + 24, y: y + 38, 'font-size': 13, fill: '#555',
        class: 'sales-pipeline-figures'}, stageText(stage)));
  });
  const height = funnelHeight + sideTracks.length * (BAND_HEIGHT + 10) + 14;
  return element('div', {'data-part': 'funnel'},
    picture('Open leads per stage', 920, height, ...bands, ...tracks),
    element('p', {'data-part': 'totals', class: 'sales-pipeline-totals'},
      `Open: ${leads(summary.openLeads)} · ${summary.totalValueText} · `
      + `weighted ${summary.weightedValueText}`));
}

function chartRow(y, attributes, label, ratio, detail, colour) {
  const filled = ratio === null || ratio === undefined ? 0 : CHART_BAR_WIDTH * ratio;
  return shape('g', attributes,
    shape('text', {x: CHART_LABEL_WIDTH - 12, y: y + 17, 'text-anchor': 'end', 'font-size': 14,
      fill: '#333'}, label),
    shape('rect', {x: CHART_LABEL_WIDTH, y: y + 2, width: CHART_BAR_WIDTH, height: 20, rx: 3,
      fill: '#e8edf2'}),
    shape('rect', {x: CHART_LABEL_WIDTH, y: y + 2, width: filled, height: 20, rx: 3,
      fill: colour}),
    shape('text', {x: CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 12, y: y + 17, 'font-size': 14,
      fill: '#333', class: 'sales-pipeline-rate'},
    ratio === null || ratio === undefined ? detail : `${percent(ratio)} · ${detail}`));
}

/** How many of the leads entering each stage went on, and how many closed leads were won. */
function conversions(report) {
  const summary = report.all;
  const rows = summary.conversions.map((step, index) => chartRow(index * 30,
    {'data-from': step.from, class: 'sales-pipeline-conversion'},
    `${step.fromLabel} → ${step.toLabel}`, step.rate,
    step.entered ? `${step.converted} of ${step.entered}` : 'none entered', '#1f78b4'));
  const closed = summary.won + summary.lost + summary.disqualified;
  rows.push(chartRow(summary.conversions.length * 30 + 8, {'data-part': 'win-rate'},
    'Win rate', summary.winRate,
    closed ? `${summary.won} won of ${closed} closed (${summary.lost} lost, `
      + `${summary.disqualified} disqualified)` : 'no lead closed', '#33a02c'));
  const height = summary.conversions.length * 30 + 40;
  return element('div', {'data-part': 'conversions'},
    element('h4', {}, `Conversions from ${date(report.from)} to ${date(report.to)}`),
    picture('Conversions between stages and win rate', CHART_WIDTH, height, ...rows));
}

function stalled(report) {
  if (!report.stalled.length) {
    return element('div', {'data-part': 'stalled'},
      element('h4', {}, 'Stalled prospects'),
      element('p', {}, 'No stalled prospects: every open lead was worked on in time.'));
  }
  const rows = report.stalled.map(lead => element('tr', {'data-lead': lead.leadId},
    element('td', {}, element('a', {href: `#/process-instance/${lead.processInstanceId}/runtime`,
      title: 'Open the process instance'}, lead.companyName)),
    element('td', {}, lead.stageLabel),
    element('td', {}, lead.ownerName || 'unassigned'),
    element('td', {class: 'sales-pipeline-idle'}, days(lead.idleDays)),
    element('td', {}, date(lead.lastActivityAt))));
  return element('div', {'data-part': 'stalled'},
    element('h4', {}, `Stalled prospects (${report.stalled.length})`),
    element('table', {class: 'table table-condensed cam-table'},
      element('thead', {}, element('tr', {},
        ...['Company', 'Stage', 'Owner', 'Without activity', 'Last activity'].map(
          title => element('th', {}, title)))),
      element('tbody', {}, ...rows)));
}

export default {
  id: 'salesPipeline',
  pluginPoint: 'cockpit.dashboard',
  priority: 1000,
  properties: {label: 'Sales pipeline'},
  render: (node) => {
    const container = element('div', {'data-sales-pipeline': 'loading', class: 'sales-pipeline'},
      'Loading the pipeline…');
    node.append(element('h1', {class: 'section-title'}, 'Sales pipeline'), container);
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
        container.replaceChildren(funnel(report.all), conversions(report), stalled(report));
        container.setAttribute('data-sales-pipeline', 'loaded');
      })
      .catch(error => {
        container.replaceChildren(element('p', {class: 'text-muted'}, error.message));
        container.setAttribute('data-sales-pipeline', 'failed');
      });
  }
};
