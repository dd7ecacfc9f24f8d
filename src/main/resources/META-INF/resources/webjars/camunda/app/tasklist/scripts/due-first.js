/*
 * Decision Follow-up: Tasklist lists a filter's tasks newest first, and a meeting's tasks are all created in the
 * same second: an office's task twelve days overdue sat between next month's. Unless the address already says how
 * to sort (the official chose another order in the list's sorting menu, which Tasklist writes there), the list is
 * sorted by due date, the earliest first. (Loaded by config.js's customScripts.)
 */
const DUE_FIRST = encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));

function sortDueFirst() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/') || hash.startsWith('#/login') || /[?&]sorting=/.test(hash)) {
    return;
  }
  const query = hash.indexOf('?') < 0 ? '?' : '&';
  // replace, not assign: the browser's back button does not return to the unsorted address
  window.location.replace(window.location.pathname + window.location.search + hash + query + 'sorting=' + DUE_FIRST);
}

window.addEventListener('hashchange', sortDueFirst);
sortDueFirst();

export default [];
