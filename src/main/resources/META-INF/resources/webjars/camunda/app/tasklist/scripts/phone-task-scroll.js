/*
 * Decision Follow-up: on a phone Tasklist stacks its columns, so a task opened from the list appears below it, out
 * of sight, and the tap seems to do nothing. Once the opened task's form is on the page, it is scrolled into view,
 * once per task opened. (Loaded by config.js's customScripts.)
 */
const PHONE = window.matchMedia('(max-width: 767px)');
let shownTask = null;

function openedTask() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  return match ? match[1] : null;
}

new MutationObserver(() => {
  const task = openedTask();
  if (!task) {
    shownTask = null;
    return;
  }
  if (!PHONE.matches || task === shownTask) {
    return;
  }
  const details = document.querySelector('.task-details');
  if (details && details.querySelector('.fjs-container')) {
    shownTask = task;
    details.scrollIntoView({ block: 'start' });
  }
}).observe(document.documentElement, { childList: true, subtree: true });

export default [];
