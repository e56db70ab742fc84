// "Reassign lead" among the actions of a process instance in Cockpit: a manager hands the lead to
// another rep, its owner and all its open steps for the reps at once. Calls the lead API
// (GET and PUT /api/leads/{id}/owner) with the manager's Cockpit login and its CSRF token; the
// lead's id is the instance's business key. Worded in English or Polish, as Cockpit is.

import {wordsOf} from '../../sales-language/sales-language.js';
import {appRoot, element} from '../../sales-page/page.js';

const WORDS = wordsOf({
  en: {
    title: 'Reassign lead',
    tooltip: 'Reassign lead: hand it and its open steps to another rep',
    loading: 'Loading the lead…',
    notALead: 'This process instance is not a lead.',
    apiFailed: status => `The lead API answered HTTP ${status}.`,
    nobody: 'nobody yet',
    ownedBy: (company, owner) => `${company} is owned by ${owner}.`,
    newOwner: 'New owner',
    help: 'Its open steps for the reps go to the new owner at once, and so will its next ones.',
    reassign: 'Reassign',
    close: 'Close',
    stepsWent: names => `Its open steps went along: ${names}.`,
    noSteps: 'No steps for the reps are open.',
    nowBelongs: (owner, steps) => `The lead now belongs to ${owner}. ${steps}`
  },
  pl: {
    title: 'Przekaż leada',
    tooltip: 'Przekaż leada: on i jego otwarte kroki przejdą do innego handlowca',
    loading: 'Wczytywanie leada…',
    notALead: 'Ta instancja procesu nie jest leadem.',
    apiFailed: status => `API leadów odpowiedziało HTTP ${status}.`,
    nobody: 'jeszcze nikt',
    ownedBy: (company, owner) => `Opiekun firmy ${company}: ${owner}.`,
    newOwner: 'Nowy opiekun',
    help: 'Otwarte kroki handlowców przejdą od razu do nowego opiekuna, tak samo jak kolejne.',
    reassign: 'Przekaż',
    close: 'Zamknij',
    stepsWent: names => `Przeszły z nim otwarte kroki: ${names}.`,
    noSteps: 'Brak otwartych kroków handlowców.',
    nowBelongs: (owner, steps) => `Opiekunem leada jest teraz ${owner}. ${steps}`
  }
});

function csrfToken(api) {
  const cookie = document.cookie.split('; ').find(entry => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : api.CSRFToken;
}

async function answer(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const field = (body.errors || []).map(error => `${error.field} ${error.message}`).join('; ');
    throw new Error(field || body.detail || WORDS.apiFailed(response.status));
  }
  return body;
}

async function leadIdOf(processInstanceId, api) {
  const response = await fetch(
    `${api.engineApi}/process-instance/${processInstanceId}/variables/leadId`,
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const variable = response.ok ? await response.json() : null;
  if (!variable || !variable.value) {
    throw new Error(WORDS.notALead);
  }
  return variable.value;
}

function ownerText(owner) {
  return owner ? `${owner.name} (${owner.id})` : WORDS.nobody;
}

function dialog(processInstanceId, api) {
  const message = element('p', {'data-reassign-lead': 'message'}, WORDS.loading);
  const choice = element('select', {class: 'form-control', 'data-reassign-lead': 'rep',
    disabled: ''});
  const confirm = element('button', {type: 'button', class: 'btn btn-primary', disabled: '',
    'data-reassign-lead': 'confirm'}, WORDS.reassign);
  const close = element('button', {type: 'button', class: 'btn btn-default'}, WORDS.close);
  const backdrop = element('div', {class: 'modal-backdrop fade in'});
  const modal = element('div', {class: 'modal fade in', style: 'display:block',
    'data-reassign-lead': 'dialog', role: 'dialog'},
    element('div', {class: 'modal-dialog'}, element('div', {class: 'modal-content'},
      element('div', {class: 'modal-header'}, element('h3', {}, WORDS.title)),
      element('div', {class: 'modal-body'}, message,
        element('label', {}, WORDS.newOwner), choice,
        element('p', {class: 'help-block'}, WORDS.help)),
      element('div', {class: 'modal-footer'}, close, confirm))));
  const dismiss = () => {
    modal.remove();
    backdrop.remove();
  };
  close.addEventListener('click', dismiss);
  document.body.append(backdrop, modal);

  let leadId;
  leadIdOf(processInstanceId, api)
    .then(id => {
      leadId = id;
      return fetch(`${appRoot()}/api/leads/${encodeURIComponent(id)}/owner`,
        {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then(answer);
    })
    .then(lead => {
      message.textContent = WORDS.ownedBy(lead.companyName, ownerText(lead.owner));
      choice.replaceChildren(...lead.reps.map(rep => element('option', {value: rep.id},
        `${rep.name} (${rep.id})`)));
      const other = lead.reps.find(rep => !lead.owner || rep.id !== lead.owner.id);
      if (other) {
        choice.value = other.id;
      }
      choice.removeAttribute('disabled');
      confirm.removeAttribute('disabled');
    })
    .catch(error => {
      message.textContent = error.message;
    });

  confirm.addEventListener('click', () => {
    confirm.setAttribute('disabled', '');
    fetch(`${appRoot()}/api/leads/${encodeURIComponent(leadId)}/owner`, {
      method: 'PUT', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', Accept: 'application/json',
        'X-XSRF-TOKEN': csrfToken(api)},
      body: JSON.stringify({owner: choice.value})
    })
      .then(answer)
      .then(done => {
        const steps = done.tasks.length
          ? WORDS.stepsWent(done.tasks.map(task => task.name).join(', '))
          : WORDS.noSteps;
        message.textContent = WORDS.nowBelongs(ownerText(done.to), steps);
        message.setAttribute('data-reassign-lead', 'done');
      })
      .catch(error => {
        message.textContent = error.message;
        confirm.removeAttribute('disabled');
      });
  });
}

export default {
  id: 'reassignLead',
  pluginPoint: 'cockpit.processInstance.runtime.action',
  priority: 5,
  render: (node, {processInstanceId, api}) => {
    const button = element('a', {class: 'btn btn-default action-button', href: '',
      title: WORDS.tooltip,
      'data-reassign-lead': 'open'}, element('span', {class: 'glyphicon glyphicon-user'}));
    button.addEventListener('click', event => {
      event.preventDefault();
      dialog(processInstanceId, api);
    });
    node.append(button);
  }
};
