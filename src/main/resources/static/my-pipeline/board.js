// The rep's board: GET /api/board with the Tasklist login, drawn as one column per stage with a
// card per open lead. A card opens the lead's task in Tasklist when the rep has one.

const TASKLIST = '../camunda/app/tasklist/default/';

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

function days(count) {
  if (count === null || count === undefined) {
    return 'days in stage unknown';
  }
  return count === 1 ? '1 day in stage' : `${count} days in stage`;
}

function leads(count) {
  return count === 1 ? '1 lead' : `${count} leads`;
}

function card(lead) {
  const content = [
    element('div', {class: 'company'}, lead.companyName,
      ...(lead.urgent ? [element('span', {class: 'badge'}, 'Urgent')] : [])),
    element('div', {class: 'value'}, lead.dealValueText ?? 'No deal value yet'),
    element('div', {class: 'days'}, days(lead.daysInStage))
  ];
  const attributes = {class: lead.urgent ? 'card urgent' : 'card', 'data-lead': lead.leadId};
  if (!lead.task) {
    return element('li', attributes,
      element('div', {}, ...content, element('div', {class: 'no-task'}, 'No task of yours')));
  }
  return element('li', attributes, element('a', {
    href: `${TASKLIST}#/?task=${encodeURIComponent(lead.task.id)}`,
    title: `Open “${lead.task.name}” in Tasklist`
  }, ...content, element('div', {class: 'task'}, `${lead.task.name} →`)));
}

function column(stage) {
  return element('section', {class: 'column', 'data-stage': stage.stage},
    element('h2', {}, stage.label),
    element('p', {class: 'summary'}, `${leads(stage.count)} · ${stage.totalValue}`),
    stage.cards.length
      ? element('ol', {}, ...stage.cards.map(card))
      : element('p', {class: 'empty'}, 'No leads'));
}

function repChoice(board) {
  if (!board.reps.length) {
    return;
  }
  const select = document.getElementById('rep');
  const listed = board.reps.some(rep => rep.id === board.rep);
  const options = listed ? board.reps : [{id: board.rep, name: board.repName}, ...board.reps];
  select.replaceChildren(...options.map(rep => {
    const option = element('option', {value: rep.id}, rep.name);
    option.selected = rep.id === board.rep;
    return option;
  }));
  select.addEventListener('change', () => {
    window.location.search = `?rep=${encodeURIComponent(select.value)}`;
  });
  document.getElementById('rep-choice').hidden = false;
}

function show(board) {
  const own = !board.reps.length;
  const title = own ? 'My pipeline' : `Pipeline of ${board.repName}`;
  document.getElementById('title').textContent = title;
  document.title = title;
  repChoice(board);
  const open = board.columns.reduce((sum, stage) => sum + stage.count, 0);
  document.getElementById('status').textContent = open ? '' : 'No open leads.';
  const container = document.getElementById('board');
  container.replaceChildren(...board.columns.map(column));
  container.setAttribute('data-board', 'loaded');
}

function fail(message, withLogin) {
  const status = document.getElementById('status');
  status.replaceChildren(message, ...(withLogin
    ? [' ', element('a', {href: TASKLIST}, 'Log in to Tasklist')] : []));
  document.getElementById('board').setAttribute('data-board', 'failed');
}

async function load() {
  const rep = new URLSearchParams(window.location.search).get('rep');
  const response = await fetch(`../api/board${rep ? `?rep=${encodeURIComponent(rep)}` : ''}`,
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (response.status === 401) {
    fail('You are not logged in.', true);
    return;
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    fail(problem.detail || `Your pipeline could not be loaded (HTTP ${response.status}).`, false);
    return;
  }
  show(await response.json());
}

load().catch(() => fail('Your pipeline could not be loaded.', false));
