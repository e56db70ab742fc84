// "Sales pipeline" on the Cockpit dashboard: the funnel of open leads per stage with their value
// (nurture beside it, as the side track it is), the conversions between stages and the win rate
// as a chart, and the stalled prospects, each linked to its process instance.
// Reads GET /api/pipeline with the manager's Cockpit login (the API accepts it for reading). The
// API gives the stages in words and the money with its currency, in English; in Polish the
// stages are named by their codes and the amounts written the Polish way here.

import {counted, language, wordsOf} from '../../sales-language/sales-language.js';
import {appRoot, element, svgElement} from '../../sales-page/page.js';

const FUNNEL_WIDTH = 300;
const NARROWEST_BAND = 70;
const BAND_HEIGHT = 46;
const CHART_LABEL_WIDTH = 220;
const CHART_BAR_WIDTH = 380;
const CHART_WIDTH = 1040;
const BLUES = ['#0b4f8a', '#1565a6', '#1f78b4', '#3b8fcc', '#5aa6dd'];

const WORDS = wordsOf({
  en: {
    title: 'Sales pipeline',
    loading: 'Loading the pipeline…',
    forbidden: 'The pipeline is for sales managers and administrators.',
    failed: status => `The pipeline could not be loaded (HTTP ${status}).`,
    leads: {one: 'lead', other: 'leads'},
    days: {one: 'day', other: 'days'},
    lessThanADay: 'less than a day',
    dateLocale: 'en-GB',
    typically: age => `typically ${age} in stage`,
    weighted: 'weighted',
    sideTrack: label => `${label} (side track, beside the funnel)`,
    perStage: 'Open leads per stage',
    open: 'Open',
    noneEntered: 'none entered',
    converted: (converted, entered) => `${converted} of ${entered}`,
    winRate: 'Win rate',
    closed: (won, closed, lost, disqualified) =>
      `${won} won of ${closed} closed (${lost} lost, ${disqualified} disqualified)`,
    noneClosed: 'no lead closed',
    conversionsFrom: (from, to) => `Conversions from ${from} to ${to}`,
    conversionsPicture: 'Conversions between stages and win rate',
    stalled: 'Stalled prospects',
    noneStalled: 'No stalled prospects: every open lead was worked on in time.',
    openInstance: 'Open the process instance',
    unassigned: 'unassigned',
    columns: ['Company', 'Stage', 'Owner', 'Without activity', 'Last activity']
  },
  pl: {
    title: 'Lejek sprzedaży',
    loading: 'Wczytywanie lejka…',
    forbidden: 'Lejek sprzedaży jest dla kierowników sprzedaży i administratorów.',
    failed: status => `Nie udało się wczytać lejka (HTTP ${status}).`,
    leads: {one: 'lead', few: 'leady', many: 'leadów', other: 'leada'},
    days: {one: 'dzień', few: 'dni', many: 'dni', other: 'dnia'},
    lessThanADay: 'mniej niż dzień',
    dateLocale: 'pl-PL',
    typically: age => `zwykle ${age} w etapie`,
    weighted: 'ważone',
    sideTrack: label => `${label} (ścieżka boczna, obok lejka)`,
    perStage: 'Otwarte leady według etapów',
    open: 'Otwarte',
    noneEntered: 'brak wejść',
    converted: (converted, entered) => `${converted} z ${entered}`,
    winRate: 'Skuteczność',
    closed: (won, closed, lost, disqualified) => `wygrane: ${won} z ${closed} zamkniętych `
      + `(przegrane: ${lost}, zdyskwalifikowane: ${disqualified})`,
    noneClosed: 'brak zamkniętych leadów',
    conversionsFrom: (from, to) => `Konwersje od ${from} do ${to}`,
    conversionsPicture: 'Konwersje między etapami i skuteczność',
    stalled: 'Utknięte szanse',
    noneStalled: 'Brak utkniętych szans: każdy otwarty lead był prowadzony na czas.',
    openInstance: 'Otwórz instancję procesu',
    unassigned: 'nieprzypisany',
    columns: ['Firma', 'Etap', 'Opiekun', 'Bez aktywności', 'Ostatnia aktywność'],
    stages: {
      LEAD: 'Lead', QUALIFYING: 'Kwalifikacja', NURTURE: 'Pielęgnowanie',
      PROSPECT: 'Szansa sprzedaży', EVALUATION: 'Ocena', PROPOSAL: 'Oferta', WON: 'Wygrana',
      LOST: 'Przegrana', DISQUALIFIED: 'Zdyskwalifikowany'
    }
  }
});

function picture(label, width, height, ...content) {
  return svgElement('svg', {viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label,
    class: 'sales-pipeline-picture', style: `width:100%;max-width:${width}px;height:auto`},
  svgElement('title', {}, label), ...content);
}

function leads(count) {
  return counted(count, WORDS.leads);
}

function days(value) {
  return value < 1 ? WORDS.lessThanADay : counted(Math.round(value), WORDS.days);
}

/** A stage in words: the API's label, or in Polish the stage's name by its code. */
function stageName(code, label) {
  return (WORDS.stages && WORDS.stages[code]) || label;
}

/** An amount as text: the API's text, or in Polish with spaces and a decimal comma. */
function money(amount, text, currency) {
  if (language !== 'pl' || amount === null || amount === undefined) {
    return text;
  }
  return `${new Intl.NumberFormat('pl-PL', {minimumFractionDigits: 2, maximumFractionDigits: 2})
    .format(amount)} ${currency}`;
}

function percent(ratio) {
  return Math.round(ratio * 100) + '%';
}

function date(instant) {
  return new Date(instant).toLocaleDateString(WORDS.dateLocale,
    {day: 'numeric', month: 'short', year: 'numeric'});
}

function stageText(stage, currency) {
  const age = stage.medianAgeDays === null || stage.medianAgeDays === undefined
    ? '' : ` · ${WORDS.typically(days(stage.medianAgeDays))}`;
  return `${leads(stage.count)} · ${money(stage.totalValue, stage.totalValueText, currency)} · `
    + `${WORDS.weighted} ${money(stage.weightedValue, stage.weightedValueText, currency)}${age}`;
}

/** The funnel stages as bands narrowing with their lead counts; the side track apart below. */
function funnel(summary, currency) {
  const steps = summary.stages.filter(stage => !stage.sideTrack);
  const sideTracks = summary.stages.filter(stage => stage.sideTrack);
  const widest = Math.max(1, ...steps.map(stage => stage.count));
  const width = count => NARROWEST_BAND + (FUNNEL_WIDTH - NARROWEST_BAND) * count / widest;
  const bands = steps.map((stage, index) => {
    const top = width(stage.count);
    const bottom = Math.max(NARROWEST_BAND * 0.8, top * 0.86);
    const y = index * (BAND_HEIGHT + 6);
    const centre = FUNNEL_WIDTH / 2;
    return svgElement('g', {'data-stage': stage.stage, class: 'sales-pipeline-stage'},
      svgElement('polygon', {fill: BLUES[index % BLUES.length], points: [
        [centre - top / 2, y], [centre + top / 2, y],
        [centre + bottom / 2, y + BAND_HEIGHT], [centre - bottom / 2, y + BAND_HEIGHT]]
        .map(point => point.join(',')).join(' ')}),
      svgElement('text', {x: centre, y: y + 29, 'text-anchor': 'middle', fill: '#fff',
        'font-size': 17, 'font-weight': 'bold', class: 'sales-pipeline-count'}, stage.count),
      svgElement('text', {x: FUNNEL_WIDTH + 24, y: y + 19, 'font-size': 15, 'font-weight': 'bold',
        fill: '#333', class: 'sales-pipeline-label'}, stageName(stage.stage, stage.label)),
      svgElement('text', {x: FUNNEL_WIDTH + 24, y: y + 38, 'font-size': 13, fill: '#555',
        class: 'sales-pipeline-figures'}, stageText(stage, currency)));
  });
  const funnelHeight = steps.length * (BAND_HEIGHT + 6);
  const tracks = sideTracks.map((stage, index) => {
    const y = funnelHeight + 14 + index * (BAND_HEIGHT + 10);
    return svgElement('g', {'data-stage': stage.stage, class: 'sales-pipeline-side-track'},
      svgElement('rect', {x: 0, y, width: FUNNEL_WIDTH, height: BAND_HEIGHT, rx: 8,
        fill: '#f3f7ee', stroke: '#6a9f3a', 'stroke-width': 2, 'stroke-dasharray': '6 4'}),
      svgElement('text', {x: FUNNEL_WIDTH / 2, y: y + 29, 'text-anchor': 'middle', fill: '#3f6b1c',
        'font-size': 17, 'font-weight': 'bold', class: 'sales-pipeline-count'}, stage.count),
      svgElement('text', {x: FUNNEL_WIDTH + 24, y: y + 19, 'font-size': 15, 'font-weight': 'bold',
        fill: '#3f6b1c', class: 'sales-pipeline-label'},
      WORDS.sideTrack(stageName(stage.stage, stage.label))),
      svgElement('text', {x: FUNNEL_WIDTH + 24, y: y + 38, 'font-size': 13, fill: '#555',
        class: 'sales-pipeline-figures'}, stageText(stage, currency)));
  });
  const height = funnelHeight + sideTracks.length * (BAND_HEIGHT + 10) + 14;
  return element('div', {'data-part': 'funnel'},
    picture(WORDS.perStage, 920, height, ...bands, ...tracks),
    element('p', {'data-part': 'totals', class: 'sales-pipeline-totals'},
      `${WORDS.open}: ${leads(summary.openLeads)} · `
      + `${money(summary.totalValue, summary.totalValueText, currency)} · ${WORDS.weighted} `
      + `${money(summary.weightedValue, summary.weightedValueText, currency)}`));
}

function chartRow(y, attributes, label, ratio, detail, colour) {
  const filled = ratio === null || ratio === undefined ? 0 : CHART_BAR_WIDTH * ratio;
  return svgElement('g', attributes,
    svgElement('text', {x: CHART_LABEL_WIDTH - 12, y: y + 17, 'text-anchor': 'end', 'font-size': 14,
      fill: '#333'}, label),
    svgElement('rect', {x: CHART_LABEL_WIDTH, y: y + 2, width: CHART_BAR_WIDTH, height: 20, rx: 3,
      fill: '#e8edf2'}),
    svgElement('rect', {x: CHART_LABEL_WIDTH, y: y + 2, width: filled, height: 20, rx: 3,
      fill: colour}),
    svgElement('text', {x: CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 12, y: y + 17, 'font-size': 14,
      fill: '#333', class: 'sales-pipeline-rate'},
    ratio === null || ratio === undefined ? detail : `${percent(ratio)} · ${detail}`));
}

/** How many of the leads entering each stage went on, and how many closed leads were won. */
function conversions(report) {
  const summary = report.all;
  const rows = summary.conversions.map((step, index) => chartRow(index * 30,
    {'data-from': step.from, class: 'sales-pipeline-conversion'},
    `${stageName(step.from, step.fromLabel)} → ${stageName(step.to, step.toLabel)}`, step.rate,
    step.entered ? WORDS.converted(step.converted, step.entered) : WORDS.noneEntered,
    '#1f78b4'));
  const closed = summary.won + summary.lost + summary.disqualified;
  rows.push(chartRow(summary.conversions.length * 30 + 8, {'data-part': 'win-rate'},
    WORDS.winRate, summary.winRate,
    closed ? WORDS.closed(summary.won, closed, summary.lost, summary.disqualified)
      : WORDS.noneClosed, '#33a02c'));
  const height = summary.conversions.length * 30 + 40;
  return element('div', {'data-part': 'conversions'},
    element('h4', {}, WORDS.conversionsFrom(date(report.from), date(report.to))),
    picture(WORDS.conversionsPicture, CHART_WIDTH, height, ...rows));
}

function stalled(report) {
  if (!report.stalled.length) {
    return element('div', {'data-part': 'stalled'},
      element('h4', {}, WORDS.stalled),
      element('p', {}, WORDS.noneStalled));
  }
  const rows = report.stalled.map(lead => element('tr', {'data-lead': lead.leadId},
    element('td', {}, element('a', {href: `#/process-instance/${lead.processInstanceId}/runtime`,
      title: WORDS.openInstance}, lead.companyName)),
    element('td', {}, stageName(lead.stage, lead.stageLabel)),
    element('td', {}, lead.ownerName || WORDS.unassigned),
    element('td', {class: 'sales-pipeline-idle'}, days(lead.idleDays)),
    element('td', {}, date(lead.lastActivityAt))));
  return element('div', {'data-part': 'stalled'},
    element('h4', {}, `${WORDS.stalled} (${report.stalled.length})`),
    element('table', {class: 'table table-condensed cam-table'},
      element('thead', {}, element('tr', {},
        ...WORDS.columns.map(
          title => element('th', {}, title)))),
      element('tbody', {}, ...rows)));
}

export default {
  id: 'salesPipeline',
  pluginPoint: 'cockpit.dashboard',
  priority: 1000,
  properties: {label: WORDS.title},
  render: (node) => {
    const container = element('div', {'data-sales-pipeline': 'loading', class: 'sales-pipeline'},
      WORDS.loading);
    node.append(element('h1', {class: 'section-title'}, WORDS.title), container);
    fetch(`${appRoot()}/api/pipeline`, {credentials: 'same-origin',
      headers: {Accept: 'application/json'}})
      .then(response => {
        if (response.status === 403 || response.status === 401) {
          throw new Error(WORDS.forbidden);
        }
        if (!response.ok) {
          throw new Error(WORDS.failed(response.status));
        }
        return response.json();
      })
      .then(report => {
        container.replaceChildren(funnel(report.all, report.currency), conversions(report),
          stalled(report));
        container.setAttribute('data-sales-pipeline', 'loaded');
      })
      .catch(error => {
        container.replaceChildren(element('p', {class: 'text-muted'}, error.message));
        container.setAttribute('data-sales-pipeline', 'failed');
      });
  }
};
