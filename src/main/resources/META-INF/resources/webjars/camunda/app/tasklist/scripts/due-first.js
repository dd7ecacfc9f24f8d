/*
 * Decision Follow-up: Tasklist lists a filter's tasks newest first, and a meeting's tasks are all created in the
 * same second: an office's task twelve days overdue sat between next month's. So the list is sorted by due date,
 * the earliest first, wherever Tasklist would sort by its default: an address without a sorting, and Tasklist's
 * own default (created, newest first), which it writes into the address on its header's link. An official who
 * picks an order in the list's sorting menu keeps it, that default included, for the rest of the session.
 * (Loaded by config.js's customScripts.)
 */
const DUE_FIRST = 'sorting=' + encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));
const CHOSEN = 'followup.sortingChosen';

function isTasklistDefault(encoded) {
  try {
    const sorting = JSON.parse(decodeURIComponent(encoded));
    return Array.isArray(sorting) && sorting.length === 1 && sorting[0].sortBy === 'created'
      && sorting[0].sortOrder === 'desc';
  } catch (unreadable) {
    return false;
  }
}

function sortDueFirst() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/') || hash.startsWith('#/login')) {
    return;
  }
  const question = hash.indexOf('?');
  const path = question < 0 ? hash : hash.slice(0, question);
  // the other parameters exactly as Tasklist wrote them: decoding and encoding again could change a search's text
  const params = question < 0 ? [] : hash.slice(question + 1).split('&').filter((p) => p.length > 0);
  const given = params.findIndex((p) => p.startsWith('sorting='));
  if (given >= 0) {
    if (sessionStorage.getItem(CHOSEN) || !isTasklistDefault(params[given].slice('sorting='.length))) {
      return;
    }
    params.splice(given, 1);
  }
  params.push(DUE_FIRST);
  // replace, not assign: the browser's back button does not return to the unsorted address
  window.location.replace(window.location.pathname + window.location.search + path + '?' + params.join('&'));
}

document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[cam-sorting-choices]')) {
    sessionStorage.setItem(CHOSEN, 'yes');
  }
}, true);
window.addEventListener('hashchange', sortDueFirst);
sortDueFirst();

export default [];
